// SPDX-License-Identifier: MIT
#include "Theme.h"

#include "shell/AppStyle.h"

#include <QApplication>
#include <QPalette>

namespace ne {

namespace {
bool s_dark = false;

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x23, 0x27, 0x2e), base(0x1b, 0x1e, 0x24), text(0xe6, 0xe9, 0xef);
    const QColor highlight(0x3d, 0x7e, 0xff);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, highlight.lighter(130));
    p.setColor(QPalette::PlaceholderText, text.darker(160));
    p.setColor(QPalette::Disabled, QPalette::Text, text.darker(180));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, text.darker(180));
    p.setColor(QPalette::Disabled, QPalette::WindowText, text.darker(180));
    return p;
}
} // namespace

void Theme::apply(QApplication &app)
{
    const QPalette system = app.palette();
    const QByteArray wanted = qgetenv("NE_THEME");
    s_dark =
        wanted == "dark" || (wanted != "light" && system.color(QPalette::Window).lightness() < 128);
    app.setStyle(new AppStyle); // the application owns it
    if (s_dark)
        app.setPalette(darkPalette());
}

bool Theme::isDark()
{
    return s_dark;
}

} // namespace ne
