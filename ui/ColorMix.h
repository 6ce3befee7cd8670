// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>

namespace ne {

/// The opaque colour `amount` of the way from `from` to `to`: what `to` at that opacity
/// looks like over `from`. Painting it costs less than painting with alpha (Qt 6.4 blends a
/// tall translucent line on the global thread pool while the UI thread waits).
inline QColor mixColors(const QColor &from, const QColor &to, qreal amount)
{
    return QColor::fromRgbF(from.redF() + (to.redF() - from.redF()) * amount,
                            from.greenF() + (to.greenF() - from.greenF()) * amount,
                            from.blueF() + (to.blueF() - from.blueF()) * amount);
}

} // namespace ne
