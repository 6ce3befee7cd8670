// SPDX-License-Identifier: MIT
// End to end: the real nextevent-server over a throwaway PostgreSQL database.
// Run through scripts/with-services (NE_TEST_PG_URI).
#include "Jwt.h"
#include "ServerHarness.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSet>
#include <QtTest>

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QTcpSocket>

#include <pqxx/pqxx>

#include <csignal>
#include <tuple>

using namespace ne::server;

class TestServerApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void authMatrix_data();
    void authMatrix();
    void login();
    void roles_data();
    void roles();
    void listEnvelopes_data();
    void listEnvelopes();
    void articleLifecycle();
    void validation();
    void injectionAndTraversal_data();
    void injectionAndTraversal();
    void cursorPaging();
    void newsAndVideos();
    void healthAndMetrics();
    void events();
    void uploadDedupeAndMedia();
    void uploadLimit();
    void twoInstancesShareRedis();
    void refusesToStart_data();
    void refusesToStart();
    void gracefulShutdown(); // last: it stops the instance

private:
    QByteArray createArticle(const QString &title);
    ServerHarness m_h;
};

void TestServerApi::initTestCase()
{
    const QString error = m_h.setUp(QStringLiteral("api"));
    if (!error.isEmpty())
        QFAIL(qPrintable(error));
    QVERIFY(m_h.start() == 0);
}

void TestServerApi::cleanupTestCase() {}

QByteArray TestServerApi::createArticle(const QString &title)
{
    const QJsonObject body{{QStringLiteral("title"), title},
                           {QStringLiteral("content"), QStringLiteral("<p>Body</p>")},
                           {QStringLiteral("type"), QStringLiteral("standard")}};
    const HttpResult r =
        m_h.request("POST", QStringLiteral("/api/v2/articles"), QJsonDocument(body).toJson());
    if (r.status != 201)
        qWarning("create failed: %d %s", r.status, r.body.constData());
    return r.json().value(QStringLiteral("id")).toString().toLatin1();
}

void TestServerApi::authMatrix_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("status");
    const Jwt jwt(m_h.jwtSecret());
    const Jwt forged("another-secret-another-secret-another!");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray valid = jwt.sign(
        {QStringLiteral("u1"), QStringLiteral("bob"), QStringLiteral("admin"), now, now + 600});
    const QByteArray payload = valid.split('.').at(1);
    const QByteArray none =
        QByteArray(R"({"alg":"none","typ":"JWT"})")
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QTest::newRow("no credentials") << QByteArray() << QByteArray() << 401;
    QTest::newRow("bad key") << QByteArray("X-API-Key") << QByteArray("nek_wrong") << 401;
    QTest::newRow("valid key") << QByteArray("X-API-Key") << m_h.apiKey().toLatin1() << 200;
    QTest::newRow("valid jwt") << QByteArray("Authorization") << ("Bearer " + valid) << 200;
    QTest::newRow("expired jwt") << QByteArray("Authorization")
                                 << ("Bearer " +
                                     jwt.sign({QStringLiteral("u1"), {}, {}, now - 100, now - 10}))
                                 << 401;
    QTest::newRow("forged jwt") << QByteArray("Authorization")
                                << ("Bearer " +
                                    forged.sign({QStringLiteral("u1"), {}, {}, now, now + 600}))
                                << 401;
    QTest::newRow("alg none") << QByteArray("Authorization")
                              << ("Bearer " + none + '.' + payload + '.') << 401;
    QTest::newRow("basic scheme") << QByteArray("Authorization")
                                  << QByteArray("Basic YWRtaW46YWRtaW4=") << 401;
}

void TestServerApi::authMatrix()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    QFETCH(int, status);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!header.isEmpty())
        headers.append({header, value});
    const HttpResult r =
        m_h.request("GET", QStringLiteral("/api/v2/images"), {}, headers, 0, false);
    QCOMPARE(r.status, status);
    if (status == 401) {
        const QJsonObject e = r.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("UNAUTHORIZED"));
        QVERIFY(!e.value(QStringLiteral("requestId")).toString().isEmpty());
    }
}

void TestServerApi::login()
{
    HttpResult r = m_h.request("POST", QStringLiteral("/api/v2/auth/login"),
                               R"({"username":"alice","password":"wonderland-42"})", {}, 0, false);
    QCOMPARE(r.status, 200);
    const QByteArray token = r.json().value(QStringLiteral("token")).toString().toLatin1();
    QVERIFY(!token.isEmpty());
    QCOMPARE(r.json()
                 .value(QStringLiteral("user"))
                 .toObject()
                 .value(QStringLiteral("username"))
                 .toString(),
             QStringLiteral("alice"));
    r = m_h.request("GET", QStringLiteral("/api/v2/articles"), {},
                    {{"Authorization", "Bearer " + token}}, 0, false);
    QCOMPARE(r.status, 200);
    r = m_h.request("POST", QStringLiteral("/api/v2/auth/login"),
                    R"({"username":"alice","password":"nope-nope"})", {}, 0, false);
    QCOMPARE(r.status, 401);
    r = m_h.request("POST", QStringLiteral("/api/v2/auth/login"),
                    R"({"username":"' OR 1=1 --","password":"x"})", {}, 0, false);
    QCOMPARE(r.status, 401);
}

void TestServerApi::roles_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("viewerStatus");
    QTest::addColumn<int>("editorStatus");
    QTest::newRow("list") << QByteArray("GET") << QStringLiteral("/api/v2/articles") << 200 << 200;
    QTest::newRow("create") << QByteArray("POST") << QStringLiteral("/api/v2/articles") << 403
                            << 201;
    QTest::newRow("bulk") << QByteArray("POST") << QStringLiteral("/api/v2/news/bulk") << 403
                          << 400;
    QTest::newRow("delete") << QByteArray("DELETE")
                            << QStringLiteral("/api/v2/videos/00000000-0000-0000-0000-000000000001")
                            << 403 << 404;
    QTest::newRow("tus create") << QByteArray("POST") << QStringLiteral("/api/v2/uploads") << 403
                                << 201;
}

void TestServerApi::roles()
{
    // viewer reads; editor (like admin) also writes. Both as an API key and as a JWT role.
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, viewerStatus);
    QFETCH(int, editorStatus);
    static QByteArray viewerKey;
    if (viewerKey.isEmpty()) {
        int code = 0;
        viewerKey = m_h.runTool({QStringLiteral("create-api-key"), QStringLiteral("reader"),
                                 QStringLiteral("--role"), QStringLiteral("viewer")},
                                &code)
                        .trimmed()
                        .toLatin1();
        QCOMPARE(code, 0);
        m_h.runTool({QStringLiteral("create-api-key"), QStringLiteral("x"),
                     QStringLiteral("--role"), QStringLiteral("root")},
                    &code);
        QCOMPARE(code, 2); // unknown roles are refused when provisioning
    }
    const Jwt jwt(m_h.jwtSecret());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray editor = "Bearer " + jwt.sign({QStringLiteral("u2"), QStringLiteral("ed"),
                                                    QStringLiteral("editor"), now, now + 600});
    const QByteArray viewer = "Bearer " + jwt.sign({QStringLiteral("u3"), QStringLiteral("vi"),
                                                    QStringLiteral("viewer"), now, now + 600});
    const QByteArray body =
        method == "POST" && path.endsWith(QStringLiteral("articles"))
            ? QByteArray(R"({"title":"By role","content":"c","type":"standard"})")
            : QByteArray(R"({})");
    const QList<QPair<QByteArray, QByteArray>> tus{{"Tus-Resumable", "1.0.0"},
                                                   {"Upload-Length", "10"}};
    for (const auto &[header, value, expected] :
         {std::tuple{QByteArray("X-API-Key"), viewerKey, viewerStatus},
          std::tuple{QByteArray("Authorization"), viewer, viewerStatus},
          std::tuple{QByteArray("Authorization"), editor, editorStatus}}) {
        auto headers = tus;
        headers.append({header, value});
        const HttpResult r =
            m_h.request(method, path, method == "POST" ? body : QByteArray(), headers, 0, false);
        QCOMPARE(r.status, expected);
        if (expected == 403)
            QCOMPARE(r.json()
                         .value(QStringLiteral("error"))
                         .toObject()
                         .value(QStringLiteral("code"))
                         .toString(),
                     QStringLiteral("FORBIDDEN"));
    }
}

void TestServerApi::listEnvelopes_data()
{
    QTest::addColumn<QString>("collection");
    for (const char *c : {"images", "articles", "news", "videos"})
        QTest::newRow(c) << QString::fromLatin1(c);
}

void TestServerApi::listEnvelopes()
{
    QFETCH(QString, collection);
    const HttpResult r =
        m_h.request("GET", QStringLiteral("/api/v2/") + collection + QStringLiteral("?limit=5"));
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.json();
    QVERIFY(o.value(collection).isArray());
    for (const char *k : {"total", "page", "limit", "pages"})
        QVERIFY2(o.contains(QLatin1String(k)), k);
    QCOMPARE(o.value(QStringLiteral("limit")).toInt(), 5);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
}

void TestServerApi::articleLifecycle()
{
    const QByteArray id = createArticle(QStringLiteral("First"));
    QVERIFY(!id.isEmpty());
    HttpResult r =
        m_h.request("GET", QStringLiteral("/api/v2/articles/") + QString::fromLatin1(id));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("title")).toString(), QStringLiteral("First"));
    const QByteArray etag = r.header("ETag");
    QVERIFY(!etag.isEmpty());
    r = m_h.request("GET", QStringLiteral("/api/v2/articles/") + QString::fromLatin1(id), {},
                    {{"If-None-Match", etag}});
    QCOMPARE(r.status, 304);
    r = m_h.request("PUT", QStringLiteral("/api/v2/articles/") + QString::fromLatin1(id),
                    R"({"title":"Second"})", {{"If-Match", etag}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("title")).toString(), QStringLiteral("Second"));
    QVERIFY(r.header("ETag") != etag);
    r = m_h.request("PUT", QStringLiteral("/api/v2/articles/") + QString::fromLatin1(id),
                    R"({"title":"Stale"})", {{"If-Match", etag}});
    QCOMPARE(r.status, 412);
    QCOMPARE(
        r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("PRECONDITION_FAILED"));
    r = m_h.request("GET", QStringLiteral("/api/v2/articles/") + QString::fromLatin1(id));
    QCOMPARE(r.json().value(QStringLiteral("title")).toString(),
             QStringLiteral("Second")); // cache invalidated
    r = m_h.request("DELETE", QStringLiteral("/api/v2/articles/") + QString::fromLatin1(id));
    QCOMPARE(r.status, 204);
    r = m_h.request("GET", QStringLiteral("/api/v2/articles/") + QString::fromLatin1(id));
    QCOMPARE(r.status, 404);
    r = m_h.request("PATCH", QStringLiteral("/api/v2/articles/") + QString::fromLatin1(id));
    QCOMPARE(r.status, 405);
    QVERIFY(r.header("Allow").contains("PUT"));
}

void TestServerApi::validation()
{
    HttpResult r = m_h.request("POST", QStringLiteral("/api/v2/articles"),
                               R"({"content":"x","type":"standard"})");
    QCOMPARE(r.status, 400);
    const QJsonObject e = r.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("VALIDATION_ERROR"));
    QVERIFY(!e.value(QStringLiteral("details")).toArray().isEmpty());
    r = m_h.request("POST", QStringLiteral("/api/v2/articles"), "not json");
    QCOMPARE(r.status, 400);
    r = m_h.request("POST", QStringLiteral("/api/v2/articles"),
                    R"({"title":"t","content":"c","type":"weird"})");
    QCOMPARE(r.status, 400);
}

void TestServerApi::injectionAndTraversal_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("search quote") << QStringLiteral("/api/v2/articles?search=%27%20OR%201%3D1%3B--")
                                  << 200;
    QTest::newRow("search drop")
        << QStringLiteral("/api/v2/articles?search=x%27%3B%20DROP%20TABLE%20site_articles%3B--")
        << 200;
    QTest::newRow("id quote") << QStringLiteral("/api/v2/articles/%27%20OR%20%271%27%3D%271")
                              << 404;
    QTest::newRow("id union")
        << QStringLiteral("/api/v2/images/1%20UNION%20SELECT%20*%20FROM%20server_api_keys") << 404;
    QTest::newRow("status quote") << QStringLiteral("/api/v2/articles?status=draft%27%20OR%20%271")
                                  << 400;
    QTest::newRow("sort injection")
        << QStringLiteral("/api/v2/articles?sort=title%3BDROP%20TABLE%20news") << 400;
    QTest::newRow("category not uuid")
        << QStringLiteral("/api/v2/images?category=..%2F..%2Fetc") << 400;
    QTest::newRow("cursor garbage") << QStringLiteral("/api/v2/articles?cursor=%27%3B--") << 400;
    QTest::newRow("traversal") << QStringLiteral("/api/v2/../../etc/passwd") << 404;
    QTest::newRow("encoded traversal")
        << QStringLiteral("/api/v2/images/..%2F..%2Fetc%2Fpasswd") << 404;
}

void TestServerApi::injectionAndTraversal()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    const HttpResult r = m_h.request("GET", path);
    QCOMPARE(r.status, status);
    // The tables are still there and the key still works.
    QCOMPARE(m_h.request("GET", QStringLiteral("/api/v2/articles?limit=1")).status, 200);
    QCOMPARE(m_h.request("GET", QStringLiteral("/api/v2/news?limit=1")).status, 200);
}

void TestServerApi::cursorPaging()
{
    QSet<QByteArray> created;
    for (int i = 0; i < 25; ++i)
        created.insert(createArticle(QStringLiteral("Paged %1").arg(i)));
    QSet<QString> seen;
    QString cursor;
    int pages = 0;
    do {
        QString path = QStringLiteral("/api/v2/articles?limit=10");
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=") + cursor;
        const HttpResult r = m_h.request("GET", path);
        QCOMPARE(r.status, 200);
        // Page 1 has its number; a cursor page's is unknown and left out (pages stays).
        QCOMPARE(r.json().contains(QStringLiteral("page")), cursor.isEmpty());
        QVERIFY(r.json().value(QStringLiteral("pages")).toInt() >= 1);
        for (const QJsonValue &v : r.json().value(QStringLiteral("articles")).toArray()) {
            const QString id = v.toObject().value(QStringLiteral("id")).toString();
            QVERIFY2(!seen.contains(id), "duplicate across pages");
            seen.insert(id);
        }
        cursor = r.json().value(QStringLiteral("nextCursor")).toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 20);
    for (const QByteArray &id : created)
        QVERIFY(seen.contains(QString::fromLatin1(id)));
    const HttpResult p2 = m_h.request("GET", QStringLiteral("/api/v2/articles?limit=10&page=2"));
    QCOMPARE(p2.status, 200);
    QCOMPARE(p2.json().value(QStringLiteral("articles")).toArray().size(), 10);
    QCOMPARE(p2.json().value(QStringLiteral("page")).toInt(), 2);
}

void TestServerApi::newsAndVideos()
{
    const QByteArray a = createArticle(QStringLiteral("For news"));
    QJsonObject news{{QStringLiteral("title"), QStringLiteral("Issue 1")},
                     {QStringLiteral("type"), QStringLiteral("standard")},
                     {QStringLiteral("priority"), QStringLiteral("normal")},
                     {QStringLiteral("articleIds"), QJsonArray{QString::fromLatin1(a)}}};
    HttpResult r =
        m_h.request("POST", QStringLiteral("/api/v2/news"), QJsonDocument(news).toJson());
    QCOMPARE(r.status, 201);
    const QString newsId = r.json().value(QStringLiteral("id")).toString();
    r = m_h.request("POST", QStringLiteral("/api/v2/news/") + newsId + QStringLiteral("/publish"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("published"));
    r = m_h.request("POST",
                    QStringLiteral("/api/v2/news/") + newsId + QStringLiteral("/unpublish"));
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    r = m_h.request("POST", QStringLiteral("/api/v2/videos"),
                    R"({"title":"Live show","videoType":"live"})");
    QCOMPARE(r.status, 201);
    const QString videoId = r.json().value(QStringLiteral("id")).toString();
    r = m_h.request("POST", QStringLiteral("/api/v2/videos/") + videoId + QStringLiteral("/start"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("live"));
    QVERIFY(!r.json().value(QStringLiteral("streamKey")).toString().isEmpty());
    r = m_h.request("POST", QStringLiteral("/api/v2/videos/") + videoId + QStringLiteral("/stop"));
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("ended"));
    r = m_h.request(
        "POST", QStringLiteral("/api/v2/articles/bulk"),
        QJsonDocument(QJsonObject{{QStringLiteral("action"), QStringLiteral("publish")},
                                  {QStringLiteral("ids"), QJsonArray{QString::fromLatin1(a)}}})
            .toJson());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("count")).toInt(), 1);
}

void TestServerApi::healthAndMetrics()
{
    HttpResult r = m_h.request("GET", QStringLiteral("/health"), {}, {}, 0, false);
    QCOMPARE(r.status, 200);
    const QJsonObject h = r.json();
    QCOMPARE(h.value(QStringLiteral("status")).toString(), QStringLiteral("healthy"));
    QVERIFY(h.value(QStringLiteral("checks")).toObject().contains(QStringLiteral("database")));
    QVERIFY(h.value(QStringLiteral("uptime")).toDouble() > 0);
    r = m_h.request("GET", QStringLiteral("/metrics"), {}, {}, 0, false);
    QCOMPARE(r.status, 200);
    for (const char *name :
         {"http_requests_total", "http_request_duration_seconds_bucket", "db_connections_active",
          "cache_hits_total", "memory_usage_bytes", "images_rows"})
        QVERIFY2(r.body.contains(name), name);
    QVERIFY(r.body.contains("endpoint=\"/api/v2/articles/:id\""));
    // Every repository call is timed: the article reads and writes above show up by table.
    for (const char *series :
         {"db_query_duration_seconds_bucket{le=\"0.005\",operation=\"select\",table=\"site_"
          "articles\"}",
          "db_query_duration_seconds_count{operation=\"insert\",table=\"site_articles\"}",
          "db_queries_total{operation=\"update\",status=\"success\",table=\"videos\"}",
          "db_queries_total{operation=\"select\",status=\"error\",table=\"site_articles\"}",
          "cache_hits_total{cache_type=\"l1\""})
        QVERIFY2(r.body.contains(series), series);
    QVERIFY(r.body.contains("active_video_sessions 0"));
    QProcess promtool;
    promtool.start(QStringLiteral("promtool"),
                   {QStringLiteral("check"), QStringLiteral("metrics")});
    if (!promtool.waitForStarted())
        QSKIP("promtool is not installed (Debian package prometheus)");
    promtool.write(r.body);
    promtool.closeWriteChannel();
    QVERIFY(promtool.waitForFinished(30000));
    const QByteArray complaints =
        promtool.readAllStandardOutput() + promtool.readAllStandardError();
    QVERIFY2(promtool.exitCode() == 0, complaints.constData());
}

void TestServerApi::events()
{
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v2/events").arg(m_h.port())));
    req.setRawHeader("X-API-Key", m_h.apiKey().toLatin1());
    QNetworkReply *stream = nam.get(req);
    QByteArray got;
    connect(stream, &QNetworkReply::readyRead, this, [&] { got += stream->readAll(); });
    QTRY_VERIFY_WITH_TIMEOUT(got.contains("retry:"), 5000);
    const QByteArray id = createArticle(QStringLiteral("Evented"));
    QTRY_VERIFY_WITH_TIMEOUT(got.contains(id), 5000);
    QVERIFY(got.contains("event: change"));
    QVERIFY(got.contains("\"entity\":\"articles\""));
    stream->abort();
    stream->deleteLater();
}

static QByteArray multipart(const QByteArray &boundary, const QByteArray &file,
                            const QByteArray &fileName, const QByteArray &title)
{
    QByteArray b;
    b += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n" + title +
         "\r\n";
    b += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\ngallery\r\n";
    b += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" +
         fileName + "\"\r\nContent-Type: image/png\r\n\r\n" + file + "\r\n";
    b += "--" + boundary + "--\r\n";
    return b;
}

void TestServerApi::uploadDedupeAndMedia()
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    const QByteArray boundary = "----ne-test-boundary";
    const QList<QPair<QByteArray, QByteArray>> ct{
        {"Content-Type", "multipart/form-data; boundary=" + boundary}};
    // A hostile file name is only a label: no path is ever built from it.
    HttpResult r = m_h.request(
        "POST", QStringLiteral("/api/v2/images"),
        multipart(boundary, png, "../../etc/passwd'; DROP TABLE site_images;--.png", "Cyan"), ct);
    QVERIFY2(r.status == 201, r.body.constData());
    const QJsonObject created = r.json();
    QCOMPARE(created.value(QStringLiteral("width")).toInt(), 64);
    QCOMPARE(created.value(QStringLiteral("mimeType")).toString(), QStringLiteral("image/png"));
    QVERIFY(!created.value(QStringLiteral("originalName")).toString().contains(QLatin1Char('/')));
    r = m_h.request("POST", QStringLiteral("/api/v2/images"),
                    multipart(boundary, png, "again.png", "Again"), ct);
    QCOMPARE(r.status, 200); // same bytes: the existing image
    QCOMPARE(r.json().value(QStringLiteral("id")), created.value(QStringLiteral("id")));
    const QString url = created.value(QStringLiteral("url")).toString();
    QVERIFY2(url.startsWith(QStringLiteral("/api/v2/media/")), qPrintable(url));
    r = m_h.request("GET", url);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, png);
    r = m_h.request("GET", url, {}, {{"Range", "bytes=0-7"}});
    QCOMPARE(r.status, 206);
    QCOMPARE(r.body, png.left(8));
    QCOMPARE(m_h.request("GET", QStringLiteral("/api/v2/media/..%2F..%2Fetc%2Fpasswd")).status,
             404);
    r = m_h.request("POST", QStringLiteral("/api/v2/images"),
                    multipart(boundary, "not an image", "x.png", "Bad"), ct);
    QCOMPARE(r.status, 415);
    r = m_h.request("POST", QStringLiteral("/api/v2/images"), R"({"title":"json"})");
    QCOMPARE(r.status, 415);
}

void TestServerApi::uploadLimit()
{
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), m_h.port());
    QVERIFY(s.waitForConnected(2000));
    s.write(
        "POST /api/v2/images HTTP/1.1\r\nHost: x\r\nX-API-Key: " + m_h.apiKey().toLatin1() +
        "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 60000000\r\n\r\n");
    QByteArray got;
    QTRY_VERIFY_WITH_TIMEOUT((got += s.readAll(), got.contains("\r\n\r\n")), 5000);
    QVERIFY2(got.startsWith("HTTP/1.1 413"), got.constData());
}

void TestServerApi::twoInstancesShareRedis()
{
    const QString redis = qEnvironmentVariable("NE_TEST_REDIS_URI");
    if (redis.isEmpty())
        QFAIL("NE_TEST_REDIS_URI is not set: run through scripts/with-services.");
    const int a = m_h.start({QStringLiteral("--redis-url"), redis});
    const int b = m_h.start({QStringLiteral("--redis-url"), redis});
    QVERIFY(a > 0 && b > 0);
    const QByteArray id = createArticle(QStringLiteral("Shared"));
    const QString path = QStringLiteral("/api/v2/articles/") + QString::fromLatin1(id);
    HttpResult r = m_h.request("GET", path, {}, {}, b);
    QCOMPARE(r.json().value(QStringLiteral("title")).toString(), QStringLiteral("Shared"));
    r = m_h.request("GET", path, {}, {}, b);
    QCOMPARE(r.header("X-Cache"), QByteArray("HIT")); // now in b's L1
    const QByteArray listBefore =
        m_h.request("GET", QStringLiteral("/api/v2/articles?limit=3"), {}, {}, b).body;
    r = m_h.request("PUT", path, R"({"title":"Changed on A"})", {}, a);
    QCOMPARE(r.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_h.request("GET", path, {}, {}, b).json().value(QStringLiteral("title")).toString(),
        QStringLiteral("Changed on A"), 3000);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_h.request("GET", QStringLiteral("/api/v2/articles?limit=3"), {}, {}, b).body !=
            listBefore,
        3000);
    m_h.stop(a);
    m_h.stop(b);
}

void TestServerApi::gracefulShutdown()
{
    QNetworkAccessManager nam;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 8; ++i) {
        QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1/health").arg(m_h.port())));
        replies.append(nam.get(req));
    }
    QTest::qWait(5);
    ::kill(pid_t(m_h.process()->processId()), SIGTERM);
    for (QNetworkReply *r : replies) {
        QTRY_VERIFY_WITH_TIMEOUT(r->isFinished(), 15000);
        // Requests the server had accepted finish; none is cut off mid-response.
        QVERIFY2(r->error() == QNetworkReply::NoError ||
                     r->error() == QNetworkReply::ConnectionRefusedError ||
                     r->error() == QNetworkReply::RemoteHostClosedError,
                 qPrintable(r->errorString()));
    }
    QVERIFY(m_h.process()->waitForFinished(15000));
    QCOMPARE(m_h.process()->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_h.process()->exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestServerApi)
void TestServerApi::refusesToStart_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("futureSchema");
    QTest::addColumn<QString>("message");
    QTest::newRow("schema newer than the server")
        << QStringList() << true << QStringLiteral("newer than this application");
    QTest::newRow("database unreachable")
        << QStringList{QStringLiteral("--database-url"),
                       QStringLiteral("postgresql://ne_test@127.0.0.1:1/none")}
        << false << QStringLiteral("refused the connection");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--cache.l1_max_bytes"), QStringLiteral("1")} << false
        << QStringLiteral("unknown option");
}

void TestServerApi::refusesToStart()
{
    QFETCH(QStringList, args);
    QFETCH(bool, futureSchema);
    QFETCH(QString, message);
    // A server started by systemd says why it stops, and stops: the journal has the line.
    pqxx::connection c(m_h.databaseUri().toStdString());
    auto setFuture = [&c](bool on) {
        pqxx::work tx(c);
        tx.exec(on ? "INSERT INTO schema_version (version, description) VALUES (99, 'future')"
                   : "DELETE FROM schema_version WHERE version = 99");
        tx.commit();
    };
    if (futureSchema)
        setFuture(true);
    int exitCode = 0;
    const QString output =
        m_h.runTool(QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                QStringLiteral("--jwt-secret-file"), m_h.secretFile(),
                                QStringLiteral("--data-dir"), m_h.dataDir()} +
                        args,
                    &exitCode);
    if (futureSchema)
        setFuture(false);
    QVERIFY2(exitCode > 0, qPrintable(output));
    QVERIFY2(output.contains(message), qPrintable(output));
    // The running instance verified the schema when it started and carries on.
    QCOMPARE(m_h.request("GET", QStringLiteral("/api/v2/articles?limit=1")).status, 200);
}

#include "TestServerApi.moc"
