// SPDX-License-Identifier: MIT
#include "dashboard/ChartPanel.h"

#include "ColorMix.h"
#include "dashboard/ChartSeriesAdapter.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ne {

ChartPanel::ChartPanel(const QString &title, const QString &unit, double scale, QList<Line> lines,
                       QWidget *parent)
    : QWidget(parent)
    , m_title(title)
    , m_unit(unit)
    , m_scale(scale)
    , m_lines(std::move(lines))
    , m_chart(new QChart)
    , m_xAxis(new QDateTimeAxis)
    , m_yAxis(new QValueAxis)
{
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    m_yAxis->setTitleText(unit);
    m_yAxis->setTickCount(5);
    m_xAxis->setTickCount(6);
    m_adapter = std::make_unique<ChartSeriesAdapter>(m_chart, m_xAxis, m_yAxis);
    m_adapter->setTooltipUnit(unit);
    for (const Line &line : std::as_const(m_lines))
        m_adapter->addSeries(line.name, line.color, line.style);

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(200);
    m_view->setObjectName(QStringLiteral("chartView"));

    auto *heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    auto *png = new QToolButton(this);
    png->setText(tr("PNG"));
    png->setToolTip(tr("Save this chart as an image"));
    png->setObjectName(QStringLiteral("exportPngButton"));
    auto *csv = new QToolButton(this);
    csv->setText(tr("CSV"));
    csv->setToolTip(tr("Save the data of this chart as CSV"));
    csv->setObjectName(QStringLiteral("exportCsvButton"));
    connect(png, &QToolButton::clicked, this, [this] { askAndExport(true); });
    connect(csv, &QToolButton::clicked, this, [this] { askAndExport(false); });

    auto *top = new QHBoxLayout;
    top->addWidget(heading, 1);
    top->addWidget(png);
    top->addWidget(csv);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    applyTheme();
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::setThreshold(double value, const QString &label)
{
    m_threshold = value;
    m_thresholdSeries = m_adapter->addSeries(label, QColor(0xd3, 0x2f, 0x2f), Qt::DashLine, 1.5);
}

void ChartPanel::setLineName(int index, const QString &name)
{
    m_lines[index].name = name;
    m_adapter->rename(index, name);
}

void ChartPanel::setFixedRange(double min, double max)
{
    m_fixedRange = std::make_pair(min, max);
    m_yAxis->setRange(min, max);
}

namespace {
/// 1, 2 or 5 times a power of ten, at least raw: axis steps people read at a glance.
double niceStep(double raw)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / magnitude;
    return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * magnitude;
}
} // namespace

void ChartPanel::showHistory(const RingBuffer<KpiPoint> &history, qint64 windowMs, qint64 nowMs)
{
    const qint64 from = nowMs - windowMs;
    // History is in time order: find the window's first point instead of testing them all.
    size_t first = 0, last = history.size();
    while (first < last) {
        const size_t middle = first + (last - first) / 2;
        if (history[middle].timeMs < from)
            first = middle + 1;
        else
            last = middle;
    }
    m_window.clear();
    m_window.reserve(history.size() - first);
    for (size_t i = first; i < history.size(); ++i)
        m_window.push_back(history[i]);

    const int pixels = std::max(1, int(m_chart->plotArea().width()));
    double top = 0;
    std::vector<std::vector<QPointF>> lines(size_t(m_lines.size()));
    for (int s = 0; s < m_lines.size(); ++s) {
        std::vector<QPointF> &points = lines[size_t(s)];
        points.reserve(m_window.size());
        for (const KpiPoint &p : m_window) {
            const double y = p.values[m_lines[s].field] * m_scale;
            points.emplace_back(double(p.timeMs), y);
            if (std::isfinite(y))
                top = std::max(top, y);
        }
    }
    // Scaling to a far-away threshold would flatten the lines at the bottom (5 ms under a
    // 500 ms alert line): the line joins the axis once the data reaches half of it.
    if (m_threshold && top >= *m_threshold / 2)
        top = std::max(top, *m_threshold);
    // Qt Charts lays out (and strokes, for hover) every series again on each axis change.
    // Emptying the series first makes the axis changes free, so each series is laid out
    // once per tick, by its replace().
    m_adapter->clearAll();
    setAxes(from, nowMs, windowMs, top);
    for (int s = 0; s < m_lines.size(); ++s)
        m_adapter->replace(s, lines[size_t(s)], double(from), double(nowMs), pixels);
    if (m_thresholdSeries >= 0)
        m_adapter->replace(
            m_thresholdSeries,
            {QPointF(double(from), *m_threshold), QPointF(double(nowMs), *m_threshold)},
            double(from), double(nowMs), 2);
}

void ChartPanel::setAxes(qint64 from, qint64 to, qint64 windowMs, double top)
{
    m_xAxis->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
    m_xAxis->setFormat(windowMs <= 15 * 60 * 1000 ? QStringLiteral("HH:mm:ss")
                                                  : QStringLiteral("HH:mm"));
    if (m_fixedRange)
        return;
    // Four equal steps of a nice size with some headroom, set in one range change (Qt's
    // applyNiceNumbers() would change the range, and the tick count, a second time).
    const int steps = m_yAxis->tickCount() - 1;
    const double step = top > 0 ? niceStep(top * 1.15 / steps) : 0.25;
    m_yAxis->setRange(0, step * steps);
    // Plain numbers on the axis ("1000", "0.25"), never "1e+03"; as many decimals as the
    // step needs. Qt re-lays out the axis on every setLabelFormat, so only when it changes.
    int decimals = 0;
    while (decimals < 6 && std::fabs(step * std::pow(10.0, decimals) -
                                     std::round(step * std::pow(10.0, decimals))) > 1e-9)
        ++decimals;
    const QString format = QStringLiteral("%.%1f").arg(decimals);
    if (m_yAxis->labelFormat() != format)
        m_yAxis->setLabelFormat(format);
}

bool ChartPanel::exportPng(const QString &path)
{
    return m_view->grab().save(path, "PNG");
}

bool ChartPanel::exportCsv(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    QByteArray text = "time";
    for (const Line &line : m_lines)
        text += ",\"" + line.name.toUtf8().replace('"', "\"\"") + " (" + m_unit.toUtf8() + ")\"";
    text += '\n';
    for (const KpiPoint &p : m_window) {
        text +=
            QDateTime::fromMSecsSinceEpoch(p.timeMs, Qt::UTC).toString(Qt::ISODateWithMs).toUtf8();
        for (const Line &line : m_lines) {
            const double y = p.values[line.field] * m_scale;
            text += ',';
            if (std::isfinite(y))
                text += QByteArray::number(y, 'g', 10);
        }
        text += '\n';
    }
    return file.write(text) == text.size();
}

void ChartPanel::askAndExport(bool png)
{
    const QString filter = png ? tr("PNG image (*.png)") : tr("CSV file (*.csv)");
    const QString path = m_savePath ? m_savePath(m_title, filter)
                                    : QFileDialog::getSaveFileName(this, m_title, {}, filter);
    if (path.isEmpty())
        return;
    if (!(png ? exportPng(path) : exportCsv(path)))
        m_chart->setTitle(tr("Could not write %1").arg(path));
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QWidget::changeEvent(event);
}

void ChartPanel::applyTheme()
{
    // Follow the application palette so the chart reads well in light and dark mode;
    // the theme resets series pens, so colours are re-applied by the next update.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QColor text = palette().color(QPalette::WindowText);
    // The grid as an opaque colour (see mixColors): Qt Charts' translucent grid made every
    // repaint of every chart wait for Qt's global thread pool.
    const QColor base = palette().color(QPalette::Base);
    const QColor grid =
        dark ? mixColors(base, Qt::white, 40 / 255.0) : mixColors(base, Qt::black, 30 / 255.0);
    m_chart->setBackgroundBrush(base);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_xAxis), static_cast<QAbstractAxis *>(m_yAxis)}) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
}

} // namespace ne
