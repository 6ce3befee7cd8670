// SPDX-License-Identifier: MIT
// The pure parts of nextevent-server: router, error table, JWT, password hashes,
// rate limiter, L1 cache, event bus.
#include "ErrorTable.h"
#include "EventBus.h"
#include "JsonWriter.h"
#include "Jwt.h"
#include "L1Cache.h"
#include "PasswordHasher.h"
#include "RateLimiter.h"
#include "RecordJson.h"
#include "Router.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <chrono>
#include <memory>
#include <thread>

using namespace ne;
using namespace ne::server;

class TestServerUnits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void router_data();
    void router();
    void errorTable_data();
    void errorTable();
    void errorBody();
    void jwtRoundTrip();
    void jwtRejects_data();
    void jwtRejects();
    void passwords();
    void apiKeys();
    void rateLimiter();
    void l1Cache();
    void eventBus();
    void eventIdsAcrossRestarts();
    void jsonWriterStructure();
    void jsonWriterStrings();
    void recordJson();

private:
    static Router makeRouter();
};

Router TestServerUnits::makeRouter()
{
    Router r;
    r.add({"GET", QStringLiteral("/api/v2/images"), 1});
    r.add({"POST", QStringLiteral("/api/v2/images"), 2});
    r.add({"GET", QStringLiteral("/api/v2/images/:id"), 3});
    r.add({"PUT", QStringLiteral("/api/v2/images/:id"), 4});
    r.add({"POST", QStringLiteral("/api/v2/images/bulk"), 5});
    r.add({"POST", QStringLiteral("/api/v2/news/:id/publish"), 6});
    r.add({"GET", QStringLiteral("/health"), 7});
    r.add({"GET", QStringLiteral("/"), 8});
    return r;
}

void TestServerUnits::router_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("result"); // 0 found, 1 not found, 2 method not allowed
    QTest::addColumn<int>("handler");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QByteArray>("allowed");
    const QString none;
    const QByteArray any;
    QTest::newRow("list") << QByteArray("GET") << QStringLiteral("/api/v2/images") << 0 << 1 << none
                          << any;
    QTest::newRow("trailing slash")
        << QByteArray("GET") << QStringLiteral("/api/v2/images/") << 0 << 1 << none << any;
    QTest::newRow("doubled slashes")
        << QByteArray("GET") << QStringLiteral("//api//v2/images") << 0 << 1 << none << any;
    QTest::newRow("create") << QByteArray("POST") << QStringLiteral("/api/v2/images") << 0 << 2
                            << none << any;
    QTest::newRow("get") << QByteArray("GET") << QStringLiteral("/api/v2/images/abc") << 0 << 3
                         << QStringLiteral("abc") << any;
    QTest::newRow("head is get") << QByteArray("HEAD") << QStringLiteral("/api/v2/images/abc") << 0
                                 << 3 << QStringLiteral("abc") << any;
    QTest::newRow("literal beats capture")
        << QByteArray("POST") << QStringLiteral("/api/v2/images/bulk") << 0 << 5 << none << any;
    QTest::newRow("capture when the literal's method differs")
        << QByteArray("GET") << QStringLiteral("/api/v2/images/bulk") << 0 << 3
        << QStringLiteral("bulk") << any;
    QTest::newRow("nested") << QByteArray("POST") << QStringLiteral("/api/v2/news/n1/publish") << 0
                            << 6 << QStringLiteral("n1") << any;
    QTest::newRow("root") << QByteArray("GET") << QStringLiteral("/") << 0 << 8 << none << any;
    QTest::newRow("405") << QByteArray("DELETE") << QStringLiteral("/api/v2/images") << 2 << 0
                         << none << QByteArray("GET, POST");
    QTest::newRow("405 on an item") << QByteArray("DELETE") << QStringLiteral("/api/v2/images/abc")
                                    << 2 << 0 << none << QByteArray("GET, PUT");
    QTest::newRow("404") << QByteArray("GET") << QStringLiteral("/api/v2/nope") << 1 << 0 << none
                         << any;
    QTest::newRow("longer than any route")
        << QByteArray("GET") << QStringLiteral("/api/v2/news/n1/publish/x/y/z/w") << 1 << 0 << none
        << any;
    QTest::newRow("traversal") << QByteArray("GET")
                               << QStringLiteral("/api/v2/images/../../etc/passwd") << 1 << 0
                               << none << any;
    QTest::newRow("health") << QByteArray("GET") << QStringLiteral("/health") << 0 << 7 << none
                            << any;
}

void TestServerUnits::router()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, result);
    QFETCH(int, handler);
    QFETCH(QString, id);
    QFETCH(QByteArray, allowed);
    const Router r = makeRouter();
    const RouteMatch m = r.match(method, path);
    QCOMPARE(int(m.result), result);
    if (result == 0) {
        QCOMPARE(m.route->handler, handler);
        QCOMPARE(m.params.value(u"id"), id);
        QCOMPARE(m.route->endpoint, m.route->pattern.toLatin1());
    }
    if (result == 2)
        QCOMPARE(m.allowed, allowed);
}

void TestServerUnits::errorTable_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    using K = StoreError::Kind;
    QTest::newRow("unavailable") << int(K::Unavailable) << 503
                                 << QStringLiteral("SERVICE_UNAVAILABLE");
    QTest::newRow("unauthorized") << int(K::Unauthorized) << 401 << QStringLiteral("UNAUTHORIZED");
    QTest::newRow("forbidden") << int(K::Forbidden) << 403 << QStringLiteral("FORBIDDEN");
    QTest::newRow("not found") << int(K::NotFound) << 404 << QStringLiteral("NOT_FOUND");
    QTest::newRow("conflict") << int(K::Conflict) << 409 << QStringLiteral("CONFLICT");
    QTest::newRow("invalid") << int(K::Invalid) << 400 << QStringLiteral("VALIDATION_ERROR");
    QTest::newRow("too large") << int(K::TooLarge) << 413 << QStringLiteral("REQUEST_TOO_LARGE");
    QTest::newRow("server") << int(K::Server) << 500 << QStringLiteral("INTERNAL_ERROR");
    QTest::newRow("cancelled") << int(K::Cancelled) << 504 << QStringLiteral("TIMEOUT");
}

void TestServerUnits::errorTable()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QString, code);
    const StoreError e(StoreError::Kind(kind), QStringLiteral("msg"),
                       QStringLiteral("secret detail"));
    const HttpResponse r = ErrorTable::response(e, "rid-1");
    QCOMPARE(r.status, status);
    const QJsonObject err =
        QJsonDocument::fromJson(r.body).object().value(QStringLiteral("error")).toObject();
    QCOMPARE(err.value(QStringLiteral("code")).toString(), code);
    QCOMPARE(err.value(QStringLiteral("requestId")).toString(), QStringLiteral("rid-1"));
    QVERIFY(!r.body.contains("secret detail"));
}

void TestServerUnits::errorBody()
{
    const StoreError e =
        StoreError::invalid({{QStringLiteral("title"), QStringLiteral("Title is required.")}});
    const HttpResponse r = ErrorTable::response(e, "x");
    QCOMPARE(r.status, 400);
    const QJsonObject err =
        QJsonDocument::fromJson(r.body).object().value(QStringLiteral("error")).toObject();
    for (const char *key : {"code", "message", "details", "timestamp", "requestId"})
        QVERIFY2(err.contains(QLatin1String(key)), key);
    const QJsonObject d = err.value(QStringLiteral("details")).toArray().at(0).toObject();
    QCOMPARE(d.value(QStringLiteral("field")).toString(), QStringLiteral("title"));
    QCOMPARE(ErrorTable::response(ApiError::HeadersTooLarge, "x").status, 431);
    QCOMPARE(ErrorTable::response(ApiError::RateLimited, "x").status, 429);
    QCOMPARE(ErrorTable::response(ApiError::PreconditionFailed, "x").status, 412);
}

void TestServerUnits::jwtRoundTrip()
{
    const Jwt jwt("0123456789abcdef0123456789abcdef");
    JwtClaims c{QStringLiteral("u1"), QStringLiteral("ann"), QStringLiteral("admin"), 1000, 2000};
    const QByteArray token = jwt.sign(c);
    const auto back = jwt.verify(token, 1500);
    QVERIFY(back);
    QCOMPARE(back->userId, QStringLiteral("u1"));
    QCOMPARE(back->role, QStringLiteral("admin"));
    QVERIFY(!jwt.verify(token, 2000)); // exp is exclusive
}

static QByteArray b64(const QByteArray &b)
{
    return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

void TestServerUnits::jwtRejects_data()
{
    QTest::addColumn<QByteArray>("token");
    const Jwt jwt("secret-one-secret-one-secret-one!");
    const Jwt other("secret-two-secret-two-secret-two!");
    const JwtClaims c{QStringLiteral("u1"), QStringLiteral("ann"), QStringLiteral("admin"), 1000,
                      2000};
    const QByteArray good = jwt.sign(c);
    const QList<QByteArray> parts = good.split('.');
    const QByteArray none = b64(R"({"alg":"none","typ":"JWT"})");
    const QByteArray hs512 = b64(R"({"alg":"HS512","typ":"JWT"})");
    const QByteArray noneUpper = b64(R"({"alg":"None"})");
    QTest::newRow("forged key") << other.sign(c);
    QTest::newRow("alg none no sig") << (none + '.' + parts[1] + '.');
    QTest::newRow("alg none with sig") << (none + '.' + parts[1] + '.' + parts[2]);
    QTest::newRow("alg None") << (noneUpper + '.' + parts[1] + '.');
    QTest::newRow("alg HS512") << (hs512 + '.' + parts[1] + '.' + parts[2]);
    QTest::newRow("tampered payload")
        << (parts[0] + '.' + b64(R"({"sub":"admin","exp":99999,"iss":"nextevent"})") + '.' +
            parts[2]);
    QTest::newRow("expired") << jwt.sign({QStringLiteral("u1"), {}, {}, 0, 1400});
    QTest::newRow("garbage") << QByteArray("a.b.c");
    QTest::newRow("two parts") << (parts[0] + '.' + parts[1]);
    QTest::newRow("empty") << QByteArray();
}

void TestServerUnits::jwtRejects()
{
    QFETCH(QByteArray, token);
    const Jwt jwt("secret-one-secret-one-secret-one!");
    QVERIFY(!jwt.verify(token, 1500));
}

void TestServerUnits::passwords()
{
    const QString h = PasswordHasher::hash(QStringLiteral("correct horse"), 2000);
    QVERIFY(h.startsWith(QStringLiteral("pbkdf2-sha512$2000$")));
    QVERIFY(PasswordHasher::verify(QStringLiteral("correct horse"), h));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("correct horsE"), h));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("x"), QStringLiteral("plain")));
    QVERIFY(h != PasswordHasher::hash(QStringLiteral("correct horse"), 2000)); // salted
}

void TestServerUnits::apiKeys()
{
    const QByteArray a = PasswordHasher::newApiKey();
    QVERIFY(a.startsWith("nek_"));
    QVERIFY(a.size() > 40);
    QVERIFY(a != PasswordHasher::newApiKey());
    QCOMPARE(PasswordHasher::apiKeyHash(a).size(), 64);
    // Keys already stored must keep matching: the hash is plain SHA-256 in lowercase hex.
    QCOMPARE(PasswordHasher::apiKeyHash("abc"),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void TestServerUnits::rateLimiter()
{
    RateLimiter limiter(100, 200);
    const auto t0 = RateLimiter::Clock::now();
    int allowed = 0;
    for (int i = 0; i < 300; ++i)
        allowed += limiter.allow("k", t0) ? 1 : 0;
    QCOMPARE(allowed, 200); // the burst
    int retry = 0;
    QVERIFY(!limiter.allow("k", t0, &retry));
    QCOMPARE(retry, 1);
    QVERIFY(limiter.allow("other", t0)); // per key
    allowed = 0;
    const auto t1 = t0 + std::chrono::milliseconds(100); // 10 tokens refilled
    for (int i = 0; i < 50; ++i)
        allowed += limiter.allow("k", t1) ? 1 : 0;
    QCOMPARE(allowed, 10);
}

void TestServerUnits::l1Cache()
{
    L1Cache cache(10000);
    const auto t0 = L1Cache::Clock::now();
    auto entry = [](int n) {
        return std::make_shared<const CachedEntry>(CachedEntry{QByteArray(n, 'x'), "\"1\""});
    };
    cache.put("image:a", entry(1000), std::chrono::seconds(10), t0);
    cache.put("list:images:1", entry(1000), std::chrono::seconds(10), t0);
    cache.put("list:images:2", entry(1000), std::chrono::seconds(10), t0);
    QVERIFY(cache.get("image:a", t0));
    QVERIFY(!cache.get("image:a", t0 + std::chrono::seconds(11))); // TTL
    QCOMPARE(cache.removePrefix("list:images:"), 2);
    QCOMPARE(cache.count(), 0);
    for (int i = 0; i < 20; ++i)
        cache.put("k" + QByteArray::number(i), entry(1000), std::chrono::seconds(10), t0);
    QVERIFY(cache.bytes() <= 10000);
    QVERIFY(cache.get("k19", t0)); // newest kept
    QVERIFY(!cache.get("k0", t0)); // oldest evicted
    cache.put("huge", entry(5000), std::chrono::seconds(10), t0);
    QVERIFY(!cache.get("huge", t0)); // over a quarter of the budget: not cached
}

void TestServerUnits::eventBus()
{
    EventBus bus(3, 0);
    int woken = 0;
    const int token = bus.subscribe([&] { ++woken; });
    for (int i = 0; i < 5; ++i)
        bus.publish(QByteArray::number(i));
    QCOMPARE(woken, 5);
    bool gap = false;
    auto events = bus.since(1, &gap);
    QVERIFY(gap);
    QCOMPARE(events.size(), size_t(3));
    QCOMPARE(events.front().id, 3);
    events = bus.since(4, &gap);
    QVERIFY(!gap);
    QCOMPARE(events.size(), size_t(1));
    bus.unsubscribe(token);
    bus.publish("x");
    QCOMPARE(woken, 5);
}

void TestServerUnits::eventIdsAcrossRestarts()
{
    // A process's ids start at its start time in microseconds: the next process's are higher
    // than any this one handed out, unless it published a million events per second.
    auto before = std::make_unique<EventBus>(16);
    for (int i = 0; i < 5; ++i)
        before->publish(QByteArray::number(i));
    const qint64 seen = before->lastId();
    before.reset();
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
    EventBus after(16);
    QVERIFY2(after.lastId() > seen,
             qPrintable(QStringLiteral("%1 <= %2").arg(after.lastId()).arg(seen)));
    const qint64 first = after.publish("new");
    QVERIFY(first > seen);

    // A Last-Event-ID from before the restart: the events in between are unknown, so the
    // client is told to resync and gets what this process has, then goes on from there.
    bool gap = false;
    qint64 next = 0;
    auto events = after.since(seen, &gap, &next);
    QVERIFY(gap);
    QCOMPARE(events.size(), size_t(1));
    QCOMPARE(events.front().id, first);
    QCOMPARE(next, first);
    events = after.since(next, &gap, &next);
    QVERIFY(!gap);
    QVERIFY(events.empty());
    QCOMPARE(next, first);

    // An id this process never handed out (another server's, or a clock set back): resync
    // too, and continue after the newest event instead of waiting for ids to catch up.
    events = after.since(first + 1000, &gap, &next);
    QVERIFY(gap);
    QCOMPARE(events.size(), size_t(1));
    QCOMPARE(next, first);

    // Nothing remembered yet after a restart: resync, then continue from the newest id.
    EventBus empty(16);
    events = empty.since(seen, &gap, &next);
    QVERIFY(gap);
    QVERIFY(events.empty());
    QCOMPARE(next, empty.lastId());
    events = empty.since(next, &gap, &next);
    QVERIFY(!gap);
}

void TestServerUnits::jsonWriterStructure()
{
    QByteArray body;
    ne::server::JsonWriter out(body);
    out.beginObject();
    out.key(u"empty");
    out.beginObject();
    out.endObject();
    out.key(QStringView(u"list"));
    out.beginArray();
    out.beginArray();
    out.endArray();
    out.value(qint64(-9007199254740993));
    out.value(2.5);
    out.value(std::numeric_limits<double>::quiet_NaN());
    out.value(true);
    out.null();
    out.beginObject();
    out.key(u"a");
    out.value(QStringView(u"b"));
    out.endObject();
    out.endArray();
    out.key(u"last");
    out.value(false);
    out.endObject();
    QCOMPARE(body, QByteArray(R"({"empty":{},"list":[[],-9007199254740993,2.5,null,true,null,)"
                              R"({"a":"b"}],"last":false})"));
}

void TestServerUnits::jsonWriterStrings()
{
    // Every escape JSON needs, non-ASCII and astral characters, Latin-1 and UTF-16 input:
    // whatever is written must parse back to the same text with Qt's strict reader.
    QStringList texts = {QString(),
                         QStringLiteral("plain"),
                         QStringLiteral("\"quoted\" \\ /"),
                         QStringLiteral("tab\tnew\nline\rreturn"),
                         QStringLiteral("新闻 — café"),
                         QString::fromUcs4(U"emoji 😀 and 𝄞")};
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls.append(QChar(c));
    texts.append(controls);
    QRandomGenerator random(7);
    for (int i = 0; i < 200; ++i) {
        QString text;
        const int length = int(random.bounded(40));
        for (int j = 0; j < length; ++j) {
            char32_t c = random.bounded(4) == 0 ? char32_t(random.bounded(0x20))
                                                : char32_t(random.bounded(0x20, 0x11'0000));
            if (c >= 0xd800 && c < 0xe000)
                c = U'\\';
            text.append(QString::fromUcs4(&c, 1));
        }
        texts.append(text);
    }
    QByteArray body;
    ne::server::JsonWriter out(body);
    out.beginObject();
    for (int i = 0; i < texts.size(); ++i) {
        out.key(QString(texts.at(i) + QString::number(i)));
        out.value(texts.at(i));
    }
    out.key(QString::fromLatin1("latin1 \xe9\""));
    out.value(QLatin1StringView("caf\xe9 \\"));
    out.endObject();
    QJsonParseError error;
    const QJsonObject parsed = QJsonDocument::fromJson(body, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(parsed.size(), texts.size() + 1);
    // By iteration: QJsonObject's lookup misorders astral keys in Qt 6.4.
    QHash<QString, QString> members;
    for (auto it = parsed.begin(); it != parsed.end(); ++it)
        members.insert(it.key(), it.value().toString());
    for (int i = 0; i < texts.size(); ++i)
        QCOMPARE(members.value(texts.at(i) + QString::number(i)), texts.at(i));
    QCOMPARE(parsed.value(QStringLiteral("latin1 é\"")).toString(), QStringLiteral("café \\"));
}

void TestServerUnits::recordJson()
{
    const ne::EntitySchema &schema = ne::EntitySchema::of(ne::EntityKind::Image);
    const QString sha(64, QLatin1Char('a'));
    ne::Record image;
    image.setValue(QStringLiteral("id"), QStringLiteral("0b7f6c1e-5f3c-4d7a-9f7e-0f1d2c3b4a59"));
    image.setValue(QStringLiteral("title"), QStringLiteral("A \"quoted\" 标题"));
    image.setValue(QStringLiteral("width"), 640);
    image.setValue(QStringLiteral("tags"), QStringList{QStringLiteral("x"), QStringLiteral("y")});
    image.setValue(QStringLiteral("metadata"), QVariantMap{{QStringLiteral("iso"), 200}});
    image.setValue(QStringLiteral("description"), QVariant());
    image.setValue(QStringLiteral("contentSha256"), sha);
    image.setValue(QStringLiteral("url"), QString(QStringLiteral("pgmedia:") + sha));
    image.setValue(QStringLiteral("createdAt"),
                   QDateTime::fromMSecsSinceEpoch(1'764'321'300'123, Qt::UTC));
    image.setValue(QStringLiteral("storagePath"), QStringLiteral("/secret/path"));
    const QJsonObject json =
        QJsonDocument::fromJson(ne::server::RecordJson::toJson(image, schema)).object();
    QCOMPARE(json.value(QStringLiteral("title")).toString(), QStringLiteral("A \"quoted\" 标题"));
    QCOMPARE(json.value(QStringLiteral("width")).toInteger(), 640);
    QCOMPARE(json.value(QStringLiteral("tags")).toArray(),
             QJsonArray({QStringLiteral("x"), QStringLiteral("y")}));
    QCOMPARE(json.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("iso")).toInt(),
             200);
    QVERIFY(json.contains(QStringLiteral("description")));
    QVERIFY(json.value(QStringLiteral("description")).isNull());
    QVERIFY(!json.contains(QStringLiteral("storagePath")));
    QCOMPARE(json.value(QStringLiteral("createdAt")).toString(),
             QStringLiteral("2025-11-28T09:15:00.123Z"));
    QCOMPARE(json.value(QStringLiteral("url")).toString(), QStringLiteral("/api/v2/media/") + sha);
    QCOMPARE(json.value(QStringLiteral("thumbnailUrl")).toString(),
             QStringLiteral("/api/v2/media/") + sha + QStringLiteral("/thumbnail"));
    const QJsonObject lean =
        QJsonDocument::fromJson(ne::server::RecordJson::toJson(image, schema, false)).object();
    QVERIFY(!lean.contains(QStringLiteral("metadata")));
    QCOMPARE(lean.size(), json.size() - 1);
}

QTEST_GUILESS_MAIN(TestServerUnits)
#include "TestServerUnits.moc"
