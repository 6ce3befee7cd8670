// SPDX-License-Identifier: MIT
// The database's own statistics as a dashboard source, against the real PostgreSQL of
// scripts/with-services: load generated here must show up as transactions, rollbacks,
// buffer hits, connections, deadlocks and pg_stat_statements calls, and the page must
// show them under the database's names. Run: scripts/with-services ctest -R TestPgStatsSource
#include "PgTestDatabase.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/KpiTile.h"
#include "dashboard/PgStatsMetricsSource.h"
#include "dashboard/RouteTableModel.h"
#include "dashboard/SourceMonitor.h"
#include "metrics/PlatformKpis.h"
#include "metrics/PromTextReader.h"
#include "metrics/Registry.h"
#include "metrics/ScrapeDelta.h"
#include "store/postgres/ConnectionPool.h"
#include "store/postgres/PgStatsCollector.h"
#include "store/postgres/PoolMetricsPublisher.h"

#include <QTableView>
#include <QTest>

#include <pqxx/pqxx>

#include <latch>
#include <thread>

using namespace Qt::StringLiterals;

class TestPgStatsSource : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void transactionsHitsAndConnections();
    void deadlocks();
    void statementsWhenInstalled();
    void pageShowsDatabaseFigures();
    void unreachableDatabaseIsAStatus();
    void poolPublisherFollowsThePool();

private:
    /// One collect, parsed; fails the test on a malformed payload.
    std::vector<ne::MetricFamily> scrape(QString *note = nullptr);
    /// Makes this connection's pending statistics visible to other sessions now.
    static void flush(pqxx::connection &c);

    ne::test::PgTestDatabase m_db;
    std::shared_ptr<ne::ConnectionPool> m_pool;
    std::unique_ptr<ne::PgStatsCollector> m_collector;
    std::unique_ptr<pqxx::connection> m_load;
    double m_tablePages = 0;
};

void TestPgStatsSource::initTestCase()
{
    QVERIFY2(m_db.isValid(), qPrintable(ne::test::PgTestDatabase::missingMessage()));
    m_pool = ne::ConnectionPool::create(m_db.conninfo());
    m_collector = std::make_unique<ne::PgStatsCollector>(m_pool);
    m_load = std::make_unique<pqxx::connection>(m_db.conninfo().toStdString());
    pqxx::work w(*m_load);
    w.exec("CREATE TABLE t (id int PRIMARY KEY, pad text)");
    w.exec("INSERT INTO t SELECT g, repeat('x', 200) FROM generate_series(1, 20000) g");
    w.commit();
    pqxx::nontransaction n(*m_load);
    n.exec("ANALYZE t");
    m_tablePages = n.exec("SELECT pg_relation_size('t') / 8192")[0][0].as<double>();
    QVERIFY(m_tablePages > 100);
}

std::vector<ne::MetricFamily> TestPgStatsSource::scrape(QString *note)
{
    const ne::PgStatsCollector::Result result = m_collector->collect();
    if (note)
        *note = result.note;
    ne::ParseResult parsed = ne::PromTextReader().parse(result.text);
    if (!parsed.ok())
        qFatal("collector wrote malformed text: %s", qPrintable(parsed.error->toString()));
    return std::move(parsed.families);
}

void TestPgStatsSource::flush(pqxx::connection &c)
{
    pqxx::nontransaction n(c);
    n.exec("SELECT pg_stat_force_next_flush()");
}

void TestPgStatsSource::transactionsHitsAndConnections()
{
    // Three sessions that only sit there: they hold slots of max_connections.
    std::vector<std::unique_ptr<pqxx::connection>> idle;
    for (int i = 0; i < 3; ++i)
        idle.push_back(std::make_unique<pqxx::connection>(m_db.conninfo().toStdString()));
    QString note;
    const auto before = scrape(&note);
    constexpr int scans = 40, rollbacks = 7;
    for (int i = 0; i < scans; ++i) {
        pqxx::work w(*m_load);
        w.exec("SELECT sum(length(pad)) FROM t");
        w.commit();
    }
    for (int i = 0; i < rollbacks; ++i) {
        pqxx::work w(*m_load);
        w.exec("SELECT 1");
        w.abort();
    }
    flush(*m_load);
    const auto after = scrape();

    const ne::PlatformKpis k = ne::KpiCalculator::compute(before, after, 2.0, 0);
    QCOMPARE(k.kind, ne::TrafficKind::Database);
    QVERIFY(k.requestsPerSecond && k.errorsPerSecond);
    QVERIFY2(*k.requestsPerSecond * 2 >= scans + rollbacks,
             qPrintable(QString::number(*k.requestsPerSecond * 2)));
    QVERIFY2(*k.errorsPerSecond * 2 >= rollbacks, qPrintable(QString::number(*k.errorsPerSecond)));
    // Every scan reads every page of the table through the buffer cache.
    QVERIFY2(k.cacheHits >= scans * m_tablePages,
             qPrintable(u"%1 hits for %2 pages"_s.arg(k.cacheHits).arg(scans * m_tablePages)));
    QVERIFY(k.cacheHitRatio);
    QCOMPARE(*k.cacheHitRatio, k.cacheHits / (k.cacheHits + k.cacheMisses));
    QVERIFY(*k.cacheHitRatio > 0.5 && *k.cacheHitRatio <= 1.0);

    pqxx::nontransaction n(*m_load);
    QCOMPARE(*k.poolMax, n.exec("SHOW max_connections")[0][0].as<double>());
    QVERIFY2(*k.poolIdle >= 3, qPrintable(QString::number(*k.poolIdle))); // the three above
    QVERIFY(*k.poolActive >= 1); // the collector, while it asks
    // A fresh database has no pg_stat_statements: said plainly, and flagged.
    QVERIFY(k.statementsUnavailable);
    QVERIFY2(note.contains(u"pg_stat_statements"_s), qPrintable(note));
    QVERIFY(k.routes.empty());
}

void TestPgStatsSource::deadlocks()
{
    const auto before = scrape();
    // Two sessions lock rows 1 and 2 in opposite orders: PostgreSQL must kill one.
    std::latch bothLocked(2);
    std::atomic<int> deadlocked = 0;
    auto session = [&](int first, int second) {
        pqxx::connection c(m_db.conninfo().toStdString());
        try {
            pqxx::work w(c);
            w.exec("UPDATE t SET pad = pad WHERE id = " + std::to_string(first));
            bothLocked.arrive_and_wait();
            w.exec("UPDATE t SET pad = pad WHERE id = " + std::to_string(second));
            w.commit();
        } catch (const pqxx::deadlock_detected &) {
            ++deadlocked;
        } catch (const std::exception &e) {
            qWarning("session failed otherwise: %s", e.what());
        }
        flush(c);
    };
    std::thread a(session, 1, 2), b(session, 2, 1);
    a.join();
    b.join();
    QCOMPARE(deadlocked.load(), 1);
    const auto after = scrape();
    const ne::PlatformKpis k = ne::KpiCalculator::compute(before, after, 1.0, 0);
    QVERIFY(k.deadlocks);
    QCOMPARE(*k.deadlocks, 1.0);
}

void TestPgStatsSource::statementsWhenInstalled()
{
    {
        pqxx::nontransaction n(*m_load);
        n.exec("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
    }
    QString note;
    const auto before = scrape(&note);
    QVERIFY2(note.isEmpty(), qPrintable(note));
    constexpr int calls = 25;
    for (int i = 0; i < calls; ++i) {
        pqxx::nontransaction n(*m_load);
        n.exec("SELECT count(*) FROM t WHERE id % 7 = " + std::to_string(i % 7));
    }
    const auto after = scrape();
    const ne::PlatformKpis k = ne::KpiCalculator::compute(before, after, 5.0, 0);
    QVERIFY(!k.statementsUnavailable);
    const auto ours = std::find_if(k.routes.begin(), k.routes.end(), [](const ne::RouteStats &r) {
        return r.endpoint.contains("FROM t WHERE id %");
    });
    QVERIFY2(ours != k.routes.end(), "the generated statement is not among the routes");
    QCOMPARE(ours->requestsPerSecond * 5, double(calls));
    QVERIFY(ours->meanSeconds);
    QVERIFY(*ours->meanSeconds > 0 && *ours->meanSeconds < 10);
    QVERIFY(!ours->p95Seconds); // the extension keeps no distribution
    QVERIFY(k.statementMeanSeconds);
    // The dashboard's own queries are not the database's workload.
    for (const ne::RouteStats &route : k.routes)
        QVERIFY2(!route.endpoint.contains("pg_stat_statements") &&
                     !route.endpoint.contains("blks_hit"),
                 route.endpoint.constData());
}

void TestPgStatsSource::pageShowsDatabaseFigures()
{
    ne::DashboardPage page(nullptr, nullptr);
    page.resize(1400, 900);
    ne::SourceMonitor *monitor =
        page.addSource(new ne::PgStatsMetricsSource(m_pool, u"test database"_s));
    page.setCurrentSource(0);
    QVERIFY(monitor->name().contains(u"test database"_s));
    page.setRefreshSeconds(1);
    page.activate();
    QTRY_VERIFY_WITH_TIMEOUT(monitor->hasKpis(), 20000);
    QCOMPARE(monitor->state(), ne::SourceMonitor::State::Ok);
    QCOMPARE(monitor->latest().kind, ne::TrafficKind::Database);
    QCOMPARE(page.findChild<ne::KpiTile *>(u"rateTile"_s)->caption(), u"Transactions/s"_s);
    QCOMPARE(page.findChild<ne::KpiTile *>(u"memoryTile"_s)->caption(), u"Deadlocks"_s);
    QCOMPARE(page.findChild<ne::KpiTile *>(u"latencyTile"_s)->caption(), u"Mean statement time"_s);
    QCOMPARE(page.findChild<ne::KpiTile *>(u"poolTile"_s)->caption(), u"Connections used"_s);
    const auto *routes = page.findChild<QTableView *>(u"routeTableView"_s)->model();
    QCOMPARE(routes->headerData(ne::RouteTableModel::Route, Qt::Horizontal).toString(),
             u"Statement"_s);
    QCOMPARE(routes->headerData(ne::RouteTableModel::P95, Qt::Horizontal).toString(), u"Mean"_s);
    QCOMPARE(page.charts().at(1)->lineName(0), u"transactions/s"_s);
}

void TestPgStatsSource::unreachableDatabaseIsAStatus()
{
    ne::PoolSettings settings;
    settings.connectTimeout = std::chrono::seconds(2);
    // Port 1 on loopback: nothing listens there.
    auto nowhere =
        ne::ConnectionPool::create(m_db.conninfo({{"port", "1"}, {"host", "127.0.0.1"}}), settings);
    ne::DashboardPage page(nullptr, nullptr);
    ne::SourceMonitor *broken = page.addSource(new ne::PgStatsMetricsSource(nowhere, u"gone"_s));
    ne::SourceMonitor *working = page.addSource(new ne::PgStatsMetricsSource(m_pool, u"ok"_s));
    page.setRefreshSeconds(1);
    page.activate();
    QTRY_COMPARE_WITH_TIMEOUT(broken->state(), ne::SourceMonitor::State::Failing, 20000);
    QVERIFY2(!broken->statusText().isEmpty(), "a failing source says why");
    QTRY_VERIFY_WITH_TIMEOUT(working->hasKpis(), 20000);
}

void TestPgStatsSource::poolPublisherFollowsThePool()
{
    ne::Registry registry;
    ne::PoolMetricsPublisher publisher(registry);
    const auto gauge = [&](QByteArrayView name) {
        return ne::ScrapeDelta::gaugeSum(registry.collect(), name);
    };
    // No pool yet (an embedded workspace): no pool figures at all, rather than zeros.
    QVERIFY(!gauge("db_connections_active"));

    auto pool = ne::ConnectionPool::create(m_db.conninfo());
    publisher.watch(pool);
    {
        ne::ConnectionPool::Lease a = pool->acquire();
        ne::ConnectionPool::Lease b = pool->acquire();
        QCOMPARE(gauge("db_connections_active"), 2.0);
        QCOMPARE(gauge("db_connections_max"), double(pool->settings().maxOpen));
    }
    QCOMPARE(gauge("db_connections_active"), 0.0);
    QCOMPARE(gauge("db_connections_idle"), 2.0);

    publisher.watch(nullptr);
    QCOMPARE(gauge("db_connections_idle"), 0.0);
    QCOMPARE(gauge("db_connections_max"), 0.0);
}

QTEST_MAIN(TestPgStatsSource)
#include "TestPgStatsSource.moc"
