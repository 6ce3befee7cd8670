// SPDX-License-Identifier: MIT
#pragma once

#include <QProxyStyle>

namespace ne {

/// Fusion with two things of the app's own:
/// - the few standard icons every window asks for at once (the menu bar's overflow button,
///   line edits' clear button). Fusion takes those from the system icon theme or from PNG
///   files, and its first theme lookup plus the image plugins a PNG drags in cost about
///   30 ms of start-up;
/// - flat scroll bars without arrow buttons, painted with opaque rectangle fills only.
///   Fusion paints its bars with gradients and outlines, which Qt 6.4's raster engine
///   splits, for anything taller than about 96 pixels, into pieces for the global thread
///   pool while the UI thread waits: a table's bar is repainted on every scroll step and
///   every loaded page, and those waits were most of the UI-thread stalls while scrolling.
class AppStyle : public QProxyStyle
{
    Q_OBJECT
public:
    AppStyle();

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
    int pixelMetric(PixelMetric metric, const QStyleOption *option = nullptr,
                    const QWidget *widget = nullptr) const override;
    QRect subControlRect(ComplexControl control, const QStyleOptionComplex *option,
                         SubControl subControl, const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget = nullptr) const override;
};

} // namespace ne
