// SPDX-License-Identifier: MIT
// InstrumentedStore around a real embedded workspace: every call lands in the Registry
// histogram with backend/operation/outcome, callers still get their own results, errors
// and continuations, and the dashboard's KPI maths reads the result as Store traffic.
#include "Await.h"
#include "metrics/PlatformKpis.h"
#include "metrics/PromTextReader.h"
#include "metrics/Registry.h"
#include "store/InstrumentedStore.h"
#include "store/sqlite/SqliteStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
using ne::test::finishes;

ne::Query query(ne::EntityKind kind)
{
    ne::Query q;
    q.kind = kind;
    return q;
}

/// The histogram's _count for one (operation, outcome), 0 when absent.
double callCount(const ne::Registry &registry, const QByteArray &operation,
                 const QByteArray &outcome)
{
    for (const ne::MetricFamily &family : registry.collect()) {
        for (const ne::Sample &sample : family.samples) {
            if (sample.name == "store_call_duration_seconds_count" &&
                sample.labels.value("backend") == "sqlite" &&
                sample.labels.value("operation") == operation &&
                sample.labels.value("outcome") == outcome)
                return sample.value;
        }
    }
    return 0;
}
} // namespace

class TestInstrumentedStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void recordsOperationAndOutcome();
    void callerKeepsResultsErrorsAndContinuations();
    void forwardsSignals();
    void kpisReadStoreTraffic();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ne::Registry> m_registry;
    std::unique_ptr<ne::InstrumentedStore> m_store;
    ne::SqliteStore *m_sqlite = nullptr;
};

void TestInstrumentedStore::init()
{
    QVERIFY(m_dir.isValid());
    m_registry = std::make_unique<ne::Registry>();
    auto sqlite = std::make_unique<ne::SqliteStore>(
        m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128) + u".nextevent"_s));
    m_sqlite = sqlite.get();
    m_store = std::make_unique<ne::InstrumentedStore>(std::move(sqlite), "sqlite", *m_registry);
    QFuture<void> opened = m_sqlite->open();
    QVERIFY(finishes(opened));
}

void TestInstrumentedStore::cleanup()
{
    m_store.reset();
    m_registry.reset();
}

void TestInstrumentedStore::recordsOperationAndOutcome()
{
    for (int i = 0; i < 3; ++i)
        QVERIFY(finishes(m_store->list(query(ne::EntityKind::Article), {}, 10)));
    QVERIFY(finishes(m_store->get(ne::EntityKind::Article, QUuid::createUuid().toString())));
    QVERIFY(finishes(m_store->categories(ne::EntityKind::Image)));
    // The watcher reports on the UI thread once the event loop has run.
    QTRY_COMPARE(callCount(*m_registry, "list", "ok"), 3.0);
    QTRY_COMPARE(callCount(*m_registry, "get", "not-found"), 1.0);
    QTRY_COMPARE(callCount(*m_registry, "categories", "ok"), 1.0);
    QCOMPARE(callCount(*m_registry, "get", "ok"), 0.0);
    // What the dashboard reads: the exposition parses back into one histogram family.
    const ne::ParseResult parsed = ne::PromTextReader().parse(m_registry->exposition());
    QVERIFY(parsed.ok());
    const ne::MetricFamily *family = parsed.family("store_call_duration_seconds");
    QVERIFY(family);
    QCOMPARE(family->type, ne::MetricType::Histogram);
}

void TestInstrumentedStore::callerKeepsResultsErrorsAndContinuations()
{
    bool listed = false;
    QString error;
    auto page =
        m_store->list(query(ne::EntityKind::Article), {}, 10).then(this, [&](const ne::Page &p) {
            listed = true;
            return p.records.size();
        });
    auto missing = m_store->get(ne::EntityKind::News, QUuid::createUuid().toString())
                       .then(this, [](const ne::Record &r) { return r.id(); })
                       .onFailed(this, [&](const ne::StoreError &e) {
                           error = ne::StoreError::kindName(e.kind());
                           return QString();
                       });
    QVERIFY(finishes(page));
    QVERIFY(finishes(missing));
    QVERIFY(listed);
    QCOMPARE(page.result(), 0);
    QCOMPARE(error, u"not-found"_s);
    QTRY_COMPARE(callCount(*m_registry, "get", "not-found"), 1.0);
    QCOMPARE(m_store->inner(), m_sqlite);
    QCOMPARE(m_store->description(), m_sqlite->description());
}

void TestInstrumentedStore::forwardsSignals()
{
    QSignalSpy changed(m_store.get(), &ne::Store::changed);
    QSignalSpy availability(m_store.get(), &ne::Store::availabilityChanged);
    Q_EMIT m_sqlite->changed(ne::EntityKind::Video, {u"a"_s});
    Q_EMIT m_sqlite->availabilityChanged(false, u"gone"_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(1).toStringList(), QStringList{u"a"_s});
    QCOMPARE(availability.size(), 1);
    QCOMPARE(availability.at(0).at(1).toString(), u"gone"_s);
}

void TestInstrumentedStore::kpisReadStoreTraffic()
{
    const std::vector<ne::MetricFamily> before = m_registry->collect();
    for (int i = 0; i < 5; ++i)
        QVERIFY(finishes(m_store->list(query(ne::EntityKind::Video), {}, 5)));
    for (int i = 0; i < 2; ++i)
        QVERIFY(finishes(m_store->get(ne::EntityKind::Video, QUuid::createUuid().toString())));
    QTRY_COMPARE(callCount(*m_registry, "get", "not-found"), 2.0);
    QTRY_COMPARE(callCount(*m_registry, "list", "ok"), 5.0);
    const std::vector<ne::MetricFamily> after = m_registry->collect();

    const ne::PlatformKpis kpis = ne::KpiCalculator::compute(before, after, 2.0, 1000);
    QCOMPARE(kpis.kind, ne::TrafficKind::StoreCalls);
    QVERIFY(kpis.requestsPerSecond);
    QCOMPARE(*kpis.requestsPerSecond, 7 / 2.0);
    // A missing row is an answer, not the backend failing.
    QCOMPARE(*kpis.errorsPerSecond, 0.0);
    QVERIFY(kpis.p95Seconds);
    QVERIFY(*kpis.p95Seconds > 0);
    QCOMPARE(kpis.routes.size(), size_t(2));
    QCOMPARE(kpis.routes[0].method, QByteArray("sqlite"));
    QCOMPARE(kpis.routes[0].endpoint, QByteArray("list"));
    QCOMPARE(kpis.routes[0].requestsPerSecond, 2.5);
    QCOMPARE(kpis.routes[1].endpoint, QByteArray("get"));
    QCOMPARE(kpis.routes[1].requestsPerSecond, 1.0);
}

QTEST_GUILESS_MAIN(TestInstrumentedStore)
#include "TestInstrumentedStore.moc"
