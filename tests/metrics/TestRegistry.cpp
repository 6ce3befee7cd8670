// SPDX-License-Identifier: MIT
#include "metrics/ProcessSampler.h"
#include "metrics/PromTextReader.h"
#include "metrics/PromTextWriter.h"
#include "metrics/Registry.h"

#include <QTest>

#include <thread>

using namespace ne;

/// Counter/Gauge/Histogram under concurrent updates, the writer's exposition and a round
/// trip through the strict reader.
class TestRegistry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void histogramBuckets();
    void defaultBuckets();
    void concurrentUpdates();
    void labelLookups();
    void exposition();
    void roundTrip();
    void conflictingRegistration();
    void formatValue_data();
    void formatValue();
    void processSampler();
};

void TestRegistry::histogramBuckets()
{
    Histogram h({0.1, 0.5, 1});
    for (double v : {0.05, 0.1, 0.2, 0.5, 0.7, 3.0})
        h.observe(v);
    const Histogram::Snapshot snap = h.snapshot();
    const std::vector<quint64> expected{2, 4, 5, 6};
    QCOMPARE(snap.cumulativeCounts, expected);
    QCOMPARE(snap.count, quint64(6));
    QVERIFY(qFuzzyCompare(snap.sum, 4.55));
}

void TestRegistry::defaultBuckets()
{
    const std::vector<double> def{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10};
    QCOMPARE(Histogram::defaultBuckets(), def);
    const std::vector<double> exp{1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
    QCOMPARE(Histogram::sizeBuckets(), exp);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Histogram({1, 0.5}));
}

void TestRegistry::concurrentUpdates()
{
    Registry registry;
    CounterVec &requests = registry.counter("req_total", "Requests", {"route"});
    HistogramVec &latency = registry.histogram("lat_seconds", "Latency", {"route"});
    constexpr int threads = 8, perThread = 20000;
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            const QByteArray route = t % 2 ? "/a" : "/b";
            for (int i = 0; i < perThread; ++i) {
                requests.withLabels({route}).inc();
                latency.withLabels({route}).observe(0.001 * (i % 100));
            }
        });
    }
    for (auto &w : workers)
        w.join();
    QCOMPARE(requests.withLabels({"/a"}).value() + requests.withLabels({"/b"}).value(),
             double(threads * perThread));
    QCOMPARE(latency.withLabels({"/a"}).snapshot().count, quint64(threads * perThread / 2));
}

void TestRegistry::labelLookups()
{
    Registry registry;
    CounterVec &c = registry.counter("l_total", "Lookups", {"a", "b"});
    Counter &viaVector = c.withLabels(std::vector<QByteArray>{"x", "yz"});
    QCOMPARE(&c.withLabels({QByteArrayView("x"), QByteArrayView("yz")}), &viaVector);
    QCOMPARE(&c.withLabels({"x", "yz"}), &viaVector);
    QVERIFY(&c.withLabels({"xy", "z"}) != &viaVector);
    QVERIFY(&c.withLabels({"yz", "x"}) != &viaVector);
    QVERIFY(&c.withLabels({"", "xyz"}) != &viaVector);
    QCOMPARE(&c.withLabels(std::vector<QByteArray>{"", "xyz"}), &c.withLabels({"", "xyz"}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, c.withLabels({"x"}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, c.withLabels(std::vector<QByteArray>{"x"}));
    QCOMPARE(registry.counter("l_total", "Lookups", {"a", "b"}).collect().samples.size(),
             size_t(4));
}

void TestRegistry::exposition()
{
    Registry registry;
    registry.counter("hits_total", "Cache hits.\nAll of them \\ really.", {"path"})
        .withLabels({"C:\\x \"q\"\nz"})
        .inc(3);
    registry.histogram("lat", "Latency", {}, {0.5, 1}).get().observe(0.7);
    const QByteArray text = registry.exposition();
    const QByteArray expected = "# HELP hits_total Cache hits.\\nAll of them \\\\ really.\n"
                                "# TYPE hits_total counter\n"
                                "hits_total{path=\"C:\\\\x \\\"q\\\"\\nz\"} 3\n"
                                "# HELP lat Latency\n"
                                "# TYPE lat histogram\n"
                                "lat_bucket{le=\"0.5\"} 0\n"
                                "lat_bucket{le=\"1\"} 1\n"
                                "lat_bucket{le=\"+Inf\"} 1\n"
                                "lat_sum 0.7\n"
                                "lat_count 1\n";
    QCOMPARE(text, expected);
}

void TestRegistry::roundTrip()
{
    Registry registry;
    registry.gauge("g", "A gauge").get().set(-2.5);
    registry.counter("c_total", "With \"quotes\"", {"a", "b"}).withLabels({"x\ny", "é"}).inc(7);
    registry.histogram("h_seconds", "Latency", {"route"}).withLabels({"/r"}).observe(0.03);
    const ParseResult parsed = PromTextReader().parse(registry.exposition());
    QVERIFY2(parsed.ok(), qPrintable(parsed.error ? parsed.error->toString() : QString()));
    const std::vector<MetricFamily> collected = registry.collect();
    QCOMPARE(parsed.families.size(), collected.size());
    for (size_t i = 0; i < collected.size(); ++i) {
        QCOMPARE(parsed.families[i].name, collected[i].name);
        QCOMPARE(parsed.families[i].type, collected[i].type);
        QCOMPARE(parsed.families[i].help, collected[i].help);
        QCOMPARE(parsed.families[i].samples.size(), collected[i].samples.size());
        for (size_t s = 0; s < collected[i].samples.size(); ++s) {
            QCOMPARE(parsed.families[i].samples[s].labels, collected[i].samples[s].labels);
            QCOMPARE(parsed.families[i].samples[s].value, collected[i].samples[s].value);
        }
    }
}

void TestRegistry::conflictingRegistration()
{
    Registry registry;
    CounterVec &first = registry.counter("x_total", "X", {"a"});
    QCOMPARE(&registry.counter("x_total", "X", {"a"}), &first);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, registry.gauge("x_total", "X", {"a"}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, registry.counter("x_total", "X", {"b"}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, registry.counter("bad-name", "X"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, registry.counter("ok", "X", {"le"}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, first.withLabels({"1", "2"}));
}

void TestRegistry::formatValue_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("integer") << 12345.0 << QByteArray("12345");
    QTest::newRow("fraction") << 0.005 << QByteArray("0.005");
    QTest::newRow("negative") << -2.5 << QByteArray("-2.5");
    QTest::newRow("big") << 1e300 << QByteArray("1e+300");
    QTest::newRow("nan") << qQNaN() << QByteArray("NaN");
    QTest::newRow("inf") << qInf() << QByteArray("+Inf");
    QTest::newRow("-inf") << -qInf() << QByteArray("-Inf");
}

void TestRegistry::formatValue()
{
    QFETCH(double, value);
    QFETCH(QByteArray, text);
    QCOMPARE(formatMetricValue(value), text);
}

void TestRegistry::processSampler()
{
#ifdef Q_OS_LINUX
    QVERIFY(ProcessSampler::residentBytes().value_or(0) > 1024 * 1024);
    QVERIFY(ProcessSampler::cpuSeconds().has_value());
    Registry registry;
    ProcessSampler::install(registry);
    const ParseResult parsed = PromTextReader().parse(registry.exposition());
    QVERIFY(parsed.ok());
    QVERIFY(parsed.family("memory_usage_bytes")->samples.at(0).value > 1024 * 1024);
    QVERIFY(parsed.family("cpu_usage_percent")->samples.at(0).value >= 0);
#else
    QSKIP("ProcessSampler reads /proc, which only Linux has");
#endif
}

QTEST_GUILESS_MAIN(TestRegistry)
#include "TestRegistry.moc"
