// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>

#include <vector>

class QChart;
class QLineSeries;
class QAbstractAxis;

namespace ne {

/// The only place that touches Qt Charts series (deprecated upstream from Qt 6.10), so a
/// later move to another chart engine changes this class and ChartPanel, nothing else.
/// Each logical series is drawn with one QLineSeries per unbroken run, so a gap (NaN: no
/// traffic) shows as a gap rather than a line bridging it. Every update is one replace()
/// per run with at most one min/max pair per horizontal pixel, whatever the history size.
class ChartSeriesAdapter
{
public:
    ChartSeriesAdapter(QChart *chart, QAbstractAxis *xAxis, QAbstractAxis *yAxis);

    /// Returns the id to pass to replace(). Solid lines are drawn 1 px wide, as Grafana
    /// does: Qt Charts draws a solid line segment by segment, and only a pen of at most
    /// 1 px takes the raster engine's fast antialiased path; a 2 px round-capped pen costs
    /// a stroke and two flattened caps per segment, most of a dashboard tick.
    int addSeries(const QString &name, const QColor &color, Qt::PenStyle style = Qt::SolidLine,
                  qreal width = 1.0);
    /// points: x ascending (ms since epoch), y NaN for gaps. Only [xMin, xMax] is drawn.
    void replace(int series, const std::vector<QPointF> &points, double xMin, double xMax,
                 int pixels);
    QString name(int series) const { return m_series.at(size_t(series)).name; }
    /// Empties every series: a cheap state in which axis range changes lay nothing out.
    void clearAll();
    /// Renames a series (legend and tooltips), e.g. when the source's vocabulary changes.
    void rename(int series, const QString &name);
    /// Hovering a line shows "name · time · value unit"; x is read as ms since the epoch.
    void setTooltipUnit(const QString &unit) { m_unit = unit; }

    /// Reduces points to runs (split at NaN) with, per pixel column, the column's minimum
    /// and maximum in time order, which keeps spikes visible where averaging would hide them.
    static std::vector<QList<QPointF>> downsample(const std::vector<QPointF> &points, double xMin,
                                                  double xMax, int pixels);

    /// Segments beyond this share the last line; bounds the QLineSeries count on sparse data.
    static constexpr int maxRuns = 48;

private:
    QLineSeries *segment(int series, size_t index);

    struct Logical
    {
        QString name;
        QColor color;
        Qt::PenStyle style;
        qreal width;
        std::vector<QLineSeries *> segments; ///< owned by the chart
    };
    QChart *m_chart;
    QAbstractAxis *m_xAxis;
    QAbstractAxis *m_yAxis;
    std::vector<Logical> m_series;
    QString m_unit;
};

} // namespace ne
