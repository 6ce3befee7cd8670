// SPDX-License-Identifier: MIT
// PgStore: futures on the io pool, and live refresh from other sessions' NOTIFYs.
#include "Await.h"
#include "PgTestDatabase.h"

#include "store/postgres/PgStore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <QDir>
#include <QImage>

#include <pqxx/pqxx>

using namespace ne;
using ne::test::await;

class TestPgStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::PgTestDatabase> m_db;
    std::unique_ptr<PgStore> m_store;

    bool waitListening()
    {
        return QTest::qWaitFor([&] { return m_store->isListening(); }, 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<test::PgTestDatabase>();
        if (!m_db->isValid())
            QFAIL(qPrintable(test::PgTestDatabase::missingMessage()));
        PoolSettings s;
        s.maxOpen = 4;
        m_store = PgStore::open(m_db->conninfo(), s);
        QVERIFY(m_store->description().startsWith(QStringLiteral("PostgreSQL")));
        std::optional<StoreError::Kind> failure;
        auto check =
            m_store->checkConnection().onFailed([&](const StoreError &e) { failure = e.kind(); });
        QTRY_VERIFY_WITH_TIMEOUT(check.isFinished(), 20000);
        QCOMPARE(failure, StoreError::Kind::Unavailable); // no schema yet
        await(m_store->migrate().then([] { return 0; }));
        QCOMPARE(await(m_store->schemaVersion()), PgRepository::supportedSchemaVersion());
        QVERIFY(waitListening());
    }

    void cleanupTestCase()
    {
        m_store.reset();
        m_db.reset();
    }

    void futures()
    {
        const Record a = await(m_store->create(
            EntityKind::Article, {{QStringLiteral("title"), QStringLiteral("Via store")},
                                  {QStringLiteral("content"), QStringLiteral("x")}}));
        Query q;
        q.kind = EntityKind::Article;
        const Page page = await(m_store->list(q, {}, 10));
        QCOMPARE(page.records.value(0).id(), a.id());
        bool failed = false;
        auto f =
            m_store->get(EntityKind::Article, QUuid::createUuid().toString(QUuid::WithoutBraces))
                .then([](const Record &r) { return r.id(); })
                .onFailed([&](const StoreError &e) {
                    failed = e.kind() == StoreError::Kind::NotFound;
                    return QString();
                });
        await(f);
        QVERIFY(failed);
    }

    void notifyFromAnotherSession()
    {
        QSignalSpy spy(m_store.get(), &Store::changed);
        const Record a = await(m_store->create(
            EntityKind::Article, {{QStringLiteral("title"), QStringLiteral("Watched")},
                                  {QStringLiteral("content"), QStringLiteral("x")}}));
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 2000); // our own write, announced once
        spy.clear();
        QElapsedTimer t;
        t.start();
        m_db->exec("UPDATE site_articles SET title = 'Edited elsewhere' WHERE id = '" +
                   a.id().toStdString() + "'");
        QVERIFY(spy.wait(1000));
        QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(spy.at(0).at(0).value<EntityKind>(), EntityKind::Article);
        QCOMPARE(spy.at(0).at(1).toStringList(), QStringList{a.id()});
        QTest::qWait(200);
        QCOMPARE(spy.size(), 1); // not echoed a second time
    }

    void reconnectsAfterTermination()
    {
        QSignalSpy availability(m_store.get(), &Store::availabilityChanged);
        QSignalSpy spy(m_store.get(), &Store::changed);
        m_db->exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                   "current_database() "
                   "AND pid <> pg_backend_pid()");
        QVERIFY(QTest::qWaitFor([&] { return availability.size() >= 2; }, 10000)); // down, then up
        QCOMPARE(availability.last().at(0).toBool(), true);
        QVERIFY(waitListening());
        QVERIFY(QTest::qWaitFor([&] { return spy.size() >= 4; }, 2000)); // resync of every kind
        spy.clear();
        m_db->exec("INSERT INTO videos (title, video_type) VALUES ('After restart', 'live')");
        QVERIFY(spy.wait(2000));
        QCOMPARE(spy.last().at(0).value<EntityKind>(), EntityKind::Video);
        // The pool replaced its killed connections too.
        Query q;
        q.kind = EntityKind::Video;
        QCOMPARE(await(m_store->list(q, {}, 10)).records.size(), 1);
    }

    void putMediaAndThumbnail()
    {
        QImage img(64, 32, QImage::Format_RGB32);
        img.fill(Qt::red);
        const QString path = QDir::temp().filePath(
            QStringLiteral("ne-pg-test-%1.png").arg(QCoreApplication::applicationPid()));
        QVERIFY(img.save(path));
        const MediaRef ref = await(m_store->putMedia(path));
        QFile::remove(path);
        QCOMPARE(ref.width, 64);
        QCOMPARE(ref.mimeType, QStringLiteral("image/png"));
        const Record image = await(
            m_store->create(EntityKind::Image, {{QStringLiteral("title"), QStringLiteral("Red")},
                                                {QStringLiteral("contentSha256"), ref.sha256}}));
        const QImage thumb = await(m_store->thumbnail(image, QSize(16, 16)));
        QCOMPARE(thumb.size(), QSize(16, 8));
    }
};

QTEST_GUILESS_MAIN(TestPgStore)
#include "TestPgStore.moc"
