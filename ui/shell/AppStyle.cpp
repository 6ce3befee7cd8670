// SPDX-License-Identifier: MIT
#include "shell/AppStyle.h"

#include "ColorMix.h"
#include "shell/Icons.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOptionSlider>

#include <algorithm>

namespace ne {

namespace {

constexpr int kScrollBarExtent = 12;
constexpr int kSliderMinLength = 24;
constexpr int kHandleInset = 3; ///< space between the handle and the bar's long edges

/// The handle's start and length along the bar, as QCommonStyle computes them.
std::pair<int, int> sliderSpan(const QStyleOptionSlider &bar, int length)
{
    const qint64 range = qint64(bar.maximum) - bar.minimum;
    int sliderLength = length;
    if (range > 0) {
        sliderLength = int(qint64(bar.pageStep) * length / (range + bar.pageStep));
        sliderLength = std::clamp(sliderLength, std::min(length, kSliderMinLength), length);
    }
    const int start = QStyle::sliderPositionFromValue(bar.minimum, bar.maximum, bar.sliderPosition,
                                                      length - sliderLength, bar.upsideDown);
    return {start, sliderLength};
}

} // namespace

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

int AppStyle::pixelMetric(PixelMetric metric, const QStyleOption *option,
                          const QWidget *widget) const
{
    switch (metric) {
    case PM_ScrollBarExtent:
        return kScrollBarExtent;
    case PM_ScrollBarSliderMin:
        return kSliderMinLength;
    default:
        return QProxyStyle::pixelMetric(metric, option, widget);
    }
}

QRect AppStyle::subControlRect(ComplexControl control, const QStyleOptionComplex *option,
                               SubControl subControl, const QWidget *widget) const
{
    const auto *bar = qstyleoption_cast<const QStyleOptionSlider *>(option);
    if (control != CC_ScrollBar || !bar)
        return QProxyStyle::subControlRect(control, option, subControl, widget);

    // No arrow buttons: the groove is the whole bar, the pages are either side of the handle.
    const QRect r = bar->rect;
    const bool horizontal = bar->orientation == Qt::Horizontal;
    const int length = horizontal ? r.width() : r.height();
    const auto [start, sliderLength] = sliderSpan(*bar, length);
    auto along = [&](int from, int to) {
        return horizontal ? QRect(r.left() + from, r.top(), to - from, r.height())
                          : QRect(r.left(), r.top() + from, r.width(), to - from);
    };
    QRect rect;
    switch (subControl) {
    case SC_ScrollBarGroove:
        rect = r;
        break;
    case SC_ScrollBarSlider:
        rect = along(start, start + sliderLength);
        break;
    case SC_ScrollBarSubPage:
        rect = along(0, start);
        break;
    case SC_ScrollBarAddPage:
        rect = along(start + sliderLength, length);
        break;
    default: // the line buttons, first and last: not there
        return {};
    }
    return visualRect(bar->direction, r, rect);
}

void AppStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                  QPainter *painter, const QWidget *widget) const
{
    const auto *bar = qstyleoption_cast<const QStyleOptionSlider *>(option);
    if (control != CC_ScrollBar || !bar) {
        QProxyStyle::drawComplexControl(control, option, painter, widget);
        return;
    }
    // Opaque fills of whole-pixel rectangles only: the raster engine fills those itself,
    // without the thread pool (see the class comment).
    const QPalette &palette = bar->palette;
    const QColor groove = palette.color(QPalette::Window);
    const QColor ink = palette.color(QPalette::WindowText);
    painter->fillRect(bar->rect, groove);
    if (bar->maximum <= bar->minimum || !(bar->state & State_Enabled))
        return;
    const bool onHandle = bar->activeSubControls & SC_ScrollBarSlider;
    QColor handle = mixColors(groove, ink, 0.28);
    if (onHandle && (bar->state & State_Sunken))
        handle = palette.color(QPalette::Highlight);
    else if (onHandle && (bar->state & State_MouseOver))
        handle = mixColors(groove, ink, 0.45);
    const QRect slider = subControlRect(CC_ScrollBar, bar, SC_ScrollBarSlider, widget);
    const QMargins inset = bar->orientation == Qt::Horizontal
                               ? QMargins(0, kHandleInset, 0, kHandleInset)
                               : QMargins(kHandleInset, 0, kHandleInset, 0);
    painter->fillRect(slider.marginsRemoved(inset), handle);
}

} // namespace ne
