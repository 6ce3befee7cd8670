// SPDX-License-Identifier: MIT
// A chart repaints every second: painting one must never wait for Qt's global thread pool.
#include "dashboard/ChartPanel.h"

#include "GlobalPoolHold.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QImage>
#include <QTest>

using namespace ne;

namespace {
/// Paints `widget`; true when painting did not wait for Qt's global pool.
bool paintsWithoutThePool(QWidget &widget, int patienceMs)
{
    QImage canvas(widget.size(), QImage::Format_RGB32);
    return test::runsWithoutTheGlobalPool([&] { widget.render(&canvas); }, patienceMs);
}
} // namespace

class TestChartPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gridNeverWaitsForThePool()
    {
        ChartPanel panel(QStringLiteral("Latency"), QStringLiteral("ms"), 1000,
                         {{KpiPoint::P95, QStringLiteral("p95"), Qt::blue}});
        panel.resize(640, 420);
        QVERIFY(paintsWithoutThePool(panel, 10'000));

        // The check can fail: a translucent grid, as Qt Charts' themes draw it, waits.
        auto *view = panel.findChild<QChartView *>();
        QVERIFY(view);
        for (QAbstractAxis *axis : view->chart()->axes())
            axis->setGridLineColor(QColor(0, 0, 0, 30));
        QVERIFY(!paintsWithoutThePool(panel, 500));
    }
};

QTEST_MAIN(TestChartPanel)
#include "TestChartPanel.moc"
