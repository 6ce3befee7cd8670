// SPDX-License-Identifier: MIT
#pragma once

#include <QProxyStyle>

namespace ne {

/// Fusion with the app's own icons for the few standard icons every window asks for at
/// once (the menu bar's overflow button, line edits' clear button). Fusion takes those
/// from the system icon theme or from PNG files, and its first theme lookup plus the
/// image plugins a PNG drags in cost about 30 ms of start-up.
class AppStyle : public QProxyStyle
{
    Q_OBJECT
public:
    AppStyle();

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace ne
