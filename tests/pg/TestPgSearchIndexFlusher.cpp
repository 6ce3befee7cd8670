// SPDX-License-Identifier: MIT
// PgSearchIndexFlusher through PgRepository against a real PostgreSQL 15 (scripts/with-services):
// bulk changes and single saves leave the GIN search indexes without pending entries, and a
// role that may not flush them still changes rows.
#include "GinPending.h"
#include "PgTestDatabase.h"

#include "store/postgres/PgRepository.h"

#include <QTest>

#include <pqxx/pqxx>

#include <atomic>

using namespace ne;

class TestPgSearchIndexFlusher : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::PgTestDatabase> m_db;
    std::shared_ptr<PgRepository> m_repo;

    QString newArticle()
    {
        return m_repo
            ->create(EntityKind::Article, {{QStringLiteral("title"), QStringLiteral("An article")},
                                           {QStringLiteral("content"), QStringLiteral("<p>x</p>")}})
            .id();
    }

    long long pendingSearchEntries()
    {
        return test::ginPendingEntries(m_db->conninfo().toStdString(), "site_articles");
    }

    /// Adds articles behind the repository's back, so that their entries wait in the
    /// pending lists; autovacuum, which flushes them too, is kept away from the table.
    void insertPendingArticles(int count, const char *prefix)
    {
        m_db->exec("CREATE EXTENSION IF NOT EXISTS pgstattuple");
        m_db->exec("ALTER TABLE site_articles SET (autovacuum_enabled = false)");
        m_db->exec("INSERT INTO site_articles (title, content, type, status) SELECT '" +
                   std::string(prefix) +
                   " ' || g || ' lantern', 'c', 'standard', 'draft' FROM generate_series(1, " +
                   std::to_string(count) + ") g");
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<test::PgTestDatabase>();
        if (!m_db->isValid())
            QFAIL(qPrintable(test::PgTestDatabase::missingMessage()));
        m_repo = PgRepository::connect(m_db->conninfo());
        m_repo->migrate();
    }

    void cleanupTestCase()
    {
        m_repo.reset();
        m_db.reset();
    }

    void bulkChangeFlushesSearchIndexes()
    {
        insertPendingArticles(300, "Pending");
        QVERIFY(pendingSearchEntries() > 0);
        QStringList ids;
        {
            pqxx::connection c(m_db->conninfo().toStdString());
            pqxx::nontransaction tx(c);
            for (const auto &row :
                 tx.exec("SELECT id::text FROM site_articles WHERE title LIKE 'Pending %'"))
                ids << QString::fromLatin1(row[0].c_str());
        }
        QCOMPARE(m_repo->updateMany(EntityKind::Article, ids,
                                    {{keys::status, QStringLiteral("published")}}),
                 300);
        QTRY_COMPARE_WITH_TIMEOUT(pendingSearchEntries(), 0LL, 10000);
        m_db->exec("ALTER TABLE site_articles RESET (autovacuum_enabled)");
    }

    void singleSavesFlushToo()
    {
        // An upload queue creates rows one at a time; without a flush their entries would
        // pile up until a merge inside someone's save, and every search scans them.
        insertPendingArticles(200, "Waiting");
        QVERIFY(pendingSearchEntries() > 0);
        const QString id = newArticle();
        QTRY_COMPARE_WITH_TIMEOUT(pendingSearchEntries(), 0LL, 10000);

        insertPendingArticles(200, "Waiting again");
        QVERIFY(pendingSearchEntries() > 0);
        const Record saved = m_repo->get(EntityKind::Article, id);
        m_repo->update(EntityKind::Article, id,
                       {{QStringLiteral("title"), QStringLiteral("A retitled article")}},
                       saved.version());
        QTRY_COMPARE_WITH_TIMEOUT(pendingSearchEntries(), 0LL, 10000);
        m_db->exec("ALTER TABLE site_articles RESET (autovacuum_enabled)");
    }

    void flushNeedsTheIndexOwner()
    {
        m_db->exec("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ne_editor') "
                   "THEN CREATE ROLE ne_editor LOGIN PASSWORD 'editor'; END IF; END $$");
        m_db->exec("GRANT ALL ON ALL TABLES IN SCHEMA public TO ne_editor");
        m_db->exec("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO ne_editor");
        auto editor =
            PgRepository::connect(m_db->conninfo({{"user", "ne_editor"}, {"password", "editor"}}));
        const QStringList ids{newArticle(), newArticle()};
        // The change itself must not notice that the flush behind it was refused; the
        // flusher (on its own thread) says so once.
        static std::atomic<bool> refused{false};
        const QtMessageHandler previous =
            qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &m) {
                if (m.contains(QStringLiteral("Not the owner of site_articles's search indexes")))
                    refused = true;
            });
        QCOMPARE(editor->updateMany(EntityKind::Article, ids,
                                    {{keys::status, QStringLiteral("archived")}}),
                 2);
        const bool said = QTest::qWaitFor([] { return refused.load(); }, 10000);
        qInstallMessageHandler(previous);
        QVERIFY(said);
        QCOMPARE(m_repo->get(EntityKind::Article, ids.first()).value(keys::status).toString(),
                 QStringLiteral("archived"));
    }
};

QTEST_GUILESS_MAIN(TestPgSearchIndexFlusher)
#include "TestPgSearchIndexFlusher.moc"
