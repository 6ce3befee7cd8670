// SPDX-License-Identifier: MIT
// RestStore against the platform's API as deployed today (CONTRACT.md 1.1–1.2): its
// {data,count,total} and {success,data:{items,…}} envelopes, offset and page paging,
// snake_case fields; plus proxies that answer HTML or cut the JSON, and TLS refusal and
// pinning. A local peer serves those shapes: it stands in for a third-party deployment.
#include "LegacyPeer.h"
#include "RestTestSupport.h"

#include "store/rest/RestStore.h"
#include "store/rest/RestUploader.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QtTest>

using namespace ne;
using namespace ne::test;

namespace {

QString uuidFor(const char *prefix, int i)
{
    return QStringLiteral("%1-0000-4000-8000-%2")
        .arg(QLatin1String(prefix))
        .arg(i, 12, 10, QLatin1Char('0'));
}

QJsonObject goImage(int i)
{
    return {{QStringLiteral("id"), uuidFor("00000001", i)},
            {QStringLiteral("title"), QStringLiteral("Image %1").arg(i)},
            {QStringLiteral("url"), QStringLiteral("/uploads/%1.jpg").arg(i)},
            {QStringLiteral("thumbnail"), QStringLiteral("/uploads/t%1.jpg").arg(i)},
            {QStringLiteral("alt_text"), QStringLiteral("alt %1").arg(i)},
            {QStringLiteral("created_at"),
             QStringLiteral("2024-05-01T10:%1:00+08:00").arg(59 - i % 60, 2, 10, QLatin1Char('0'))},
            {QStringLiteral("updated_at"), QStringLiteral("2024-05-02T10:00:00+08:00")},
            {QStringLiteral("author"), QJsonValue::Null},
            {QStringLiteral("size"), QJsonValue::Null},
            {QStringLiteral("width"), 800},
            {QStringLiteral("height"), 600}};
}

QJsonObject goNews(int i)
{
    return {{QStringLiteral("id"), uuidFor("00000002", i)},
            {QStringLiteral("title"), QStringLiteral("News %1").arg(i)},
            {QStringLiteral("type"), QStringLiteral("regular")},
            {QStringLiteral("status"), QStringLiteral("published")},
            {QStringLiteral("createdAt"), QStringLiteral("2024-05-01T10:00:00Z")}};
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// The deployed Go server's answers, as CONTRACT.md 1.2 documents them.
PeerResponse platform(const PeerRequest &r)
{
    const int limit = r.query.queryItemValue(QStringLiteral("limit")).toInt();
    if (r.path == QStringLiteral("/api/v2/images")) { // limit + offset, {data,count,total}
        const int offset = r.query.queryItemValue(QStringLiteral("offset")).toInt();
        QJsonArray data;
        for (int i = offset; i < std::min(45, offset + (limit > 0 ? limit : 50)); ++i)
            data.append(goImage(i));
        return {200, "application/json; charset=utf-8",
                json({{QStringLiteral("data"), data},
                      {QStringLiteral("count"), data.size()},
                      {QStringLiteral("total"), 45}})};
    }
    if (r.path == QStringLiteral("/api/v2/news")) { // page + pageSize, {success,data:{items,…}}
        const int page = std::max(1, r.query.queryItemValue(QStringLiteral("page")).toInt());
        const int size =
            std::clamp(r.query.queryItemValue(QStringLiteral("pageSize")).toInt(), 1, 100);
        QJsonArray items;
        for (int i = (page - 1) * size; i < std::min(23, page * size); ++i)
            items.append(goNews(i));
        const int pages = (23 + size - 1) / size;
        return {200, "application/json; charset=utf-8",
                json({{QStringLiteral("success"), true},
                      {QStringLiteral("message"), QStringLiteral("ok")},
                      {QStringLiteral("data"),
                       QJsonObject{{QStringLiteral("items"), items},
                                   {QStringLiteral("totalCount"), 23},
                                   {QStringLiteral("pageNumber"), page},
                                   {QStringLiteral("pageSize"), size},
                                   {QStringLiteral("totalPages"), pages},
                                   {QStringLiteral("hasNextPage"), page < pages},
                                   {QStringLiteral("hasPrevPage"), page > 1}}}})};
    }
    if (r.path == QStringLiteral("/api/v2/videos")) { // fixed LIMIT 100, no paging, {data,count}
        QJsonArray data;
        for (int i = 0; i < 100; ++i)
            data.append(QJsonObject{
                {QStringLiteral("id"), uuidFor("00000003", i)},
                {QStringLiteral("title"), QStringLiteral("Video %1").arg(i)},
                {QStringLiteral("views"), i * 10},
                {QStringLiteral("created_at"), QStringLiteral("2024-05-01T10:00:00Z")}});
        return {200, "application/json",
                json({{QStringLiteral("data"), data}, {QStringLiteral("count"), 100}})};
    }
    const QString search = r.query.queryItemValue(QStringLiteral("search"));
    if (search == QStringLiteral("html"))
        return {502, "text/html", "<html><body><h1>502 Bad Gateway</h1>nginx</body></html>"};
    if (search == QStringLiteral("truncated"))
        return {200, "application/json", "{\"data\":[{\"id\":\"1\",\"title\":\"cut"};
    if (search == QStringLiteral("plain"))
        return {200, "text/plain", "OK"};
    if (r.path == QStringLiteral("/api/v2/articles")) // an empty list is null there
        return {200, "application/json", R"({"data":null,"count":0,"total":0})"};
    if (r.path.startsWith(QStringLiteral("/api/v2/articles/")))
        return {200, "application/json",
                json({{QStringLiteral("success"), true},
                      {QStringLiteral("data"),
                       QJsonObject{{QStringLiteral("id"), r.path.section(QLatin1Char('/'), -1)},
                                   {QStringLiteral("title"), QStringLiteral("Go article")},
                                   {QStringLiteral("readCount"), 7},
                                   {QStringLiteral("created_at"),
                                    QStringLiteral("2024-05-01T10:00:00+08:00")}}}})};
    return {404, "application/json", R"({"error":"Not found"})"};
}

} // namespace

class TestRestLegacy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void offsetPagingSnakeCase();
    void pageNumberPagingSuccessEnvelope();
    void serverThatIgnoresPagingEndsWithoutDuplicates();
    void nullDataIsAnEmptyList();
    void singleItemInDataEnvelope();
    void brokenAnswersGiveClearErrors_data();
    void brokenAnswersGiveClearErrors();
    void untrustedCertificateIsRefusedThenPinned();
    void uploadWithoutTusFallsBackToMultipart();

private:
    RestSettings settingsFor(quint16 port, bool tls = false) const;
    std::unique_ptr<LegacyPeer> m_peer;
    std::unique_ptr<RestStore> m_store;
};

RestSettings TestRestLegacy::settingsFor(quint16 port, bool tls) const
{
    RestSettings s;
    s.baseUrl = QUrl(QStringLiteral("%1://127.0.0.1:%2")
                         .arg(tls ? QStringLiteral("https") : QStringLiteral("http"))
                         .arg(port));
    s.apiKey = QStringLiteral("key-not-checked");
    s.liveEvents = false;
    s.maxReadRetries = 0;
    s.transferTimeoutMs = 5000;
    return s;
}

void TestRestLegacy::initTestCase()
{
    m_peer = std::make_unique<LegacyPeer>(platform);
    QVERIFY(m_peer->port() != 0);
    m_store = std::make_unique<RestStore>(settingsFor(m_peer->port()));
}

void TestRestLegacy::offsetPagingSnakeCase()
{
    Query q;
    q.kind = EntityKind::Image;
    QSet<QString> ids;
    Cursor cursor;
    int pages = 0;
    do {
        auto page = await(m_store->list(q, cursor, 20));
        NE_REQUIRE_VALUE(page);
        QCOMPARE(page.value->total, qint64(45));
        for (const Record &r : page.value->records) {
            QVERIFY(!ids.contains(r.id()));
            ids.insert(r.id());
            QVERIFY(
                r.value(QStringLiteral("altText")).toString().startsWith(QStringLiteral("alt ")));
            QVERIFY(r.value(QStringLiteral("thumbnailUrl"))
                        .toString()
                        .startsWith(QStringLiteral("/uploads/t")));
            QCOMPARE(r.value(keys::createdAt).toDateTime().timeSpec(), Qt::UTC);
            QVERIFY(!r.contains(QStringLiteral("fileSize"))); // null stays absent
        }
        cursor = page.value->nextCursor;
        ++pages;
    } while (!cursor.isNull() && pages < 10);
    QCOMPARE(ids.size(), 45);
    QCOMPARE(pages, 3);
    QCOMPARE(m_peer->requests().last().query.queryItemValue(QStringLiteral("offset")),
             QStringLiteral("40"));
}

void TestRestLegacy::pageNumberPagingSuccessEnvelope()
{
    Query q;
    q.kind = EntityKind::News;
    QSet<QString> ids;
    Cursor cursor;
    int pages = 0;
    do {
        auto page = await(m_store->list(q, cursor, 10));
        NE_REQUIRE_VALUE(page);
        QCOMPARE(page.value->total, qint64(23));
        for (const Record &r : page.value->records)
            ids.insert(r.id());
        cursor = page.value->nextCursor;
        ++pages;
    } while (!cursor.isNull() && pages < 10);
    QCOMPARE(ids.size(), 23);
    QCOMPARE(pages, 3);
    QCOMPARE(m_peer->requests().last().query.queryItemValue(QStringLiteral("page")),
             QStringLiteral("3"));
}

void TestRestLegacy::serverThatIgnoresPagingEndsWithoutDuplicates()
{
    Query q;
    q.kind = EntityKind::Video;
    QStringList ids;
    Cursor cursor;
    int pages = 0;
    do {
        auto page = await(m_store->list(q, cursor, 100));
        NE_REQUIRE_VALUE(page);
        for (const Record &r : page.value->records)
            ids.append(r.id());
        cursor = page.value->nextCursor;
        ++pages;
    } while (!cursor.isNull() && pages < 10);
    QCOMPARE(ids.size(), 100);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 100);
    QVERIFY(pages <= 2);
}

void TestRestLegacy::nullDataIsAnEmptyList()
{
    Query q;
    q.kind = EntityKind::Article;
    auto page = await(m_store->list(q, Cursor(), 20));
    NE_REQUIRE_VALUE(page);
    QVERIFY(page.value->records.isEmpty());
    QVERIFY(page.value->nextCursor.isNull());
    QCOMPARE(page.value->total, qint64(0));
}

void TestRestLegacy::singleItemInDataEnvelope()
{
    const QString id = uuidFor("00000004", 1);
    auto r = await(m_store->get(EntityKind::Article, id));
    NE_REQUIRE_VALUE(r);
    QCOMPARE(r.value->id(), id);
    QCOMPARE(r.value->value(QStringLiteral("viewCount")).toLongLong(), qint64(7));
    QCOMPARE(r.value->version(), qint64(0)); // no versions there: writes go last-wins
}

void TestRestLegacy::brokenAnswersGiveClearErrors_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("proxy html 502") << QStringLiteral("html") << int(StoreError::Kind::Unavailable)
                                    << QStringLiteral("web page");
    QTest::newRow("truncated json") << QStringLiteral("truncated") << int(StoreError::Kind::Server)
                                    << QStringLiteral("not valid JSON");
    QTest::newRow("wrong content type") << QStringLiteral("plain") << int(StoreError::Kind::Server)
                                        << QStringLiteral("not valid JSON");
}

void TestRestLegacy::brokenAnswersGiveClearErrors()
{
    QFETCH(QString, search);
    QFETCH(int, kind);
    QFETCH(QString, phrase);
    Query q;
    q.kind = EntityKind::Article;
    q.search = search;
    auto page = await(m_store->list(q, Cursor(), 20));
    QVERIFY(page.error);
    QCOMPARE(int(page.error->kind()), kind);
    QVERIFY2(page.error->message().contains(phrase), qPrintable(page.error->message()));
}

void TestRestLegacy::untrustedCertificateIsRefusedThenPinned()
{
    QTemporaryDir dir;
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=nextevent-test"), QStringLiteral("-keyout"),
                   dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                   dir.filePath(QStringLiteral("cert.pem"))});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
        QSKIP("openssl could not make a test certificate");
    QFile certFile(dir.filePath(QStringLiteral("cert.pem")));
    QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    const QSslCertificate cert(&certFile, QSsl::Pem);
    const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(cert);
    tls.setPrivateKey(key);
    LegacyPeer https(platform, &tls);

    RestStore refusing(settingsFor(https.port(), true));
    Query q;
    q.kind = EntityKind::Image;
    auto refused = await(refusing.list(q, Cursor(), 5));
    QVERIFY(refused.error);
    QCOMPARE(refused.error->kind(), StoreError::Kind::Unavailable);
    const QString fingerprint =
        QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':'));
    QVERIFY2(refused.error->message().contains(fingerprint), qPrintable(refused.error->message()));
    QVERIFY(refused.error->message().contains(QStringLiteral("nextevent-test")));
    QVERIFY(https.requests().isEmpty()); // nothing was sent over the untrusted connection

    RestSettings pinned = settingsFor(https.port(), true);
    pinned.pinnedSha256 = cert.digest(QCryptographicHash::Sha256).toHex();
    RestStore trusting(pinned);
    auto page = await(trusting.list(q, Cursor(), 5));
    NE_REQUIRE_VALUE(page);
    QCOMPARE(page.value->records.size(), 5);

    RestSettings otherPin = pinned;
    otherPin.pinnedSha256 = QByteArray(64, 'a');
    RestStore wrongPin(otherPin);
    QVERIFY(await(wrongPin.list(q, Cursor(), 5)).error);
}

void TestRestLegacy::uploadWithoutTusFallsBackToMultipart()
{
    QTemporaryDir dir;
    QByteArray content;
    for (int i = 0; i < 300000; ++i)
        content.append(char(QRandomGenerator::global()->bounded(256)));
    const QString path = dir.filePath(QStringLiteral("picture.jpg"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    // A deployment without tus: OPTIONS /uploads is unknown, POST /images takes a form.
    LegacyPeer peer([&content](const PeerRequest &r) -> PeerResponse {
        if (r.method == "POST" && r.path == QStringLiteral("/api/v2/images")) {
            if (!r.body.contains(content))
                return {400, "application/json", R"({"error":"file part missing"})"};
            const QString sha = QString::fromLatin1(
                QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
            return {201, "application/json",
                    json({{QStringLiteral("id"), uuidFor("00000009", 1)},
                          {QStringLiteral("title"), QStringLiteral("picture")},
                          {QStringLiteral("content_sha256"), sha},
                          {QStringLiteral("file_size"), content.size()},
                          {QStringLiteral("url"), QStringLiteral("/uploads/picture.jpg")}})};
        }
        return {404, "application/json", R"({"error":"Not found"})"};
    });
    RestStore store(settingsFor(peer.port()));
    auto ref = await(store.putMedia(path));
    NE_REQUIRE_VALUE(ref);
    QCOMPARE(
        ref.value->sha256,
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(store.uploader()->offersTus(), std::optional<bool>(false));
    QCOMPARE(store.uploader()->patchedBytes(), qint64(0));
    QStringList calls;
    for (const PeerRequest &r : peer.requests())
        calls << QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path;
    QCOMPARE(calls, QStringList({QStringLiteral("OPTIONS /api/v2/uploads"),
                                 QStringLiteral("POST /api/v2/images")}));
    QVERIFY(peer.requests().last().body.contains(content));
}

QTEST_GUILESS_MAIN(TestRestLegacy)
#include "TestRestLegacy.moc"
