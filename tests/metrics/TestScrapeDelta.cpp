// SPDX-License-Identifier: MIT
#include "metrics/PlatformKpis.h"
#include "metrics/PromTextReader.h"
#include "metrics/ScrapeDelta.h"

#include <QTest>

#include <cmath>

using namespace ne;

/// Rate and quantile maths across two scrapes: sum by le across label sets, counter
/// resets per series, new series, idle intervals as gaps.
class TestScrapeDelta : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rates_data();
    void rates();
    void quantileSumsAcrossLabelSets();
    void histogramResetUsesNewValues();
    void idleIntervalIsGap();
    void kpis();
};

namespace {
std::vector<MetricFamily> parse(const QByteArray &text)
{
    ParseResult result = PromTextReader().parse(text);
    if (!result.ok())
        qFatal("test payload does not parse: %s", qPrintable(result.error->toString()));
    return std::move(result.families);
}

/// A histogram exposition for one label set from per-bucket cumulative counts.
QByteArray histogram(const QByteArray &labels, const std::vector<std::pair<QByteArray, int>> &b)
{
    QByteArray text;
    for (const auto &[le, count] : b) {
        text += "lat_bucket{" + labels + (labels.isEmpty() ? "" : ",") + "le=\"" + le + "\"} " +
                QByteArray::number(count) + '\n';
    }
    text += "lat_count{" + labels + "} " + QByteArray::number(b.back().second) + '\n';
    return text;
}
} // namespace

void TestScrapeDelta::rates_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<double>("seconds");
    QTest::addColumn<double>("perSecond");

    QTest::newRow("simple") << QByteArray("r{a=\"x\"} 100\n") << QByteArray("r{a=\"x\"} 160\n")
                            << 30.0 << 2.0;
    QTest::newRow("two series summed")
        << QByteArray("r{a=\"x\"} 10\nr{a=\"y\"} 10\n")
        << QByteArray("r{a=\"x\"} 20\nr{a=\"y\"} 40\n") << 10.0 << 4.0;
    QTest::newRow("reset of one series")
        << QByteArray("r{a=\"x\"} 500\nr{a=\"y\"} 10\n")
        << QByteArray("r{a=\"x\"} 5\nr{a=\"y\"} 15\n") << 5.0 << 2.0;
    QTest::newRow("new series counts from zero")
        << QByteArray("r{a=\"x\"} 10\n") << QByteArray("r{a=\"x\"} 10\nr{a=\"y\"} 6\n") << 2.0
        << 3.0;
    QTest::newRow("vanished series ignored") << QByteArray("r{a=\"x\"} 10\nr{a=\"y\"} 6\n")
                                             << QByteArray("r{a=\"x\"} 12\n") << 1.0 << 2.0;
    QTest::newRow("label order irrelevant") << QByteArray("r{a=\"x\",b=\"1\"} 10\n")
                                            << QByteArray("r{b=\"1\",a=\"x\"} 30\n") << 10.0 << 2.0;
}

void TestScrapeDelta::rates()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(double, seconds);
    QFETCH(double, perSecond);
    const auto previous = parse(before);
    const auto current = parse(after);
    const ScrapeDelta delta(previous, current, seconds);
    QCOMPARE(delta.totalIncrease("r") / delta.seconds(), perSecond);
}

void TestScrapeDelta::quantileSumsAcrossLabelSets()
{
    // Two routes whose bucket deltas add up to the worked example:
    // 0.025→40, 0.05→70, 0.1→90, 0.25→97, 0.5→99, +Inf→100.
    const auto previous = parse(
        histogram("r=\"a\"",
                  {{"0.025", 5}, {"0.05", 5}, {"0.1", 5}, {"0.25", 5}, {"0.5", 5}, {"+Inf", 5}}) +
        histogram("r=\"b\"",
                  {{"0.025", 0}, {"0.05", 0}, {"0.1", 0}, {"0.25", 0}, {"0.5", 0}, {"+Inf", 0}}));
    const auto current = parse(
        histogram(
            "r=\"a\"",
            {{"0.025", 35}, {"0.05", 45}, {"0.1", 55}, {"0.25", 60}, {"0.5", 60}, {"+Inf", 60}}) +
        histogram(
            "r=\"b\"",
            {{"0.025", 10}, {"0.05", 30}, {"0.1", 40}, {"0.25", 42}, {"0.5", 44}, {"+Inf", 45}}));
    const ScrapeDelta delta(previous, current, 10);
    const std::vector<Bucket> sum = delta.totalBucketIncrease("lat");
    QCOMPARE(sum.size(), size_t(6));
    QCOMPARE(sum.back().count, 100.0);
    QVERIFY(std::fabs(*histogramQuantile(0.50, sum) - 0.0333333333) < 1e-9);
    QVERIFY(std::fabs(*histogramQuantile(0.95, sum) - 0.2071428571) < 1e-9);
    QCOMPARE(*histogramQuantile(0.99, sum), 0.5);

    const auto byRoute = delta.bucketIncrease("lat", {"r"});
    QCOMPARE(byRoute.size(), size_t(2));
    QCOMPARE(byRoute.at(LabelSet{{"r", "a"}}).back().count, 55.0);
}

void TestScrapeDelta::histogramResetUsesNewValues()
{
    // Only the +Inf bucket drops visibly for route a after a restart; every bucket of the
    // series must then use its new value, not a negative or mixed difference.
    const auto previous = parse(histogram("r=\"a\"", {{"0.1", 10}, {"1", 100}, {"+Inf", 900}}));
    const auto current = parse(histogram("r=\"a\"", {{"0.1", 10}, {"1", 120}, {"+Inf", 130}}));
    const ScrapeDelta delta(previous, current, 10);
    const std::vector<Bucket> sum = delta.totalBucketIncrease("lat");
    const std::vector<Bucket> expected{{0.1, 10}, {1, 120}, {qInf(), 130}};
    QCOMPARE(sum, expected);
}

void TestScrapeDelta::idleIntervalIsGap()
{
    const QByteArray same = histogram("", {{"0.1", 10}, {"+Inf", 12}});
    const auto previous = parse(same);
    const auto current = parse(same);
    const ScrapeDelta delta(previous, current, 15);
    QCOMPARE(histogramQuantile(0.95, delta.totalBucketIncrease("lat")), std::nullopt);
}

void TestScrapeDelta::kpis()
{
    const QByteArray before =
        "http_requests_total{endpoint=\"/a\",method=\"GET\",status_code=\"200\"} 100\n"
        "http_requests_total{endpoint=\"/a\",method=\"GET\",status_code=\"500\"} 0\n"
        "cache_hits_total 10\ncache_misses_total 10\n"
        "db_connections_active 3\ndb_connections_idle 7\n";
    const QByteArray after =
        "http_requests_total{endpoint=\"/a\",method=\"GET\",status_code=\"200\"} 190\n"
        "http_requests_total{endpoint=\"/a\",method=\"GET\",status_code=\"500\"} 10\n"
        "cache_hits_total 100\ncache_misses_total 20\n"
        "db_connections_active 4\ndb_connections_idle 6\n";
    const auto previous = parse(before);
    const auto current = parse(after);
    const PlatformKpis kpis = KpiCalculator::compute(previous, current, 20, 1000);
    QCOMPARE(*kpis.requestsPerSecond, 5.0);
    QCOMPARE(*kpis.errorsPerSecond, 0.5);
    QCOMPARE(*kpis.errorRatio, 0.1);
    QCOMPARE(*kpis.cacheHitRatio, 0.9);
    QCOMPARE(*kpis.poolUsage(), 0.4);
    QCOMPARE(kpis.p95Seconds, std::nullopt); // no latency histogram exported
    QCOMPARE(kpis.routes.size(), size_t(1));
    QCOMPARE(kpis.routes[0].endpoint, QByteArray("/a"));
    QCOMPARE(kpis.routes[0].requestsPerSecond, 5.0);
}

QTEST_GUILESS_MAIN(TestScrapeDelta)
#include "TestScrapeDelta.moc"
