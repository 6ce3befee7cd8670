// SPDX-License-Identifier: MIT
// PostgreSQL killed mid-query and restarted: the query fails with a specific StoreError,
// a bulk change caught mid-statement leaves nothing applied, and the same PgStore carries
// on after the restart (pool and LISTEN connection recover, availability goes down and up,
// and the search-index flusher reconnects).
// Runs its own throwaway server (PgServerProcess) so killing it disturbs no other test.
#include "Await.h"
#include "GinPending.h"
#include "PgServerProcess.h"

#include "store/postgres/PgStore.h"

#include <QSignalSpy>
#include <QTest>

#include <pqxx/pqxx>

using namespace ne;

class TestPgRestart : public QObject
{
    Q_OBJECT

private:
    test::PgServerProcess m_server;
    std::unique_ptr<PgStore> m_store;

    QString dbConninfo() const { return m_server.conninfo(QStringLiteral("restart")); }

    /// The StoreError a failed future carries, or nullopt if it succeeded.
    template<typename T> static std::optional<StoreError> failureOf(QFuture<T> future)
    {
        try {
            future.result();
        } catch (const StoreError &e) {
            return e;
        }
        return std::nullopt;
    }

    /// Waits until a backend of this database waits for a lock on a statement starting
    /// with statementPrefix: the statement is running, blocked by the test's lock.
    bool waitBlocked(pqxx::connection &observer, const std::string &statementPrefix)
    {
        return QTest::qWaitFor(
            [&] {
                pqxx::nontransaction tx(observer);
                const pqxx::result r =
                    tx.exec_params("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                                   "'restart' AND wait_event_type = 'Lock' AND query LIKE $1",
                                   statementPrefix + "%");
                return r[0][0].as<int>() > 0;
            },
            10000);
    }

    static int count(pqxx::connection &c, const std::string &sql)
    {
        pqxx::nontransaction tx(c);
        return tx.exec(sql)[0][0].as<int>();
    }

    /// Kills the server while a statement of the store waits behind the lock held in
    /// blocker's transaction, then restarts it.
    template<typename T>
    std::optional<StoreError> killDuring(QFuture<T> &future, const std::string &statementPrefix)
    {
        pqxx::connection observer(dbConninfo().toStdString());
        if (!waitBlocked(observer, statementPrefix))
            return std::nullopt;
        m_server.kill();
        if (!test::finishes(future))
            return std::nullopt;
        return failureOf(future);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_server.start())
            QFAIL(qPrintable(m_server.error()));
        {
            pqxx::connection admin(m_server.conninfo(QStringLiteral("postgres")).toStdString());
            pqxx::nontransaction tx(admin);
            tx.exec("CREATE DATABASE restart");
        }
        PoolSettings s;
        s.maxOpen = 4;
        s.statementTimeout = std::chrono::milliseconds(0);
        m_store = PgStore::open(dbConninfo(), s);
        auto migrated = m_store->migrate().then([] { return 0; });
        QVERIFY(test::finishes(migrated));
        QVERIFY(!failureOf(migrated));
        QVERIFY(QTest::qWaitFor([&] { return m_store->isListening(); }, 10000));
        pqxx::connection c(dbConninfo().toStdString());
        pqxx::work tx(c);
        // Inserted in id order, so the heap order and the primary key order agree.
        tx.exec("INSERT INTO site_articles (id, title, content, type) "
                "SELECT u, 'Article', 'text', 'standard' FROM "
                "(SELECT gen_random_uuid() AS u FROM generate_series(1, 20) ORDER BY 1) s");
        tx.commit();
    }

    void cleanupTestCase() { m_store.reset(); }

    /// A failed check leaves the server down: bring it back for the next test.
    void cleanup()
    {
        if (PQping(m_server.conninfo(QStringLiteral("postgres")).toUtf8().constData()) != PQPING_OK)
            QVERIFY2(m_server.restart(), qPrintable(m_server.error()));
    }

    void killedMidQuery()
    {
        QSignalSpy availability(m_store.get(), &Store::availabilityChanged);
        pqxx::connection blocker(dbConninfo().toStdString());
        pqxx::work lock(blocker);
        lock.exec("LOCK TABLE site_articles IN ACCESS EXCLUSIVE MODE");

        Query q;
        q.kind = EntityKind::Article;
        QFuture<Page> page = m_store->list(q, {}, 100);
        const auto error = killDuring(page, "SELECT");
        QVERIFY2(error, "the page query did not fail when the server was killed");
        QCOMPARE(error->kind(), StoreError::Kind::Unavailable);
        // Specific: the connection was lost, or (on the one retry of a read) refused — not
        // the generic "could not connect" / "unexpected error".
        QVERIFY2(error->message().contains(QStringLiteral("connection was lost")) ||
                     error->message().contains(QStringLiteral("refused the connection")),
                 qPrintable(error->message()));
        QVERIFY(QTest::qWaitFor(
            [&] { return !availability.isEmpty() && !availability.last().at(0).toBool(); }, 10000));

        QVERIFY2(m_server.restart(), qPrintable(m_server.error()));
        // The same store, no reopen: the first call after the restart succeeds.
        QFuture<Page> again = m_store->list(q, {}, 100);
        QVERIFY(test::finishes(again));
        const auto failure = failureOf(again);
        QVERIFY2(!failure, failure ? qPrintable(failure->message()) : "");
        QCOMPARE(again.result().records.size(), 20);
        QVERIFY(m_store->poolStats().brokenReplaced > 0);
        // The status bar's "Reconnecting…" goes away: availability comes back.
        QVERIFY(QTest::qWaitFor(
            [&] { return availability.size() >= 2 && availability.last().at(0).toBool(); }, 20000));
        QVERIFY(QTest::qWaitFor([&] { return m_store->isListening(); }, 10000));
    }

    void killedMidUpdateManyAppliesNothing()
    {
        QStringList ids;
        {
            pqxx::connection c(dbConninfo().toStdString());
            pqxx::nontransaction tx(c);
            for (const pqxx::row &r : tx.exec("SELECT id FROM site_articles ORDER BY id"))
                ids << QString::fromLatin1(r[0].c_str());
        }
        QCOMPARE(ids.size(), 20);
        // Lock the last row (in id and in heap order): whichever scan the UPDATE uses, it
        // has rewritten the other 19 rows when it stops to wait for this one.
        pqxx::connection blocker(dbConninfo().toStdString());
        pqxx::work lock(blocker);
        lock.exec("SELECT 1 FROM site_articles WHERE id = '" + ids.last().toStdString() +
                  "' FOR UPDATE");

        QFuture<int> bulk = m_store->updateMany(EntityKind::Article, ids,
                                                {{keys::status, QStringLiteral("archived")}});
        const auto error = killDuring(bulk, "UPDATE site_articles");
        QVERIFY2(error, "the bulk change did not fail when the server was killed");
        QCOMPARE(error->kind(), StoreError::Kind::Unavailable);
        QVERIFY2(error->message().contains(QStringLiteral("connection was lost")),
                 qPrintable(error->message()));

        QVERIFY2(m_server.restart(), qPrintable(m_server.error()));
        pqxx::connection c(dbConninfo().toStdString());
        QCOMPARE(count(c, "SELECT count(*) FROM site_articles WHERE status = 'archived'"), 0);
        QCOMPARE(count(c, "SELECT count(*) FROM site_articles WHERE version <> 1"), 0);

        // The same store applies the change once the server is back.
        QSignalSpy changed(m_store.get(), &Store::changed);
        QFuture<int> retry = m_store->updateMany(EntityKind::Article, ids,
                                                 {{keys::status, QStringLiteral("archived")}});
        QVERIFY(test::finishes(retry));
        const auto failure = failureOf(retry);
        QVERIFY2(!failure, failure ? qPrintable(failure->message()) : "");
        QCOMPARE(retry.result(), 20);
        QCOMPARE(count(c, "SELECT count(*) FROM site_articles WHERE status = 'archived'"), 20);
        QVERIFY(QTest::qWaitFor([&] { return !changed.isEmpty(); }, 5000));
    }

    void searchIndexFlushSurvivesARestart()
    {
        pqxx::connection c(dbConninfo().toStdString());
        {
            pqxx::nontransaction tx(c);
            tx.exec("CREATE EXTENSION IF NOT EXISTS pgstattuple");
            tx.exec("ALTER TABLE site_articles SET (autovacuum_enabled = false)");
        }
        auto pending = [this] {
            return test::ginPendingEntries(dbConninfo().toStdString(), "site_articles");
        };
        auto addPendingAndChange = [&](const char *status) {
            pqxx::connection w(dbConninfo().toStdString());
            pqxx::nontransaction tx(w);
            tx.exec("INSERT INTO site_articles (title, content, type) SELECT 'Pending ' || g, "
                    "'text', 'standard' FROM generate_series(1, 200) g");
            QStringList ids;
            for (const pqxx::row &r : tx.exec("SELECT id FROM site_articles LIMIT 2"))
                ids << QString::fromLatin1(r[0].c_str());
            QFuture<int> bulk = m_store->updateMany(EntityKind::Article, ids,
                                                    {{keys::status, QString::fromLatin1(status)}});
            return test::finishes(bulk) && !failureOf(bulk);
        };
        // The flusher keeps its connection between changes: the first flush opens it.
        QVERIFY(addPendingAndChange("archived"));
        QTRY_COMPARE_WITH_TIMEOUT(pending(), 0LL, 10000);
        m_server.kill();
        QVERIFY2(m_server.restart(), qPrintable(m_server.error()));
        // That connection died with the server; the next flush must not be lost with it.
        QVERIFY(addPendingAndChange("draft"));
        QTRY_COMPARE_WITH_TIMEOUT(pending(), 0LL, 10000);
    }
};

QTEST_GUILESS_MAIN(TestPgRestart)
#include "TestPgRestart.moc"
