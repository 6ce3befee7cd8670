// SPDX-License-Identifier: MIT
// RestStore against the real nextevent-server on a throwaway PostgreSQL database (run
// through scripts/with-services, which sets NE_TEST_PG_URI).
#include "Jwt.h"
#include "RestTestSupport.h"
#include "ServerHarness.h"

#include "store/rest/RestClient.h"
#include "store/rest/RestStore.h"
#include "store/rest/RestThumbnails.h"
#include "store/rest/RestUploader.h"
#include "store/rest/SseStream.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFutureWatcher>
#include <QImage>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <csignal>
#include <malloc.h>
#include <pqxx/pqxx>

using namespace ne;
using namespace ne::test;

class TestRestStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void crudRoundTrip();
    void searchFilterSort();
    void cursorPagingToTheEnd();
    void answeredCallsLeaveMemory();
    void bulkUpdate();
    void conflictCarriesCurrentRow();
    void invalidInputIsRefusedWithFields();
    void expiredTokenLogsInOnceAndReplays();
    void wrongPasswordFailsClearly();
    void wrongApiKeyIsUnauthorized();
    void liveRefreshFromAnotherClient();
    void uploadAndThumbnailCaches();
    void tusUploadInChecksummedChunks();
    void tusResumesFromTheServersOffsetAfterACut();
    void readsAreRetriedThroughAnOutage();
    void lostWriteIsReconciledNotDuplicated();
    void lostUpdateIsReconciledNotDuplicated();
    void serverRestartAvailabilityAndEventsResume();

private:
    RestSettings settings() const;
    std::unique_ptr<RestStore> newStore(RestSettings s);
    QString createArticle(RestStore &store, const QString &title, const QString &status = {});
    qint64 countRows(const QString &sql);
    /// A PNG of noise (it does not compress) of about width * height * 3 bytes.
    QString noisePng(const QString &name, int width, int height);
    /// The upload URLs a resume book file remembers.
    static QStringList rememberedUploads(const QString &bookFile);

    ServerHarness m_h;
    quint16 m_port = 0;
    std::unique_ptr<RestStore> m_store;
    QTemporaryDir m_dir;
};

RestSettings TestRestStore::settings() const
{
    RestSettings s;
    s.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    s.apiKey = m_h.apiKey();
    s.transferTimeoutMs = 2000;
    s.backoffBaseMs = 100;
    s.maxReadRetries = 10;
    s.probeIntervalMs = 200;
    return s;
}

std::unique_ptr<RestStore> TestRestStore::newStore(RestSettings s)
{
    return std::make_unique<RestStore>(std::move(s));
}

void TestRestStore::initTestCase()
{
    const QString error = m_h.setUp(QStringLiteral("rest"));
    if (!error.isEmpty())
        QFAIL(qPrintable(error));
    QCOMPARE(m_h.start(), 0);
    m_port = m_h.port(0);
    RestSettings s = settings();
    s.liveEvents = false;
    m_store = newStore(s);
}

QString TestRestStore::createArticle(RestStore &store, const QString &title, const QString &status)
{
    QVariantMap values{{QStringLiteral("title"), title},
                       {QStringLiteral("content"), QStringLiteral("<p>Body of %1</p>").arg(title)},
                       {QStringLiteral("type"), QStringLiteral("standard")}};
    if (!status.isEmpty())
        values.insert(QStringLiteral("status"), status);
    const auto created = await(store.create(EntityKind::Article, values));
    if (!created.value)
        qWarning("create failed: %s",
                 qPrintable(created.error ? created.error->message() : QString()));
    return created.value ? created.value->id() : QString();
}

qint64 TestRestStore::countRows(const QString &sql)
{
    pqxx::connection c(m_h.databaseUri().toStdString());
    pqxx::nontransaction tx(c);
    return tx.exec1(sql.toStdString())[0].as<long long>();
}

void TestRestStore::crudRoundTrip()
{
    const QString id = createArticle(*m_store, QStringLiteral("Round trip"));
    QVERIFY(!id.isEmpty());
    auto got = await(m_store->get(EntityKind::Article, id));
    NE_REQUIRE_VALUE(got);
    QCOMPARE(got.value->value(QStringLiteral("title")).toString(), QStringLiteral("Round trip"));
    QVERIFY(got.value->version() >= 1);
    QCOMPARE(got.value->value(keys::createdAt).typeId(), QMetaType::QDateTime);

    auto updated = await(m_store->update(
        EntityKind::Article, id, {{QStringLiteral("title"), QStringLiteral("Round trip 2")}},
        got.value->version()));
    NE_REQUIRE_VALUE(updated);
    QCOMPARE(updated.value->version(), got.value->version() + 1);
    QCOMPARE(updated.value->value(QStringLiteral("title")).toString(),
             QStringLiteral("Round trip 2"));

    auto removed = await(m_store->remove(EntityKind::Article, {id}));
    NE_REQUIRE_VALUE(removed);
    QCOMPARE(*removed.value, 1);
    auto gone = await(m_store->get(EntityKind::Article, id));
    QVERIFY(gone.error);
    QCOMPARE(gone.error->kind(), StoreError::Kind::NotFound);

    Query trash;
    trash.kind = EntityKind::Article;
    trash.trash = true;
    trash.search = QStringLiteral("Round");
    auto inTrash = await(m_store->list(trash, Cursor(), 50));
    NE_REQUIRE_VALUE(inTrash);
    QCOMPARE(inTrash.value->records.size(), 1);
    QCOMPARE(inTrash.value->records.first().id(), id);
    QVERIFY(inTrash.value->records.first().isDeleted());

    auto restored = await(m_store->restore(EntityKind::Article, {id}));
    NE_REQUIRE_VALUE(restored);
    QCOMPARE(*restored.value, 1);
    NE_REQUIRE_VALUE(await(m_store->get(EntityKind::Article, id)));
}

void TestRestStore::searchFilterSort()
{
    const QString word = QStringLiteral("zebra%1").arg(QRandomGenerator::global()->bounded(100000));
    createArticle(*m_store, word + QStringLiteral(" charlie"), QStringLiteral("published"));
    createArticle(*m_store, word + QStringLiteral(" alpha"), QStringLiteral("draft"));
    createArticle(*m_store, word + QStringLiteral(" bravo"), QStringLiteral("published"));

    Query q;
    q.kind = EntityKind::Article;
    q.search = word;
    q.sortKey = QStringLiteral("title");
    q.order = Qt::AscendingOrder;
    auto all = await(m_store->list(q, Cursor(), 20));
    NE_REQUIRE_VALUE(all);
    QStringList titles;
    for (const Record &r : all.value->records)
        titles.append(r.value(QStringLiteral("title")).toString());
    QCOMPARE(titles, (QStringList{word + QStringLiteral(" alpha"), word + QStringLiteral(" bravo"),
                                  word + QStringLiteral(" charlie")}));

    q.filters.insert(keys::status, QStringLiteral("published"));
    q.order = Qt::DescendingOrder;
    auto published = await(m_store->list(q, Cursor(), 20));
    NE_REQUIRE_VALUE(published);
    QCOMPARE(published.value->records.size(), 2);
    QCOMPARE(published.value->records.at(0).value(QStringLiteral("title")).toString(),
             word + QStringLiteral(" charlie"));

    Query bad = q;
    bad.sortKey = QStringLiteral("content");
    auto refused = await(m_store->list(bad, Cursor(), 20));
    QVERIFY(refused.error);
    QCOMPARE(refused.error->kind(), StoreError::Kind::Invalid);
}

void TestRestStore::cursorPagingToTheEnd()
{
    const int rows = 437;
    countRows(
        QStringLiteral("WITH ins AS (INSERT INTO site_articles (title, content, type, created_at) "
                       "SELECT 'pagingrun row ' || g, 'x', 'standard', "
                       "now() - (g % 7) * interval '1 second' FROM generate_series(1, %1) g "
                       "RETURNING 1) SELECT count(*) FROM ins")
            .arg(rows));
    Query q;
    q.kind = EntityKind::Article;
    q.search = QStringLiteral("pagingrun");
    // An exact total says "12 pages" on every page; the last one must still end the list.
    q.exactTotal = true;
    QSet<QString> seen;
    Cursor cursor;
    int pages = 0;
    do {
        auto page = await(m_store->list(q, cursor, 37));
        NE_REQUIRE_VALUE(page);
        for (const Record &r : page.value->records) {
            QVERIFY2(!seen.contains(r.id()), "a row came twice");
            seen.insert(r.id());
        }
        cursor = page.value->nextCursor;
        ++pages;
        QVERIFY(pages <= rows / 37 + 2);
    } while (!cursor.isNull());
    QCOMPARE(seen.size(), rows);
    QCOMPARE(pages, rows / 37 + 1);
}

void TestRestStore::answeredCallsLeaveMemory()
{
    // Paging through a list must not keep what it paged: an answered call and its reply
    // body are freed with the reply, not when the call's deadline would have expired.
    Query q;
    q.kind = EntityKind::Article;
    q.search = QStringLiteral("pagingrun"); // cursorPagingToTheEnd's 437 rows
    const auto pageThrough = [&] {
        Cursor cursor;
        do {
            auto page = await(m_store->list(q, cursor, 100));
            if (!page.value)
                return false;
            cursor = page.value->nextCursor;
        } while (!cursor.isNull());
        return true;
    };
    const auto heapInUse = [] {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
        return qint64(mallinfo2().uordblks);
    };
    QVERIFY(pageThrough()); // connections, caches and pools set up
    const qint64 before = heapInUse();
    qint64 bodyBytes = 0;
    for (int pass = 0; pass < 80; ++pass)
        QVERIFY(pageThrough());
    {
        auto one = await(m_store->list(q, {}, 100));
        NE_REQUIRE_VALUE(one);
        bodyBytes = qint64(one.value->records.size()) * 200; // far below a real row's JSON
    }
    const qint64 grown = heapInUse() - before;
    // 400 answered calls: kept, they hold 400 bodies of 100 rows.
    QVERIFY2(
        grown < 400 * bodyBytes / 4,
        qPrintable(
            QStringLiteral("the heap grew by %1 KB over 400 answered calls").arg(grown / 1024)));
}

void TestRestStore::bulkUpdate()
{
    QStringList ids;
    for (int i = 0; i < 3; ++i)
        ids.append(createArticle(*m_store, QStringLiteral("bulk %1").arg(i)));
    auto n = await(m_store->updateMany(EntityKind::Article, ids,
                                       {{keys::status, QStringLiteral("archived")}}));
    NE_REQUIRE_VALUE(n);
    QCOMPARE(*n.value, 3);
    for (const QString &id : ids) {
        auto r = await(m_store->get(EntityKind::Article, id));
        NE_REQUIRE_VALUE(r);
        QCOMPARE(r.value->value(keys::status).toString(), QStringLiteral("archived"));
    }
    Query refresh;
    refresh.kind = EntityKind::Article;
    refresh.ids = ids;
    NE_REQUIRE_VALUE(await(m_store->remove(EntityKind::Article, {ids.first()})));
    auto page = await(m_store->list(refresh, Cursor(), 3));
    NE_REQUIRE_VALUE(page);
    QCOMPARE(page.value->records.size(), 2); // the deleted row is absent, not an error
}

void TestRestStore::conflictCarriesCurrentRow()
{
    const QString id = createArticle(*m_store, QStringLiteral("conflict base"));
    auto base = await(m_store->get(EntityKind::Article, id));
    NE_REQUIRE_VALUE(base);
    const qint64 v = base.value->version();
    NE_REQUIRE_VALUE(await(m_store->update(
        EntityKind::Article, id, {{QStringLiteral("title"), QStringLiteral("theirs")}}, v)));
    auto mine = await(m_store->update(EntityKind::Article, id,
                                      {{QStringLiteral("title"), QStringLiteral("mine")}}, v));
    QVERIFY(mine.error);
    QCOMPARE(mine.error->kind(), StoreError::Kind::Conflict);
    QCOMPARE(Record(mine.error->current()).version(), v + 1);
    QCOMPARE(mine.error->current().value(QStringLiteral("title")).toString(),
             QStringLiteral("theirs"));
}

void TestRestStore::invalidInputIsRefusedWithFields()
{
    auto bad = await(m_store->create(EntityKind::Article,
                                     {{QStringLiteral("title"), QString(600, QLatin1Char('x'))},
                                      {QStringLiteral("content"), QStringLiteral("c")},
                                      {QStringLiteral("type"), QStringLiteral("nonsense")}}));
    QVERIFY(bad.error);
    QCOMPARE(bad.error->kind(), StoreError::Kind::Invalid);
    QStringList keysWithErrors;
    for (const FieldError &f : bad.error->fieldErrors())
        keysWithErrors.append(f.key);
    QVERIFY(keysWithErrors.contains(QStringLiteral("title")));
    QVERIFY(keysWithErrors.contains(QStringLiteral("type")));
}

void TestRestStore::expiredTokenLogsInOnceAndReplays()
{
    RestSettings s = settings();
    s.apiKey.clear();
    s.username = QStringLiteral("alice");
    s.password = QStringLiteral("wonderland-42");
    s.liveEvents = false;
    auto store = newStore(s);
    // A token kept from an earlier session, expired an hour ago, signed by this server.
    const server::Jwt jwt(m_h.jwtSecret());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    store->client()->auth().setToken(jwt.sign({QStringLiteral("1"), QStringLiteral("alice"),
                                               QStringLiteral("editor"), now - 7200, now - 3600}));
    Query q;
    q.kind = EntityKind::Article;
    QList<QFuture<Page>> pending;
    for (int i = 0; i < 5; ++i)
        pending.append(store->list(q, Cursor(), 5));
    for (const QFuture<Page> &f : pending)
        NE_REQUIRE_VALUE(await(f));
    QCOMPARE(store->client()->loginCount(), 1);
    // The new token works for writes as well, without another login.
    QVERIFY(!createArticle(*store, QStringLiteral("written after re-login")).isEmpty());
    QCOMPARE(store->client()->loginCount(), 1);
}

void TestRestStore::wrongPasswordFailsClearly()
{
    RestSettings s = settings();
    s.apiKey.clear();
    s.username = QStringLiteral("alice");
    s.password = QStringLiteral("not-her-password");
    s.liveEvents = false;
    auto store = newStore(s);
    QSignalSpy loginFailed(store->client(), &RestClient::loginFailed);
    Query q;
    auto a = store->list(q, Cursor(), 5);
    auto b = store->get(EntityKind::Article, QUuid::createUuid().toString(QUuid::WithoutBraces));
    auto ra = await(a);
    auto rb = await(b);
    QVERIFY(ra.error && rb.error);
    QCOMPARE(ra.error->kind(), StoreError::Kind::Unauthorized);
    QCOMPARE(rb.error->kind(), StoreError::Kind::Unauthorized);
    QCOMPARE(store->client()->loginCount(), 1);
    QCOMPARE(loginFailed.size(), 1);
    // The password reaches neither the person's message nor the log's detail.
    for (const StoreError &e : {*ra.error, *rb.error}) {
        QVERIFY(!e.message().contains(s.password));
        QVERIFY(!e.detail().contains(s.password));
    }
}

void TestRestStore::wrongApiKeyIsUnauthorized()
{
    RestSettings s = settings();
    s.apiKey = QStringLiteral("nek_wrong");
    s.liveEvents = false;
    auto store = newStore(s);
    const auto check = awaitVoid(store->checkConnection());
    QVERIFY(check);
    QCOMPARE(check->kind(), StoreError::Kind::Unauthorized);
    QVERIFY(!awaitVoid(m_store->checkConnection()));
}

void TestRestStore::liveRefreshFromAnotherClient()
{
    auto store = newStore(settings());
    QVERIFY(QTest::qWaitFor([&] { return store->events()->isConnected(); }, 10000));
    QSignalSpy changed(store.get(), &Store::changed);
    // Another client (plain HTTP, not this store) writes.
    const HttpResult r =
        m_h.request("POST", QStringLiteral("/api/v2/articles"),
                    R"({"title":"from elsewhere","content":"c","type":"standard"})");
    QCOMPARE(r.status, 201);
    const QString id = r.json().value(QStringLiteral("id")).toString();
    QTRY_VERIFY(std::any_of(changed.begin(), changed.end(), [&](const QList<QVariant> &args) {
        return args.at(0).value<EntityKind>() == EntityKind::Article &&
               args.at(1).toStringList().contains(id);
    }));
}

void TestRestStore::uploadAndThumbnailCaches()
{
    QImage picture(640, 480, QImage::Format_RGB32);
    picture.fill(QColor(QRandomGenerator::global()->bounded(256), 90, 160));
    const QString path = m_dir.filePath(QStringLiteral("upload.png"));
    QVERIFY(picture.save(path));
    RestSettings s = settings();
    s.liveEvents = false;
    s.cacheDirectory = m_dir.filePath(QStringLiteral("cache"));
    auto store = newStore(s);

    auto ref = await(store->putMedia(path));
    NE_REQUIRE_VALUE(ref);
    QCOMPARE(ref.value->width, 640);
    QVERIFY(!ref.value->alreadyPresent);
    auto again = await(store->putMedia(path));
    NE_REQUIRE_VALUE(again);
    QVERIFY(again.value->alreadyPresent);
    QCOMPARE(again.value->sha256, ref.value->sha256);
    QCOMPARE(
        countRows(QStringLiteral(
                      "SELECT count(*) FROM site_images WHERE encode(content_sha256, 'hex') = '%1'")
                      .arg(ref.value->sha256)),
        qint64(1));

    auto image = await(store->create(EntityKind::Image,
                                     {{QStringLiteral("contentSha256"), ref.value->sha256},
                                      {QStringLiteral("title"), QStringLiteral("Uploaded picture")},
                                      {QStringLiteral("type"), QStringLiteral("gallery")}}));
    NE_REQUIRE_VALUE(image);
    QCOMPARE(image.value->value(QStringLiteral("title")).toString(),
             QStringLiteral("Uploaded picture"));

    auto first = await(store->thumbnail(*image.value, QSize(128, 128)));
    NE_REQUIRE_VALUE(first);
    QCOMPARE(first.value->size(), QSize(128, 96));
    QCOMPARE(store->thumbnails()->misses(), 1);
    auto second = await(store->thumbnail(*image.value, QSize(128, 128)));
    NE_REQUIRE_VALUE(second);
    QCOMPARE(store->thumbnails()->memoryHits(), 1);
    QCOMPARE(store->thumbnails()->misses(), 1);

    // A new session on the same disk cache: no network transfer for the same bytes.
    store.reset();
    auto fresh = newStore(s);
    auto third = await(fresh->thumbnail(*image.value, QSize(64, 64)));
    NE_REQUIRE_VALUE(third);
    QCOMPARE(fresh->thumbnails()->diskHits(), 1);
    QCOMPARE(fresh->thumbnails()->misses(), 0);
}

QString TestRestStore::noisePng(const QString &name, int width, int height)
{
    QImage picture(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y)
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(picture.scanLine(y)),
                                              width);
    const QString path = m_dir.filePath(name);
    return picture.save(path, "PNG", 0) ? path : QString();
}

QStringList TestRestStore::rememberedUploads(const QString &bookFile)
{
    QFile file(bookFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList urls;
    const QJsonObject entries = QJsonDocument::fromJson(file.readAll()).object();
    for (const QJsonValue &entry : entries)
        urls << entry.toObject().value(QStringLiteral("url")).toString();
    return urls;
}

namespace {
QString sha256Of(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}
} // namespace

void TestRestStore::tusUploadInChecksummedChunks()
{
    const QString path = noisePng(QStringLiteral("chunks.png"), 1200, 1000);
    QVERIFY(!path.isEmpty());
    const qint64 size = QFileInfo(path).size();
    RestSettings s = settings();
    s.liveEvents = false;
    s.uploadChunkBytes = 1024 * 1024;
    s.uploadStateFile = m_dir.filePath(QStringLiteral("chunks-uploads.json"));
    auto store = newStore(s);
    QVERIFY(size > 3 * s.uploadChunkBytes); // several PATCHes

    auto ref = await(store->putMedia(path));
    NE_REQUIRE_VALUE(ref);
    QCOMPARE(store->uploader()->offersTus(), std::optional<bool>(true));
    QCOMPARE(store->uploader()->patchedBytes(), size); // every byte once, none via multipart
    QCOMPARE(ref.value->sha256, sha256Of(path));
    QCOMPARE(ref.value->width, 1200);
    QVERIFY(!ref.value->alreadyPresent);
    // The server computed the same SHA-256 over what it stored.
    QCOMPARE(countRows(QStringLiteral("SELECT count(*) FROM site_images WHERE "
                                      "encode(content_sha256, 'hex') = '%1' AND file_size = %2")
                           .arg(ref.value->sha256)
                           .arg(size)),
             qint64(1));
    QVERIFY(rememberedUploads(s.uploadStateFile).isEmpty()); // nothing left to resume

    // The same bytes again: a new tus upload that finds the stored image.
    auto again = await(store->putMedia(path));
    NE_REQUIRE_VALUE(again);
    QVERIFY(again.value->alreadyPresent);
    QCOMPARE(again.value->sha256, ref.value->sha256);
}

void TestRestStore::tusResumesFromTheServersOffsetAfterACut()
{
    const QString path = noisePng(QStringLiteral("resume.png"), 2000, 1600);
    QVERIFY(!path.isEmpty());
    const qint64 size = QFileInfo(path).size();
    RestSettings s = settings();
    s.liveEvents = false;
    s.uploadChunkBytes = 1024 * 1024;
    s.uploadStateFile = m_dir.filePath(QStringLiteral("resume-uploads.json"));
    qint64 serverOffset = 0;
    {
        auto store = newStore(s);
        QFuture<MediaRef> first = store->putMedia(path);
        QFutureWatcher<MediaRef> watcher;
        watcher.setFuture(first);
        // Cut the transfer once a few chunks are stored: the connection closes mid-PATCH.
        connect(&watcher, &QFutureWatcherBase::progressValueChanged, &watcher, [&](int kib) {
            if (kib >= 3 * 1024)
                watcher.cancel();
        });
        QVERIFY(QTest::qWaitFor([&] { return first.isFinished(); }, 60000));
        QVERIFY(first.isCanceled());
        QVERIFY(store->uploader()->patchedBytes() < size);
    } // the app goes away; only the resume book stays

    const QStringList remembered = rememberedUploads(s.uploadStateFile);
    QCOMPARE(remembered.size(), 1);
    // The cut PATCH may have handed its whole body to the server before the socket closed;
    // the server then still verifies and stores that chunk, and HEAD reports the offset
    // without it until it has. Wait until the offset holds still across three probes.
    int steady = 0;
    const bool settled = QTest::qWaitFor(
        [&] {
            const HttpResult head = m_h.request("HEAD", QUrl(remembered.first()).path(), {},
                                                {{"Tus-Resumable", "1.0.0"}});
            if (head.status != 200)
                return false;
            const qint64 offset = head.header("upload-offset").toLongLong();
            steady = offset == serverOffset ? steady + 1 : 0;
            serverOffset = offset;
            if (steady < 2)
                QTest::qWait(250);
            return steady >= 2;
        },
        20000);
    QVERIFY2(settled, "HEAD never answered the same offset three times in a row");
    QVERIFY2(serverOffset > 0 && serverOffset < size, QByteArray::number(serverOffset).constData());

    auto store = newStore(s); // a restarted app, same resume book
    auto ref = await(store->putMedia(path));
    NE_REQUIRE_VALUE(ref);
    // Only what the server lacked went over the wire again.
    QCOMPARE(store->uploader()->patchedBytes(), size - serverOffset);
    QCOMPARE(ref.value->sha256, sha256Of(path));
    QCOMPARE(countRows(QStringLiteral("SELECT count(*) FROM site_images WHERE "
                                      "encode(content_sha256, 'hex') = '%1' AND file_size = %2")
                           .arg(ref.value->sha256)
                           .arg(size)),
             qint64(1));
    QVERIFY(rememberedUploads(s.uploadStateFile).isEmpty());
}

void TestRestStore::readsAreRetriedThroughAnOutage()
{
    const qint64 pid = m_h.process(0)->processId();
    const qint64 retriesBefore = m_store->client()->retryCount();
    ::kill(pid_t(pid), SIGSTOP); // the server accepts connections but answers nothing
    QTimer::singleShot(3500, this, [pid] { ::kill(pid_t(pid), SIGCONT); });
    Query q;
    q.kind = EntityKind::Article;
    auto page = await(m_store->list(q, Cursor(), 10));
    NE_REQUIRE_VALUE(page);
    QVERIFY(!page.value->records.isEmpty());
    QVERIFY(m_store->client()->retryCount() > retriesBefore);
}

void TestRestStore::lostWriteIsReconciledNotDuplicated()
{
    const QString title =
        QStringLiteral("lost answer %1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    const qint64 pid = m_h.process(0)->processId();
    ::kill(pid_t(pid), SIGSTOP);
    QTimer::singleShot(3000, this, [pid] { ::kill(pid_t(pid), SIGCONT); });
    auto created = await(m_store->create(EntityKind::Article,
                                         {{QStringLiteral("title"), title},
                                          {QStringLiteral("content"), QStringLiteral("c")},
                                          {QStringLiteral("type"), QStringLiteral("standard")}}));
    QVERIFY(created.finished);
    const qint64 rows = countRows(
        QStringLiteral("SELECT count(*) FROM site_articles WHERE title = '%1'").arg(title));
    // Never twice; and the answer tells the truth about what the database holds.
    if (!created.value) {
        QCOMPARE(created.error->kind(), StoreError::Kind::Unavailable);
        QCOMPARE(rows, qint64(0));
        QSKIP("the server dropped the request whose answer was lost; nothing to reconcile");
    }
    QCOMPARE(rows, qint64(1));
    QCOMPARE(created.value->value(QStringLiteral("title")).toString(), title);
}

void TestRestStore::lostUpdateIsReconciledNotDuplicated()
{
    const QString id = createArticle(*m_store, QStringLiteral("lost update"));
    auto before = await(m_store->get(EntityKind::Article, id));
    NE_REQUIRE_VALUE(before);
    // Applied once, reported once, at version + 1, whichever way the outage went.
    const qint64 v = before.value->version();
    const qint64 pid = m_h.process(0)->processId();
    ::kill(pid_t(pid), SIGSTOP);
    QTimer::singleShot(3000, this, [pid] { ::kill(pid_t(pid), SIGCONT); });
    auto updated = await(
        m_store->update(EntityKind::Article, id,
                        {{QStringLiteral("summary"), QStringLiteral("after the outage")}}, v));
    NE_REQUIRE_VALUE(updated);
    QCOMPARE(updated.value->version(), v + 1);
    QCOMPARE(countRows(QStringLiteral("SELECT version FROM site_articles WHERE id = '%1'").arg(id)),
             v + 1);
}

void TestRestStore::serverRestartAvailabilityAndEventsResume()
{
    auto store = newStore(settings());
    QVERIFY(QTest::qWaitFor([&] { return store->events()->isConnected(); }, 10000));
    QSignalSpy availability(store.get(), &Store::availabilityChanged);
    QSignalSpy changed(store.get(), &Store::changed);
    m_h.stop(0);
    QTRY_VERIFY(!availability.isEmpty() && !availability.last().at(0).toBool());
    QVERIFY(!store->client()->isAvailable());

    QCOMPARE(m_h.start({QStringLiteral("--port"), QString::number(m_port)}), 1);
    QTRY_VERIFY_WITH_TIMEOUT(availability.last().at(0).toBool(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(store->events()->isConnected(), 15000);
    // Whatever changed while the stream was down is reloaded...
    QTRY_VERIFY(std::any_of(changed.begin(), changed.end(), [](const QList<QVariant> &args) {
        return args.at(0).value<EntityKind>() == EntityKind::Article &&
               args.at(1).toStringList().isEmpty();
    }));
    // ...and live events flow again.
    changed.clear();
    const HttpResult r =
        m_h.request("POST", QStringLiteral("/api/v2/articles"),
                    R"({"title":"after restart","content":"c","type":"standard"})", {}, 1);
    QCOMPARE(r.status, 201);
    const QString id = r.json().value(QStringLiteral("id")).toString();
    QTRY_VERIFY(std::any_of(changed.begin(), changed.end(), [&](const QList<QVariant> &args) {
        return args.at(1).toStringList().contains(id);
    }));
    // The long-lived store of the other tests works against the new process too.
    NE_REQUIRE_VALUE(await(m_store->get(EntityKind::Article, id)));
}

QTEST_GUILESS_MAIN(TestRestStore)
#include "TestRestStore.moc"
