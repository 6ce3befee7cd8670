// SPDX-License-Identifier: MIT
// PgRepository against a real PostgreSQL 15 (scripts/with-services), one database per run.
#include "PgTestDatabase.h"

#include "store/postgres/PgError.h"
#include "store/postgres/PgRepository.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <QElapsedTimer>
#include <QTimeZone>

#include <pqxx/pqxx>

using namespace ne;

namespace {

template<typename F> StoreError expectError(F &&f)
{
    try {
        f();
    } catch (const StoreError &e) {
        return e;
    }
    return StoreError(StoreError::Kind::Server, QStringLiteral("no error was thrown"));
}

QByteArray randomBytes(qsizetype n, quint32 seed)
{
    QByteArray out(n, Qt::Uninitialized);
    QRandomGenerator gen(seed);
    gen.fillRange(reinterpret_cast<quint32 *>(out.data()), n / 4);
    return out;
}

} // namespace

class TestPgRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::PgTestDatabase> m_db;
    std::shared_ptr<PgRepository> m_repo;

    QString newArticle(const QString &title = QStringLiteral("An article"))
    {
        return m_repo
            ->create(EntityKind::Article, {{QStringLiteral("title"), title},
                                           {QStringLiteral("content"), QStringLiteral("<p>x</p>")}})
            .id();
    }

    QString newImageSha(quint32 seed)
    {
        QByteArray bytes = randomBytes(10000, seed);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        return m_repo->putMedia(buffer, QStringLiteral("image/png")).sha256;
    }

    QVariantMap sample(EntityKind kind, int n)
    {
        const QString title = QStringLiteral("Sample %1").arg(n);
        switch (kind) {
        case EntityKind::Image: {
            static quint32 seed = 1000;
            return {{QStringLiteral("title"), title},
                    {QStringLiteral("contentSha256"), newImageSha(++seed)}};
        }
        case EntityKind::Article:
            return {{QStringLiteral("title"), title},
                    {QStringLiteral("content"), QStringLiteral("<p>body</p>")},
                    {QStringLiteral("tags"),
                     QStringList{QStringLiteral("a"), QStringLiteral("b \"q\"")}}};
        case EntityKind::News: {
            const QString a = newArticle(), b = newArticle();
            return {{QStringLiteral("title"), title},
                    {keys::articleIds, QStringList{a, b}},
                    {keys::mainStoryId, b},
                    {QStringLiteral("priority"), QStringLiteral("high")}};
        }
        case EntityKind::Video:
            return {{QStringLiteral("title"), title},
                    {QStringLiteral("videoType"), QStringLiteral("live")}};
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<test::PgTestDatabase>();
        if (!m_db->isValid())
            QFAIL(qPrintable(test::PgTestDatabase::missingMessage()));
        PoolSettings settings;
        settings.maxOpen = 4;
        settings.maxIdle = 4;
        m_repo = PgRepository::connect(m_db->conninfo(), settings);
        QCOMPARE(m_repo->schemaVersion(), 0);
        const StoreError noSchema = expectError([&] { m_repo->checkConnection(); });
        QCOMPARE(noSchema.kind(), StoreError::Kind::Unavailable);
        QVERIFY(noSchema.message().contains(QStringLiteral("no NextEvent schema")));
        m_repo->migrate();
        m_repo->migrate(); // idempotent
        QCOMPARE(m_repo->schemaVersion(), PgRepository::supportedSchemaVersion());
        m_repo->checkConnection();
    }

    void cleanupTestCase()
    {
        m_repo.reset();
        m_db.reset();
    }

    void keysetIndexesMatchSorts_data()
    {
        QTest::addColumn<EntityKind>("kind");
        for (EntityKind kind : allEntityKinds())
            QTest::addRow("%s", qPrintable(entityName(kind))) << kind;
    }

    void keysetIndexesMatchSorts()
    {
        // Each sortable column needs its (column, id) index to page at any depth, and an index
        // no sort reads only costs: every one is written on every change of a row. The title's
        // is on the <table>_text side table (005_text_side_tables.sql).
        QFETCH(EntityKind, kind);
        const EntitySchema &schema = EntitySchema::of(kind);
        QSet<QString> sortable;
        for (const Field &f : schema.sortableFields())
            sortable.insert(f.column());
        static const QRegularExpression keyset(
            QStringLiteral(R"(USING btree \((\w+)(?: DESC)?, id(?: DESC)?\))"));
        QSet<QString> indexed;
        pqxx::connection c(m_db->conninfo().toStdString());
        pqxx::read_transaction tx(c);
        for (const auto &row : tx.exec_params("SELECT indexdef FROM pg_indexes WHERE "
                                              "tablename::text IN ($1::text, $1::text || '_text')",
                                              schema.table().toStdString())) {
            const auto match = keyset.match(QString::fromStdString(row[0].as<std::string>()));
            if (match.hasMatch())
                indexed.insert(match.captured(1));
        }
        QStringList have(indexed.begin(), indexed.end()), want(sortable.begin(), sortable.end());
        have.sort();
        want.sort();
        QCOMPARE(have, want);
    }

    void crud_data()
    {
        QTest::addColumn<EntityKind>("kind");
        QTest::addColumn<QString>("editKey");
        QTest::addColumn<QVariant>("editValue");
        QTest::newRow("image") << EntityKind::Image << QStringLiteral("altText")
                               << QVariant(QStringLiteral("alt"));
        QTest::newRow("article") << EntityKind::Article << QStringLiteral("publishedAt")
                                 << QVariant(QDateTime(QDate(2024, 5, 1), QTime(10, 0, 0, 123),
                                                       QTimeZone::utc()));
        QTest::newRow("news") << EntityKind::News << QStringLiteral("priority")
                              << QVariant(QStringLiteral("urgent"));
        QTest::newRow("video") << EntityKind::Video << QStringLiteral("frameRate")
                               << QVariant(29.97);
    }

    void crud()
    {
        QFETCH(EntityKind, kind);
        QFETCH(QString, editKey);
        QFETCH(QVariant, editValue);
        const QVariantMap values = sample(kind, int(kind));
        const Record created = m_repo->create(kind, values);
        QVERIFY(!created.id().isEmpty());
        QCOMPARE(created.id(), created.id().toLower());
        QCOMPARE(created.version(), 1);
        QCOMPARE(created.value(QStringLiteral("title")).toString(),
                 values.value(QStringLiteral("title")).toString());
        QCOMPARE(created.value(keys::createdAt).toDateTime().timeSpec(), Qt::UTC);
        QVERIFY(!created.isDeleted());
        if (kind == EntityKind::Article)
            QCOMPARE(created.value(QStringLiteral("tags")).toStringList(),
                     values.value(QStringLiteral("tags")).toStringList());
        if (kind == EntityKind::News) {
            QCOMPARE(created.value(keys::articleIds).toStringList(),
                     values.value(keys::articleIds).toStringList());
            QCOMPARE(created.value(keys::mainStoryId).toString(),
                     values.value(keys::mainStoryId).toString());
            QCOMPARE(created.value(QStringLiteral("priority")).toString(), QStringLiteral("high"));
        }
        if (kind == EntityKind::Image) {
            QCOMPARE(created.value(QStringLiteral("fileSize")).toLongLong(), 10000);
            QCOMPARE(created.value(QStringLiteral("contentSha256")).toString(),
                     values.value(QStringLiteral("contentSha256")).toString());
        }
        QCOMPARE(m_repo->get(kind, created.id()), created);

        const Record updated = m_repo->update(kind, created.id(), {{editKey, editValue}}, 1);
        QCOMPARE(updated.version(), 2);
        QCOMPARE(updated.value(editKey), editValue);
        QVERIFY(updated.value(keys::updatedAt).toDateTime() >=
                created.value(keys::updatedAt).toDateTime());

        QCOMPARE(m_repo->remove(kind, {created.id()}), 1);
        QCOMPARE(expectError([&] { m_repo->get(kind, created.id()); }).kind(),
                 StoreError::Kind::NotFound);
        QVERIFY(m_repo->get(kind, created.id(), true).isDeleted());
        Query trash;
        trash.kind = kind;
        trash.trash = true;
        QVERIFY(m_repo->list(trash, {}, 50).records.size() >= 1);
        QCOMPARE(m_repo->restore(kind, {created.id()}), 1);
        const Record restored = m_repo->get(kind, created.id());
        QVERIFY(!restored.isDeleted());
        QCOMPARE(restored.value(keys::status), updated.value(keys::status));
    }

    void newsArticleLimits()
    {
        QStringList nine;
        for (int i = 0; i < 9; ++i)
            nine << newArticle();
        const StoreError tooMany = expectError([&] {
            m_repo->create(EntityKind::News, {{QStringLiteral("title"), QStringLiteral("Too many")},
                                              {keys::articleIds, nine}});
        });
        QCOMPARE(tooMany.kind(), StoreError::Kind::Invalid);
        QCOMPARE(tooMany.fieldErrors().value(0).key, keys::articleIds);
        // The database refuses a 9th article too, whoever writes it.
        const Record news =
            m_repo->create(EntityKind::News, {{QStringLiteral("title"), QStringLiteral("Eight")},
                                              {keys::articleIds, nine.mid(0, 8)}});
        QCOMPARE(news.value(keys::articleIds).toStringList(), nine.mid(0, 8));
        QVERIFY_THROWS_EXCEPTION(
            std::exception,
            m_db->exec("INSERT INTO news_articles (news_id, article_id, position) VALUES ('" +
                       news.id().toStdString() + "', '" + nine[8].toStdString() + "', 8)"));
        // Reorder keeps the order given.
        const QStringList eight = nine.mid(0, 8);
        const QStringList reversed(eight.rbegin(), eight.rend());
        const Record reordered = m_repo->update(EntityKind::News, news.id(),
                                                {{keys::articleIds, reversed}}, news.version());
        QCOMPARE(reordered.value(keys::articleIds).toStringList(), reversed);
    }

    void conflicts()
    {
        const Record a = m_repo->create(EntityKind::Article, sample(EntityKind::Article, 1));
        m_repo->update(EntityKind::Article, a.id(),
                       {{QStringLiteral("summary"), QStringLiteral("first")}}, 1);
        const StoreError stale = expectError([&] {
            m_repo->update(EntityKind::Article, a.id(),
                           {{QStringLiteral("summary"), QStringLiteral("second")}}, 1);
        });
        QCOMPARE(stale.kind(), StoreError::Kind::Conflict);
        QCOMPARE(stale.current().value(QStringLiteral("summary")).toString(),
                 QStringLiteral("first"));
        QCOMPARE(stale.current().value(keys::version).toLongLong(), 2);
        m_repo->remove(EntityKind::Article, {a.id()});
        QCOMPARE(expectError([&] {
                     m_repo->update(EntityKind::Article, a.id(),
                                    {{QStringLiteral("summary"), QStringLiteral("x")}}, 3);
                 }).kind(),
                 StoreError::Kind::NotFound);
    }

    void uniqueSlug()
    {
        QVariantMap v = sample(EntityKind::Article, 2);
        v.insert(QStringLiteral("slug"), QStringLiteral("same-slug"));
        m_repo->create(EntityKind::Article, v);
        const StoreError dup = expectError([&] { m_repo->create(EntityKind::Article, v); });
        QCOMPARE(dup.kind(), StoreError::Kind::Conflict);
        QVERIFY2(dup.message().contains(QStringLiteral("slug")), qPrintable(dup.message()));
    }

    void updateManyIsAllOrNothing()
    {
        QStringList ids;
        for (int i = 0; i < 5; ++i) {
            QVariantMap v = sample(EntityKind::Video, i);
            v.insert(QStringLiteral("startTime"),
                     QDateTime(QDate(2024, 1, 1 + i), QTime(12, 0), QTimeZone::utc()));
            ids << m_repo->create(EntityKind::Video, v).id();
        }
        QCOMPARE(
            m_repo->updateMany(EntityKind::Video, ids, {{keys::status, QStringLiteral("ended")}}),
            5);
        // The end time is after the start of the first rows but not of the last one: the
        // CHECK fails for one row and no row changes.
        const StoreError bad = expectError([&] {
            m_repo->updateMany(EntityKind::Video, ids,
                               {{QStringLiteral("videoEndTime"),
                                 QDateTime(QDate(2024, 1, 4), QTime(0, 0), QTimeZone::utc())}});
        });
        QCOMPARE(bad.kind(), StoreError::Kind::Invalid);
        for (const QString &id : ids)
            QVERIFY(!m_repo->get(EntityKind::Video, id)
                         .value(QStringLiteral("videoEndTime"))
                         .isValid());
        // A missing row: nothing applied either.
        m_repo->remove(EntityKind::Video, {ids.last()});
        QCOMPARE(expectError([&] {
                     m_repo->updateMany(EntityKind::Video, ids,
                                        {{keys::status, QStringLiteral("archived")}});
                 }).kind(),
                 StoreError::Kind::NotFound);
        QCOMPARE(m_repo->get(EntityKind::Video, ids.first()).value(keys::status).toString(),
                 QStringLiteral("ended"));
    }

    void media()
    {
        QByteArray bytes = randomBytes(1300 * 1024 + 17, 7);
        QBuffer source(&bytes);
        source.open(QIODevice::ReadOnly);
        qint64 lastProgress = 0;
        const MediaRef ref = m_repo->putMedia(
            source, QStringLiteral("image/jpeg"), {},
            [&](qint64 done) {
                lastProgress = done;
                return true;
            },
            QSize(640, 480));
        QCOMPARE(lastProgress, bytes.size());
        QCOMPARE(ref.sha256,
                 QString::fromLatin1(
                     QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(ref.size, bytes.size());
        QVERIFY(!ref.alreadyPresent);
        source.seek(0);
        QVERIFY(m_repo->putMedia(source, QStringLiteral("image/jpeg")).alreadyPresent);
        QVERIFY(m_repo->putMedia(source, QStringLiteral("image/jpeg"), ref.sha256).alreadyPresent);
        QCOMPARE(m_repo->readMediaRange(ref.sha256, 0, -1), bytes);
        QCOMPARE(m_repo->readMediaRange(ref.sha256, 512 * 1024 - 10, 20),
                 bytes.mid(512 * 1024 - 10, 20));
        QCOMPARE(m_repo->readMediaRange(ref.sha256, bytes.size() - 5, 100), bytes.right(5));
        QVERIFY(m_repo->readMediaRange(ref.sha256, bytes.size(), 10).isEmpty());

        bool present = true;
        const Record image =
            m_repo->createImage({{QStringLiteral("title"), QStringLiteral("Photo")},
                                 {QStringLiteral("contentSha256"), ref.sha256}},
                                &present);
        QVERIFY(!present);
        QCOMPARE(image.value(QStringLiteral("width")).toInt(), 640);
        const Record again =
            m_repo->createImage({{QStringLiteral("title"), QStringLiteral("Photo again")},
                                 {QStringLiteral("contentSha256"), ref.sha256}},
                                &present);
        QVERIFY(present);
        QCOMPARE(again.id(), image.id());
        QCOMPARE(m_repo->findImageBySha256(ref.sha256)->id(), image.id());
        QVERIFY(!m_repo->findImageBySha256(QString(64, u'0')));
        QCOMPARE(expectError([&] { m_repo->readMediaRange(QString(64, u'1'), 0, 1); }).kind(),
                 StoreError::Kind::NotFound);
    }

    void paging_data()
    {
        QTest::addColumn<EntityKind>("kind");
        QTest::addColumn<QString>("sortKey");
        for (EntityKind kind : allEntityKinds()) {
            for (const Field &f : EntitySchema::of(kind).sortableFields())
                QTest::addRow("%s-%s", qPrintable(entityName(kind)), qPrintable(f.key()))
                    << kind << f.key();
        }
    }

    void paging()
    {
        QFETCH(EntityKind, kind);
        QFETCH(QString, sortKey);
        static QSet<EntityKind> seeded;
        if (!seeded.contains(kind)) {
            seedForPaging(kind);
            seeded.insert(kind);
        }
        const EntitySchema &schema = EntitySchema::of(kind);
        const std::string column = schema.field(sortKey)->column().toStdString();
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const bool asc = order == Qt::AscendingOrder;
            // The expected order, from PostgreSQL itself.
            QStringList expected;
            {
                pqxx::connection c(m_db->conninfo().toStdString());
                pqxx::read_transaction tx(c);
                const std::string dir = asc ? " ASC NULLS LAST" : " DESC NULLS FIRST";
                for (const auto &row : tx.exec("SELECT id FROM " + schema.table().toStdString() +
                                               " WHERE deleted_at IS NULL ORDER BY " + column +
                                               dir + ", id" + (asc ? " ASC" : " DESC")))
                    expected << QString::fromLatin1(row[0].c_str());
            }
            Query q;
            q.kind = kind;
            q.sortKey = sortKey;
            q.order = order;
            QStringList seen;
            Cursor cursor;
            int pages = 0;
            do {
                const Page page = m_repo->list(q, cursor, 7);
                QVERIFY(page.records.size() <= 7);
                for (const Record &r : page.records)
                    seen << r.id();
                cursor = page.nextCursor;
                if (++pages == 3) // rows arriving while paging, at both ends and in between
                    insertWhilePaging(kind);
            } while (!cursor.isNull() && pages < 1000);
            QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), seen.size()); // no duplicates
            QStringList seenOriginal;
            for (const QString &id : seen) {
                if (expected.contains(id))
                    seenOriginal << id;
            }
            QCOMPARE(seenOriginal, expected); // no gaps, same order
        }
    }

    void seedForPaging(EntityKind kind)
    {
        // 60 rows in one statement: equal created_at (one now()), repeated values and NULLs.
        const std::string n = "generate_series(1, 60) g";
        switch (kind) {
        case EntityKind::Image:
            m_db->exec(
                "INSERT INTO site_images (file_name, original_name, storage_path, title, type, "
                "status, url, mime_type, "
                "file_size, width, content_sha256) SELECT 'f', 'f', 'p', 'T' || (g % 5), "
                "(ARRAY['cover','icon','banner'])[1 + g % 3], "
                "(ARRAY['active','archived'])[1 + g % 2], 'u', 'image/png', g % 4, CASE WHEN g % 3 "
                "= 0 THEN NULL ELSE g % 4 END, "
                "sha256(g::text::bytea) FROM " +
                n);
            break;
        case EntityKind::Article:
            m_db->exec(
                "INSERT INTO site_articles (title, content, type, status, author_name, view_count, "
                "published_at) SELECT "
                "'T' || (g % 5), 'c', (ARRAY['standard','blog'])[1 + g % 2], "
                "(ARRAY['draft','published'])[1 + g % 2], "
                "CASE WHEN g % 4 = 0 THEN NULL ELSE 'A' || (g % 3) END, g % 3, "
                "CASE WHEN g % 3 = 0 THEN NULL ELSE timestamptz '2024-01-01 10:00:00.123456+00' + "
                "(g % 4) * interval '1 microsecond' END FROM " +
                n);
            break;
        case EntityKind::News:
            m_db->exec(
                "INSERT INTO news (title, type, priority, status, view_count, share_count, "
                "published_at, scheduled_at) SELECT "
                "'T' || (g % 5), (ARRAY['standard','breaking'])[1 + g % 2], g % 4, "
                "(ARRAY['draft','published'])[1 + g % 2], "
                "g % 3, g % 2, CASE WHEN g % 3 = 0 THEN NULL ELSE now() END, "
                "CASE WHEN g % 2 = 0 THEN NULL ELSE now() + (g % 3) * interval '1 day' END FROM " +
                n);
            break;
        case EntityKind::Video:
            m_db->exec(
                "INSERT INTO videos (title, video_type, status, duration, start_time, view_count) "
                "SELECT 'T' || (g % 5), "
                "(ARRAY['live','recorded'])[1 + g % 2], (ARRAY['draft','ended'])[1 + g % 2], "
                "CASE WHEN g % 3 = 0 THEN NULL ELSE g % 4 END, CASE WHEN g % 5 = 0 THEN NULL ELSE "
                "now() END, g % 3 FROM " +
                n);
            break;
        }
    }

    void insertWhilePaging(EntityKind kind)
    {
        for (int i = 0; i < 3; ++i) {
            QVariantMap v = sample(kind, 500 + i);
            v.insert(QStringLiteral("title"), QStringLiteral("T%1").arg(i * 2));
            m_repo->create(kind, v);
        }
    }

    void totals()
    {
        Query q;
        q.kind = EntityKind::Video;
        const Page estimated = m_repo->list(q, {}, 5);
        QVERIFY(!estimated.totalIsExact);
        QVERIFY(estimated.total >= 0);
        q.exactTotal = true;
        const Page exact = m_repo->list(q, {}, 5);
        QVERIFY(exact.totalIsExact);
        QCOMPARE(exact.total, m_repo->count(q, true));
        q.filters.insert(keys::status, QStringLiteral("ended"));
        QVERIFY(m_repo->count(q, true) < exact.total);
        Query bad;
        bad.sortKey = QStringLiteral("content");
        QCOMPARE(expectError([&] { m_repo->list(bad, {}, 5); }).kind(), StoreError::Kind::Invalid);
        QCOMPARE(expectError([&] { m_repo->list(q, Cursor(QByteArray("garbage")), 5); }).kind(),
                 StoreError::Kind::Invalid);
    }

    void wrongPassword()
    {
        m_db->exec(
            "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ne_pw') THEN "
            "CREATE ROLE ne_pw LOGIN PASSWORD 'right'; END IF; END $$");
        auto repo =
            PgRepository::connect(m_db->conninfo({{"user", "ne_pw"}, {"password", "wrong"}}));
        const StoreError e = expectError([&] { repo->checkConnection(); });
        QCOMPARE(e.kind(), StoreError::Kind::Unauthorized);
        QVERIFY2(e.message().contains(QStringLiteral("password")), qPrintable(e.message()));
        QVERIFY(!repo->pool()->safeConninfo().contains(QStringLiteral("wrong")));
    }

    void unreachable()
    {
        PoolSettings s;
        s.connectTimeout = std::chrono::seconds(2);
        auto repo = PgRepository::connect(m_db->conninfo({{"port", "1"}}), s);
        const StoreError e = expectError([&] { repo->checkConnection(); });
        QCOMPARE(e.kind(), StoreError::Kind::Unavailable);
        QVERIFY2(e.message().contains(QStringLiteral("refused")), qPrintable(e.message()));
        auto dns = PgRepository::connect(m_db->conninfo({{"host", "no-such-host.invalid"}}), s);
        QVERIFY2(
            expectError([&] { dns->checkConnection(); }).message().contains(QStringLiteral("DNS")),
            qPrintable(expectError([&] { dns->checkConnection(); }).message()));
        auto ssl = PgRepository::connect(m_db->conninfo({{"sslmode", "require"}}), s);
        QVERIFY2(
            expectError([&] { ssl->checkConnection(); }).message().contains(QStringLiteral("SSL")),
            qPrintable(expectError([&] { ssl->checkConnection(); }).message()));
    }

    void serverGoingAway_data()
    {
        // libpq's words when the server dies while accepting us (seen in TestPgRestart):
        // each must read as a lost connection worth retrying, not a bare libpq line.
        QTest::addColumn<QString>("libpq");
        QTest::newRow("closed") << QStringLiteral(
            "connection to server at \"127.0.0.1\", port 5432 failed: server closed the "
            "connection unexpectedly\n\tThis probably means the server terminated abnormally");
        QTest::newRow("reset") << QStringLiteral(
            "connection to server at \"127.0.0.1\", port 51373 failed: Connection reset by peer");
    }

    void serverGoingAway()
    {
        QFETCH(QString, libpq);
        const StoreError e = pg::connectError(libpq.toStdString());
        QCOMPARE(e.kind(), StoreError::Kind::Unavailable);
        QVERIFY2(e.message().contains(QStringLiteral("connection was lost")),
                 qPrintable(e.message()));
    }

    void newerSchemaIsReadOnly()
    {
        m_db->exec("INSERT INTO schema_version (version, description) VALUES (99, 'future')");
        auto repo = PgRepository::connect(m_db->conninfo());
        const QVariantMap values = sample(EntityKind::Article, 3);
        const StoreError e = expectError([&] { repo->create(EntityKind::Article, values); });
        const StoreError m = expectError([&] { repo->migrate(); });
        Query q;
        const bool readable = !repo->list(q, {}, 1).records.isEmpty();
        m_db->exec("DELETE FROM schema_version WHERE version = 99");
        QCOMPARE(e.kind(), StoreError::Kind::Forbidden);
        QVERIFY2(e.message().contains(QStringLiteral("newer")), qPrintable(e.message()));
        QCOMPARE(m.kind(), StoreError::Kind::Forbidden);
        QVERIFY(readable); // reading a newer schema is allowed
    }

    void statementTimeout()
    {
        PoolSettings s;
        s.statementTimeout = std::chrono::milliseconds(100);
        auto pool = ConnectionPool::create(m_db->conninfo(), s);
        auto lease = pool->acquire();
        try {
            pqxx::work tx(*lease);
            tx.exec("SELECT pg_sleep(2)");
            QFAIL("no timeout");
        } catch (const std::exception &e) {
            const StoreError mapped = pg::toStoreError(e);
            QCOMPARE(mapped.kind(), StoreError::Kind::Unavailable);
            QVERIFY(mapped.message().contains(QStringLiteral("statement timeout")));
        }
    }

    void poolRecoversFromTerminatedBackends()
    {
        // Fill the pool with idle connections, then kill them all from outside.
        std::vector<ConnectionPool::Lease> leases;
        for (int i = 0; i < 4; ++i)
            leases.push_back(m_repo->pool()->acquire());
        leases.clear();
        QCOMPARE(m_repo->poolStats().idle, 4);
        m_db->exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                   "current_database() "
                   "AND pid <> pg_backend_pid()");
        QTest::qWait(200);
        const qint64 brokenBefore = m_repo->poolStats().brokenReplaced;
        Query q;
        q.kind = EntityKind::Article;
        for (int i = 0; i < 6; ++i)
            QVERIFY(!m_repo->list(q, {}, 5).records.isEmpty());
        m_repo->create(EntityKind::Article, sample(EntityKind::Article, 9));
        QVERIFY(m_repo->poolStats().brokenReplaced > brokenBefore);
    }

    void borrowTimeout()
    {
        PoolSettings s;
        s.maxOpen = 1;
        s.borrowTimeout = std::chrono::milliseconds(200);
        auto pool = ConnectionPool::create(m_db->conninfo(), s);
        auto held = pool->acquire();
        QElapsedTimer t;
        t.start();
        const StoreError e = expectError([&] { pool->acquire(); });
        QCOMPARE(e.kind(), StoreError::Kind::Unavailable);
        QVERIFY(t.elapsed() >= 190);
        QCOMPARE(pool->stats().waitCount, 1);
        QCOMPARE(pool->stats().active, 1);
    }
};

QTEST_GUILESS_MAIN(TestPgRepository)
#include "TestPgRepository.moc"
