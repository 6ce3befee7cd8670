// SPDX-License-Identifier: MIT
#include "dashboard/ChartSeriesAdapter.h"

#include <QChart>
#include <QLineSeries>
#include <QTest>
#include <QValueAxis>

#include <cmath>

using namespace ne;

/// Downsampling keeps at most a min/max pair per pixel, keeps spikes, splits at gaps.
class TestChartSeriesAdapter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void downsample_data();
    void downsample();
    void spikeSurvives();
    void replaceBuildsOneSeriesPerRun();
};

namespace {
std::vector<QPointF> ramp(int n, double nanEvery = 0)
{
    std::vector<QPointF> points;
    for (int i = 0; i < n; ++i)
        points.emplace_back(i, nanEvery > 0 && i % int(nanEvery) == 0 && i > 0 ? qQNaN() : i % 17);
    return points;
}
} // namespace

void TestChartSeriesAdapter::downsample_data()
{
    QTest::addColumn<std::vector<QPointF>>("points");
    QTest::addColumn<int>("pixels");
    QTest::addColumn<int>("runs");
    QTest::addColumn<int>("maxPoints");

    QTest::newRow("empty") << std::vector<QPointF>{} << 100 << 0 << 0;
    QTest::newRow("fewer points than pixels") << ramp(50) << 100 << 1 << 50;
    QTest::newRow("one hour at 1 s into 600 px") << ramp(3600) << 600 << 1 << 1200;
    QTest::newRow("six hours into 300 px") << ramp(21600) << 300 << 1 << 600;
    QTest::newRow("gaps split runs") << ramp(100, 25) << 1000 << 4 << 100;
    QTest::newRow("all gaps") << std::vector<QPointF>{{0, qQNaN()}, {1, qQNaN()}} << 10 << 0 << 0;
}

void TestChartSeriesAdapter::downsample()
{
    QFETCH(std::vector<QPointF>, points);
    QFETCH(int, pixels);
    QFETCH(int, runs);
    QFETCH(int, maxPoints);
    const double xMax = points.empty() ? 1 : points.back().x();
    const auto result = ChartSeriesAdapter::downsample(points, 0, xMax, pixels);
    QCOMPARE(int(result.size()), runs);
    int total = 0;
    for (const QList<QPointF> &run : result) {
        total += int(run.size());
        for (qsizetype i = 1; i < run.size(); ++i)
            QVERIFY(run[i - 1].x() < run[i].x());
    }
    QVERIFY2(total <= maxPoints, qPrintable(QString::number(total)));
    QVERIFY(total <= 2 * pixels);
}

void TestChartSeriesAdapter::spikeSurvives()
{
    std::vector<QPointF> points;
    for (int i = 0; i < 10000; ++i)
        points.emplace_back(i, i == 4321 ? 1000.0 : 1.0);
    const auto runs = ChartSeriesAdapter::downsample(points, 0, 9999, 50);
    QCOMPARE(runs.size(), size_t(1));
    double top = 0;
    for (const QPointF &p : runs[0])
        top = std::max(top, p.y());
    QCOMPARE(top, 1000.0);
}

void TestChartSeriesAdapter::replaceBuildsOneSeriesPerRun()
{
    QChart chart;
    auto *x = new QValueAxis;
    auto *y = new QValueAxis;
    chart.addAxis(x, Qt::AlignBottom);
    chart.addAxis(y, Qt::AlignLeft);
    ChartSeriesAdapter adapter(&chart, x, y);
    const int id = adapter.addSeries(QStringLiteral("p95"), Qt::blue);
    QCOMPARE(chart.series().size(), 1);
    adapter.replace(id, ramp(100, 25), 0, 99, 500);
    QCOMPARE(chart.series().size(), 4);
    // Fewer runs later: spare segments are emptied, not left showing old data.
    adapter.replace(id, ramp(100), 0, 99, 500);
    QCOMPARE(chart.series().size(), 4);
    QCOMPARE(static_cast<QLineSeries *>(chart.series().at(1))->count(), 0);
    QCOMPARE(static_cast<QLineSeries *>(chart.series().at(0))->count(), 100);
}

QTEST_MAIN(TestChartSeriesAdapter)
#include "TestChartSeriesAdapter.moc"
