// SPDX-License-Identifier: MIT
#include "dashboard/ChartSeriesAdapter.h"

#include <QChart>
#include <QCursor>
#include <QDateTime>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace ne {

ChartSeriesAdapter::ChartSeriesAdapter(QChart *chart, QAbstractAxis *xAxis, QAbstractAxis *yAxis)
    : m_chart(chart)
    , m_xAxis(xAxis)
    , m_yAxis(yAxis)
{}

int ChartSeriesAdapter::addSeries(const QString &name, const QColor &color, Qt::PenStyle style,
                                  qreal width)
{
    m_series.push_back(Logical{name, color, style, width, {}});
    const int id = int(m_series.size()) - 1;
    segment(id, 0); // the first segment carries the legend entry even before data arrives
    return id;
}

void ChartSeriesAdapter::clearAll()
{
    for (Logical &logical : m_series) {
        for (QLineSeries *line : logical.segments) {
            if (line->count() > 0)
                line->clear();
        }
    }
}

void ChartSeriesAdapter::rename(int series, const QString &name)
{
    Logical &logical = m_series[size_t(series)];
    if (logical.name == name)
        return;
    logical.name = name;
    for (QLineSeries *line : logical.segments)
        line->setName(name);
}

QLineSeries *ChartSeriesAdapter::segment(int series, size_t index)
{
    Logical &logical = m_series[size_t(series)];
    while (logical.segments.size() <= index) {
        auto *line = new QLineSeries;
        line->setName(logical.name);
        const QPen pen(logical.color, logical.width, logical.style);
        line->setPen(pen);
        m_chart->addSeries(line);
        line->attachAxis(m_xAxis);
        line->attachAxis(m_yAxis);
        // One legend entry per logical series, not per run.
        const auto markers = m_chart->legend()->markers(line);
        for (QLegendMarker *marker : markers)
            marker->setVisible(logical.segments.empty());
        QObject::connect(line, &QLineSeries::hovered, line, [this, line](QPointF p, bool on) {
            if (!on)
                return QToolTip::hideText();
            const QString time =
                QDateTime::fromMSecsSinceEpoch(qint64(p.x())).toString(QStringLiteral("HH:mm:ss"));
            QToolTip::showText(QCursor::pos(), QStringLiteral("%1 · %2 · %3 %4")
                                                   .arg(line->name(), time,
                                                        QLocale().toString(p.y(), 'g', 4), m_unit));
        });
        logical.segments.push_back(line);
    }
    return logical.segments[index];
}

void ChartSeriesAdapter::replace(int series, const std::vector<QPointF> &points, double xMin,
                                 double xMax, int pixels)
{
    std::vector<QList<QPointF>> runs = downsample(points, xMin, xMax, pixels);
    while (runs.size() > size_t(maxRuns)) {
        runs[runs.size() - 2].append(runs.back());
        runs.pop_back();
    }
    Logical &logical = m_series[size_t(series)];
    for (size_t i = 0; i < std::max(runs.size(), logical.segments.size()); ++i) {
        QLineSeries *line = segment(series, i);
        line->replace(i < runs.size() ? runs[i] : QList<QPointF>{});
    }
}

std::vector<QList<QPointF>> ChartSeriesAdapter::downsample(const std::vector<QPointF> &points,
                                                           double xMin, double xMax, int pixels)
{
    std::vector<QList<QPointF>> runs;
    if (pixels <= 0 || !(xMax > xMin))
        return runs;
    const double perPixel = (xMax - xMin) / pixels;
    QList<QPointF> run;
    long column = -1;
    QPointF low, high;
    auto flushColumn = [&] {
        if (column < 0)
            return;
        // Keep time order so the line goes to the earlier extreme first.
        const QPointF &first = low.x() <= high.x() ? low : high;
        const QPointF &second = low.x() <= high.x() ? high : low;
        run.append(first);
        if (second != first)
            run.append(second);
        column = -1;
    };
    for (const QPointF &p : points) {
        if (p.x() < xMin || p.x() > xMax)
            continue;
        if (std::isnan(p.y()) || std::isinf(p.y())) {
            flushColumn();
            if (!run.isEmpty())
                runs.push_back(std::exchange(run, {}));
            continue;
        }
        const long c = std::min(long((p.x() - xMin) / perPixel), long(pixels - 1));
        if (c != column) {
            flushColumn();
            column = c;
            low = high = p;
        } else {
            low = p.y() < low.y() ? p : low;
            high = p.y() > high.y() ? p : high;
        }
    }
    flushColumn();
    if (!run.isEmpty())
        runs.push_back(std::move(run));
    return runs;
}

} // namespace ne
