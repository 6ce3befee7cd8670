// SPDX-License-Identifier: MIT
#include "SampleImagePainter.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>

namespace ne {

SampleImagePainter::SampleImagePainter(quint32 seed)
    : m_random(seed)
{}

QSize SampleImagePainter::nextSize()
{
    static const QList<QPair<int, int>> ratios{{16, 9}, {4, 3}, {1, 1}, {3, 4}, {21, 9}, {2, 3}};
    const auto [w, h] = ratios.at(int(m_random.bounded(int(ratios.size()))));
    const int width = 320 + int(m_random.bounded(1280));
    return QSize(width, width * h / w);
}

QImage SampleImagePainter::paint(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    auto color = [this](int minLight, int maxLight) {
        return QColor::fromHsl(int(m_random.bounded(360)), 80 + int(m_random.bounded(150)),
                               minLight + int(m_random.bounded(maxLight - minLight)));
    };
    QLinearGradient sky(0, 0, 0, size.height());
    sky.setColorAt(0, color(40, 120));
    sky.setColorAt(1, color(120, 220));
    p.fillRect(image.rect(), sky);
    for (int i = 0, n = 3 + int(m_random.bounded(6)); i < n; ++i) {
        const QPointF centre(m_random.bounded(size.width()), m_random.bounded(size.height()));
        const qreal radius = size.width() * (0.05 + m_random.bounded(0.3));
        QRadialGradient glow(centre, radius);
        QColor c = color(150, 240);
        glow.setColorAt(0, c);
        c.setAlpha(0);
        glow.setColorAt(1, c);
        p.setPen(Qt::NoPen);
        p.setBrush(glow);
        p.drawEllipse(centre, radius, radius);
    }
    QPainterPath horizon;
    const qreal base = size.height() * (0.55 + m_random.bounded(0.3));
    horizon.moveTo(0, size.height());
    for (int x = 0; x <= size.width(); x += std::max(8, size.width() / 24))
        horizon.lineTo(x, base - m_random.bounded(size.height() / 6.0));
    horizon.lineTo(size.width(), size.height());
    p.fillPath(horizon, color(10, 60));
    return image;
}

} // namespace ne
