// SPDX-License-Identifier: MIT
#include "shell/AppStyle.h"

#include "shell/Icons.h"

#include <QStyleFactory>

namespace ne {

AppStyle::AppStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{}

QIcon AppStyle::standardIcon(StandardPixmap icon, const QStyleOption *option,
                             const QWidget *widget) const
{
    switch (icon) {
    case SP_LineEditClearButton:
        return Icons::get("clear");
    case SP_ToolBarHorizontalExtensionButton:
    case SP_ToolBarVerticalExtensionButton:
        return Icons::get("more");
    default:
        return QProxyStyle::standardIcon(icon, option, widget);
    }
}

} // namespace ne
