// SPDX-License-Identifier: MIT
#include "metrics/AlertEvaluator.h"

#include <QTest>

using namespace ne;

/// The seed's alert rules: pending, firing after "for", resolving, gaps.
class TestAlertEvaluator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void latencyFiresAfterFiveMinutes();
    void briefSpikeDoesNotFire();
    void cacheRatioFiresAfterTenMinutes();
    void gapResolves();
};

namespace {
constexpr qint64 second = 1000;

/// One 10 s interval where every request fell into the bucket bounded by latency.
PlatformKpis tick(qint64 timeMs, double latency, double hits = 0, double misses = 0)
{
    PlatformKpis k;
    k.timeMs = timeMs;
    k.seconds = 10;
    const std::vector<double> bounds{0.1, 0.25, 0.5, 1, 2.5};
    for (double b : bounds)
        k.latencyBuckets.push_back({b, b >= latency ? 100.0 : 0.0});
    k.latencyBuckets.push_back({qInf(), 100.0});
    k.cacheHits = hits;
    k.cacheMisses = misses;
    return k;
}
} // namespace

void TestAlertEvaluator::latencyFiresAfterFiveMinutes()
{
    AlertEvaluator alerts;
    qint64 t = 0;
    for (; t < 10 * 60 * second; t += 10 * second)
        alerts.update(tick(t, 0.1));
    QVERIFY(alerts.firing().empty());
    const qint64 slowFrom = t;
    bool fired = false;
    for (; t < slowFrom + 20 * 60 * second && !fired; t += 10 * second)
        fired = alerts.update(tick(t, 1.0)) && !alerts.firing().empty();
    QVERIFY(fired);
    const qint64 firedAt = alerts.firing().at(0).firedAtMs;
    QCOMPARE(alerts.firing().at(0).ruleId, QByteArray("HighResponseTime"));
    // p95 over the 5 min window crosses 0.5 s once more than 5 % of it is slow (at once),
    // then the condition must hold for 5 more minutes.
    QVERIFY(firedAt - slowFrom >= 5 * 60 * second);
    QVERIFY(firedAt - slowFrom <= 5 * 60 * second + 30 * second);
    QVERIFY(*alerts.lastValue(0) > 0.5);
    // Back to fast: the window drains and the alert resolves; the history keeps it.
    for (qint64 end = t + 10 * 60 * second; t < end; t += 10 * second)
        alerts.update(tick(t, 0.1));
    QVERIFY(alerts.firing().empty());
    QCOMPARE(alerts.history().size(), size_t(1));
    QVERIFY(alerts.history().front().resolvedAtMs.has_value());
}

void TestAlertEvaluator::briefSpikeDoesNotFire()
{
    // After a full window of fast traffic, a 20 s spike lifts the 5 min p95 above 0.5 s
    // for a little under 5 min (until the spike leaves the window): pending, never firing.
    AlertEvaluator alerts;
    qint64 t = 0;
    for (; t < 10 * 60 * second; t += 10 * second)
        alerts.update(tick(t, 0.05));
    const qint64 spikeEnd = t + 20 * second;
    for (; t < spikeEnd; t += 10 * second)
        alerts.update(tick(t, 2.0));
    QVERIFY(*alerts.lastValue(0) > 0.5);
    for (qint64 end = t + 10 * 60 * second; t < end; t += 10 * second)
        alerts.update(tick(t, 0.05));
    QVERIFY(alerts.history().empty());
}

void TestAlertEvaluator::cacheRatioFiresAfterTenMinutes()
{
    AlertEvaluator alerts;
    qint64 t = 0;
    for (; t <= 9 * 60 * second; t += 10 * second)
        alerts.update(tick(t, 0.05, 70, 30));
    QVERIFY(alerts.firing().empty());
    QCOMPARE(*alerts.lastValue(1), 0.7);
    for (; t <= 11 * 60 * second; t += 10 * second)
        alerts.update(tick(t, 0.05, 70, 30));
    QCOMPARE(alerts.firing().size(), size_t(1));
    QCOMPARE(alerts.firing().at(0).ruleId, QByteArray("LowCacheHitRatio"));
}

void TestAlertEvaluator::gapResolves()
{
    AlertEvaluator alerts;
    qint64 t = 0;
    for (; t <= 11 * 60 * second; t += 10 * second)
        alerts.update(tick(t, 0.05, 10, 90));
    QCOMPARE(alerts.firing().size(), size_t(1));
    // No cache traffic for longer than the 5 min window: no data, so not firing.
    for (qint64 end = t + 6 * 60 * second; t < end; t += 10 * second)
        alerts.update(tick(t, 0.05));
    QVERIFY(alerts.firing().empty());
    QCOMPARE(alerts.lastValue(1), std::nullopt);
}

QTEST_GUILESS_MAIN(TestAlertEvaluator)
#include "TestAlertEvaluator.moc"
