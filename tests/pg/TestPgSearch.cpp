// SPDX-License-Identifier: MIT
// Search and the title and search-text side tables (schema 5) of PgRepository against a real
// PostgreSQL 15 (scripts/with-services), one database per run.
#include "PgTestDatabase.h"

#include "store/postgres/PgRepository.h"

#include <QBuffer>
#include <QTest>

#include <pqxx/pqxx>

using namespace ne;

class TestPgSearch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::PgTestDatabase> m_db;
    std::shared_ptr<PgRepository> m_repo;
    int m_created = 0;

    /// A video or an image (with media of its own) titled title, with more values besides.
    Record createTitled(EntityKind kind, const QString &title, QVariantMap values = {})
    {
        values.insert(QStringLiteral("title"), title);
        if (kind == EntityKind::Video) {
            values.insert(QStringLiteral("videoType"), QStringLiteral("live"));
        } else {
            QByteArray bytes = QByteArray::number(++m_created).repeated(64);
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::ReadOnly);
            values.insert(QStringLiteral("contentSha256"),
                          m_repo->putMedia(buffer, QStringLiteral("image/png")).sha256);
        }
        return m_repo->create(kind, values);
    }

    /// Ids of the first 100 matches of a search, in list order.
    QStringList searchIds(EntityKind kind, const QString &term)
    {
        Query q;
        q.kind = kind;
        q.search = term;
        QStringList out;
        for (const Record &r : m_repo->list(q, {}, 100).records)
            out << r.id();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<test::PgTestDatabase>();
        if (!m_db->isValid())
            QFAIL(qPrintable(test::PgTestDatabase::missingMessage()));
        m_repo = PgRepository::connect(m_db->conninfo(), PoolSettings{});
        m_repo->migrate();
    }

    void cleanupTestCase()
    {
        m_repo.reset();
        m_db.reset();
    }

    void search()
    {
        QStringList ids;
        const QStringList titles{
            QStringLiteral("Quarterly results announced"), QStringLiteral("新闻发布会在北京举行"),
            QStringLiteral("Zebra crossing safety"), QStringLiteral("Results of the vote")};
        for (const QString &t : titles)
            ids << createTitled(EntityKind::Video, t,
                                {{QStringLiteral("summary"), QStringLiteral("searchable summary")}})
                       .id();
        auto find = [&](const QString &term) { return searchIds(EntityKind::Video, term); };
        QCOMPARE(find(QStringLiteral("result")),
                 (QStringList{ids[3], ids[0]})); // stemmed, newest first
        QCOMPARE(find(QStringLiteral("zebra")), QStringList{ids[2]});
        QCOMPARE(find(QStringLiteral("发布会")), QStringList{ids[1]});
        QCOMPARE(find(QStringLiteral("北京")), QStringList{ids[1]});
        QCOMPARE(find(QStringLiteral("Ze")), QStringList{ids[2]}); // a fragment: substring search
        QVERIFY(find(QStringLiteral("nothingmatcheswordxyz")).isEmpty());
        QVERIFY(find(QStringLiteral("100%_")).isEmpty());
    }

    void searchTextFollowsEditsNotStatusChanges()
    {
        // Substring search and sort by title read site_images_text, which triggers keep: an
        // edit of the title rewrites the row there, a status change must not touch it (that
        // is what keeps the trigram and title indexes out of a bulk change).
        const Record created = createTitled(EntityKind::Image, QStringLiteral("灯塔的早晨"));
        auto find = [&](const QString &term) { return searchIds(EntityKind::Image, term); };
        pqxx::connection c(m_db->conninfo().toStdString());
        auto sideRow = [&] {
            pqxx::nontransaction tx(c);
            const pqxx::result r = tx.exec_params(
                "SELECT xmin::text || ' ' || title FROM site_images_text WHERE id = $1::uuid",
                created.id().toStdString());
            return r.empty() ? QString() : QString::fromStdString(r[0][0].as<std::string>());
        };
        QCOMPARE(find(QStringLiteral("灯塔")), QStringList{created.id()});
        const QString before = sideRow();
        QVERIFY(before.endsWith(QStringLiteral("灯塔的早晨")));

        QCOMPARE(m_repo->updateMany(EntityKind::Image, {created.id()},
                                    {{keys::status, QStringLiteral("archived")}}),
                 1);
        QCOMPARE(sideRow(), before);

        m_repo->update(EntityKind::Image, created.id(),
                       {{QStringLiteral("title"), QStringLiteral("港口的夜晚")}}, 2);
        QVERIFY(find(QStringLiteral("灯塔")).isEmpty());
        QCOMPARE(find(QStringLiteral("港口")), QStringList{created.id()});
        QVERIFY(sideRow().endsWith(QStringLiteral("港口的夜晚")));
        QVERIFY(sideRow() != before);

        pqxx::nontransaction(c).exec_params("DELETE FROM site_images WHERE id = $1::uuid",
                                            created.id().toStdString());
        QVERIFY(sideRow().isEmpty());
    }

    void migrateRepairsSideTables()
    {
        // A load that bypasses triggers (session_replication_role = replica) leaves the side
        // table behind; "Create or upgrade schema" puts it right.
        const Record created = createTitled(EntityKind::Video, QStringLiteral("Harbour lights"));
        auto find = [&](const QString &term) { return searchIds(EntityKind::Video, term); };
        pqxx::connection c(m_db->conninfo().toStdString());
        {
            pqxx::work tx(c);
            tx.exec("SET LOCAL session_replication_role = replica");
            tx.exec_params("UPDATE videos SET title = '渔港的灯火' WHERE id = $1::uuid",
                           created.id().toStdString());
            tx.exec("INSERT INTO videos_text VALUES (gen_random_uuid(), 'gone', 'gone 孤儿')");
            tx.commit();
        }
        QVERIFY(find(QStringLiteral("渔港")).isEmpty());
        m_repo->migrate();
        QCOMPARE(find(QStringLiteral("渔港")), QStringList{created.id()});
        pqxx::nontransaction tx(c);
        QCOMPARE(tx.exec1("SELECT count(*) FROM videos_text WHERE title = 'gone'")[0].as<int>(), 0);
        QCOMPARE(tx.exec1("SELECT ne_text_resync()")[0].as<int>(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPgSearch)
#include "TestPgSearch.moc"
