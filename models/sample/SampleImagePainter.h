// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QRandomGenerator>

namespace ne {

/// Paints varied, photo-like abstract images (gradients, light discs, horizons) so the
/// sample workspace has real JPEG and PNG files of many sizes without shipping any.
class SampleImagePainter
{
public:
    explicit SampleImagePainter(quint32 seed);
    QImage paint(QSize size);
    /// A size from the common aspect ratios (16:9, 4:3, 1:1, 3:4, 21:9) and widths.
    QSize nextSize();

private:
    QRandomGenerator m_random;
};

} // namespace ne
