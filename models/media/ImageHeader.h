// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>
#include <optional>

class QIODevice;

namespace ne {

/// Format and pixel size of an image read from its header alone — no decoding and no Qt Gui,
/// so nextevent-server can check uploads on a host without GUI libraries, and the upload
/// pipeline can probe thousands of files cheaply. JPEG, PNG, GIF, WebP and BMP.
/// The size is the stored one, before any EXIF orientation is applied.
class ImageHeader
{
public:
    QString format; ///< "jpeg", "png", "gif", "webp" or "bmp"
    QSize size;

    /// Reads at most what the header needs from the device's current position and puts the
    /// position back. Empty when the data is not one of the formats or is truncated.
    static std::optional<ImageHeader> read(QIODevice &device);
    static std::optional<ImageHeader> read(const QString &filePath);

private:
    static std::optional<ImageHeader> fromPrefix(const QByteArray &head);
    static std::optional<ImageHeader> scanJpeg(QIODevice &device);
};

} // namespace ne
