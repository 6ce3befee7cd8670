// SPDX-License-Identifier: MIT
#include "metrics/Quantile.h"

#include <QTest>

#include <cmath>

using namespace ne;

/// histogramQuantile against the worked example and Prometheus' edge cases.
class TestHistogramQuantile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quantile_data();
    void quantile();
    void undefined_data();
    void undefined();
    void emptyIntervalIsGap();
    void counterReset_data();
    void counterReset();
};

namespace {
const double inf = std::numeric_limits<double>::infinity();

std::vector<Bucket> workedExample()
{
    return {{0.025, 40}, {0.05, 70}, {0.1, 90}, {0.25, 97}, {0.5, 99}, {inf, 100}};
}
} // namespace

void TestHistogramQuantile::quantile_data()
{
    QTest::addColumn<double>("q");
    QTest::addColumn<std::vector<Bucket>>("buckets");
    QTest::addColumn<double>("expected");

    QTest::newRow("worked p50") << 0.50 << workedExample() << 0.025 + 0.025 * (10.0 / 30.0);
    QTest::newRow("worked p95") << 0.95 << workedExample() << 0.1 + 0.15 * (5.0 / 7.0);
    QTest::newRow("worked p99") << 0.99 << workedExample() << 0.5;
    QTest::newRow("first bucket from zero") << 0.2 << workedExample() << 0.025 * (20.0 / 40.0);
    QTest::newRow("rank in +Inf bucket") << 0.999 << workedExample() << 0.5;
    QTest::newRow("unsorted input")
        << 0.95 << std::vector<Bucket>{{inf, 100}, {0.5, 99},  {0.25, 97},
                                       {0.1, 90},  {0.05, 70}, {0.025, 40}}
        << 0.1 + 0.15 * (5.0 / 7.0);
    // sum by (le): the same bound twice (two label sets not yet summed) is merged.
    QTest::newRow("duplicate bounds merged")
        << 0.5 << std::vector<Bucket>{{0.1, 5}, {0.1, 5}, {1, 10}, {1, 10}, {inf, 10}, {inf, 10}}
        << 0.1;
    QTest::newRow("non-monotonic fixed")
        << 0.5 << std::vector<Bucket>{{0.1, 10}, {0.2, 9.999999}, {inf, 20}} << 0.1;
    QTest::newRow("negative first bound") << 0.1 << std::vector<Bucket>{{-1, 5}, {inf, 10}} << -1.0;
    QTest::newRow("q below zero") << -0.5 << workedExample() << -inf;
    QTest::newRow("q above one") << 1.5 << workedExample() << inf;
    QTest::newRow("q zero") << 0.0 << workedExample() << 0.0;
}

void TestHistogramQuantile::quantile()
{
    QFETCH(double, q);
    QFETCH(std::vector<Bucket>, buckets);
    QFETCH(double, expected);
    const std::optional<double> actual = histogramQuantile(q, buckets);
    QVERIFY(actual.has_value());
    if (std::isinf(expected))
        QCOMPARE(*actual, expected);
    else
        QVERIFY2(std::fabs(*actual - expected) < 1e-12,
                 qPrintable(QString::number(*actual, 'g', 17)));
}

void TestHistogramQuantile::undefined_data()
{
    QTest::addColumn<std::vector<Bucket>>("buckets");
    QTest::newRow("no +Inf") << std::vector<Bucket>{{0.1, 1}, {0.5, 2}};
    QTest::newRow("only +Inf") << std::vector<Bucket>{{inf, 4}};
    QTest::newRow("empty") << std::vector<Bucket>{};
}

void TestHistogramQuantile::undefined()
{
    QFETCH(std::vector<Bucket>, buckets);
    const std::optional<double> actual = histogramQuantile(0.95, buckets);
    QVERIFY(actual.has_value());
    QVERIFY(std::isnan(*actual));
}

void TestHistogramQuantile::emptyIntervalIsGap()
{
    const std::vector<Bucket> idle{{0.1, 0}, {0.5, 0}, {inf, 0}};
    QCOMPARE(histogramQuantile(0.95, idle), std::nullopt);
}

void TestHistogramQuantile::counterReset_data()
{
    QTest::addColumn<double>("previous");
    QTest::addColumn<double>("current");
    QTest::addColumn<double>("increase");
    QTest::newRow("growth") << 10.0 << 25.0 << 15.0;
    QTest::newRow("flat") << 10.0 << 10.0 << 0.0;
    QTest::newRow("reset") << 1000.0 << 7.0 << 7.0;
    QTest::newRow("reset to zero") << 1000.0 << 0.0 << 0.0;
}

void TestHistogramQuantile::counterReset()
{
    QFETCH(double, previous);
    QFETCH(double, current);
    QFETCH(double, increase);
    QCOMPARE(counterIncrease(previous, current), increase);
}

QTEST_GUILESS_MAIN(TestHistogramQuantile)
#include "TestHistogramQuantile.moc"
