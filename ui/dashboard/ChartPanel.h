// SPDX-License-Identifier: MIT
#pragma once

#include "dashboard/RingBuffer.h"
#include "dashboard/SourceMonitor.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QValueAxis;

namespace ne {

class ChartSeriesAdapter;

/// One titled chart of KPI history with PNG and CSV export. Which KpiPoint fields it
/// plots, their scale (seconds → ms) and an optional threshold line are set up once.
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    struct Line
    {
        KpiPoint::Field field;
        QString name;
        QColor color;
        Qt::PenStyle style = Qt::SolidLine;
    };
    /// Asks where to save; empty means cancelled. Injected so tests need no dialog.
    using SavePathProvider = std::function<QString(const QString &title, const QString &filter)>;

    ChartPanel(const QString &title, const QString &unit, double scale, QList<Line> lines,
               QWidget *parent = nullptr);
    ~ChartPanel() override;

    /// A dashed horizontal line (the alert threshold), in display units.
    void setThreshold(double value, const QString &label);
    /// Fixes the y range (ratios: 0–1); otherwise it follows the data from 0.
    void setFixedRange(double min, double max);
    void setSavePathProvider(SavePathProvider provider) { m_savePath = std::move(provider); }
    /// Renames line index (legend, tooltips, CSV header).
    void setLineName(int index, const QString &name);
    QString lineName(int index) const { return m_lines.at(index).name; }

    /// Redraws the window ending at nowMs. One replace() per series.
    void showHistory(const RingBuffer<KpiPoint> &history, qint64 windowMs, qint64 nowMs);

    QString title() const { return m_title; }
    bool exportPng(const QString &path);
    /// The raw points of the current window (not downsampled), ISO 8601 UTC times.
    bool exportCsv(const QString &path) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    void setAxes(qint64 from, qint64 to, qint64 windowMs, double top);
    void askAndExport(bool png);

    QString m_title;
    QString m_unit;
    double m_scale;
    QList<Line> m_lines;
    QChart *m_chart;
    QChartView *m_view;
    QDateTimeAxis *m_xAxis;
    QValueAxis *m_yAxis;
    std::unique_ptr<ChartSeriesAdapter> m_adapter;
    int m_thresholdSeries = -1;
    std::optional<double> m_threshold;
    std::optional<std::pair<double, double>> m_fixedRange;
    std::vector<KpiPoint> m_window; ///< points of the last showHistory, for CSV
    SavePathProvider m_savePath;
};

} // namespace ne
