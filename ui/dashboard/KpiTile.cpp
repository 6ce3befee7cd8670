// SPDX-License-Identifier: MIT
#include "dashboard/KpiTile.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace ne {

KpiTile::KpiTile(const QString &caption, QWidget *parent)
    : QWidget(parent)
    , m_caption(new QLabel(caption, this))
    , m_value(new QLabel(QStringLiteral("–"), this))
    , m_detail(new QLabel(this))
{
    setMinimumWidth(150);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_value->setObjectName(QStringLiteral("valueLabel"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_value->setFont(big);
    m_detail->setObjectName(QStringLiteral("detailLabel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    applyStyle();
}

void KpiTile::setValue(const QString &text, Level level, const QString &detail)
{
    m_value->setText(text);
    m_detail->setText(detail);
    if (level != m_level) {
        m_level = level;
        applyStyle();
    }
}

void KpiTile::setCaption(const QString &caption)
{
    m_caption->setText(caption);
}

QString KpiTile::caption() const
{
    return m_caption->text();
}

QString KpiTile::valueText() const
{
    return m_value->text();
}

void KpiTile::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyStyle();
    QWidget::changeEvent(event);
}

void KpiTile::paintEvent(QPaintEvent *)
{
    // Painted by hand rather than with a style sheet: a style sheet set in reaction to a
    // palette change would itself change the palette again.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(box, 4, 4);
    painter.setPen(Qt::NoPen);
    painter.setBrush(levelColour(m_level));
    painter.drawRoundedRect(QRectF(box.left(), box.top(), 5, box.height()), 2, 2);
}

QColor KpiTile::levelColour(Level level)
{
    static const QColor colours[] = {QColor(0x90, 0x90, 0x90), QColor(0x2e, 0x7d, 0x32),
                                     QColor(0xef, 0x8f, 0x00), QColor(0xd3, 0x2f, 0x2f)};
    return colours[int(level)];
}

void KpiTile::applyStyle()
{
    // Colour only the left edge and the value: the tile stays readable on any palette
    // and colour is never the only cue (the detail line says why it is red).
    const QColor edge = levelColour(m_level);
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QColor value = m_level == Level::None ? palette().color(QPalette::WindowText)
                                                : (dark ? edge.lighter(140) : edge);
    QPalette p = m_value->palette();
    p.setColor(QPalette::WindowText, value);
    m_value->setPalette(p);
    QPalette muted = m_caption->palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_caption->setPalette(muted);
    m_detail->setPalette(muted);
    update();
}

} // namespace ne
