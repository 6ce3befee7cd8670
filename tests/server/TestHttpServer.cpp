// SPDX-License-Identifier: MIT
// The HTTP layer with a scripted handler: limits (431, 413), keep-alive, streamed bodies,
// SSE delivery and graceful shutdown with a request in flight. No database needed.
#include "EventBus.h"
#include "HttpServer.h"
#include "RequestHandler.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QtTest>

#include <atomic>
#include <mutex>
#include <thread>

using namespace ne::server;

namespace {

class CountingSink : public BodySink
{
public:
    explicit CountingSink(std::atomic<int> *aborted)
        : m_aborted(aborted)
    {}
    bool write(const char *data, size_t size) override
    {
        m_hash.addData(QByteArrayView(data, qsizetype(size)));
        m_size += qint64(size);
        return true;
    }
    HttpResponse finish(HttpRequest &) override
    {
        return HttpResponse::json(201, "{\"size\":" + QByteArray::number(m_size) + ",\"sha\":\"" +
                                           m_hash.result().toHex() + "\"}");
    }
    void abort() override { ++*m_aborted; }

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    qint64 m_size = 0;
    std::atomic<int> *m_aborted;
};

class FakeHandler : public RequestHandler
{
public:
    FakeHandler()
    {
        router.add({"GET", QStringLiteral("/fast"), 1, BodyPolicy::None});
        router.add({"GET", QStringLiteral("/slow"), 2, BodyPolicy::None});
        router.add({"POST", QStringLiteral("/json"), 3, BodyPolicy::Json});
        router.add({"POST", QStringLiteral("/upload"), 4, BodyPolicy::Stream});
        router.add({"GET", QStringLiteral("/events"), 5, BodyPolicy::None});
    }
    RouteMatch route(const HttpRequest &r) const override { return router.match(r.method, r.path); }
    bool handleInline(HttpRequest &, const RouteMatch &m, HttpResponse &out) override
    {
        if (m.route && m.route->handler == 1) {
            out = HttpResponse::json(200, "{\"fast\":true}");
            return true;
        }
        return false;
    }
    HttpResponse handleBlocking(HttpRequest &r, const RouteMatch &m) override
    {
        if (!m.route)
            return HttpResponse::json(404, "{}");
        switch (m.route->handler) {
        case 2:
            std::this_thread::sleep_for(std::chrono::milliseconds(700));
            return HttpResponse::json(200, "{\"slow\":true}");
        case 3:
            return HttpResponse::json(200, "{\"len\":" + QByteArray::number(r.body.size()) + "}");
        case 5: {
            HttpResponse sse;
            sse.sse = true;
            sse.setHeader("Content-Type", "text/event-stream");
            const QByteArray last = r.header("last-event-id");
            if (!last.isEmpty())
                sse.sseLastEventId = last.toLongLong();
            return sse;
        }
        }
        return HttpResponse::json(500, "{}");
    }
    std::unique_ptr<BodySink> openSink(HttpRequest &, const RouteMatch &, HttpResponse &) override
    {
        return std::make_unique<CountingSink>(&aborted);
    }
    void completed(const HttpRequest &, const RouteMatch &, const HttpResponse &response, qint64,
                   qint64) override
    {
        ++completedCount;
        std::lock_guard lock(statusMutex);
        statuses << response.status;
    }
    /// How many completed requests had status.
    int countOf(int status)
    {
        std::lock_guard lock(statusMutex);
        return int(statuses.count(status));
    }
    EventBus &events() override { return bus; }

    Router router;
    EventBus bus;
    std::atomic<int> aborted{0};
    std::atomic<int> completedCount{0};
    std::mutex statusMutex;
    QList<int> statuses; ///< of every completed request, in order
};

/// Reads one response (headers + Content-Length body) from a socket.
QByteArray readResponse(QTcpSocket &s, int timeoutMs = 5000)
{
    QByteArray data;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end >= 0) {
            const QByteArray head = data.left(end).toLower();
            const qsizetype cl = head.indexOf("content-length: ");
            qint64 len = 0;
            if (cl >= 0)
                len = head.mid(cl + 16, head.indexOf('\r', cl) - cl - 16).toLongLong();
            if (data.size() >= end + 4 + len)
                return data;
        }
        if (!s.waitForReadyRead(100) && s.state() != QAbstractSocket::ConnectedState)
            return data + s.readAll();
        data += s.readAll();
    }
    return data;
}

} // namespace

class TestHttpServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void keepAlive();
    void headerLimit();
    void jsonBodyLimit();
    void streamedUpload();
    void uploadLimit();
    void unansweredRequestsAreCounted();
    void sse();
    void portTaken();
    void gracefulShutdown();

private:
    void connect(QTcpSocket &s)
    {
        s.connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
        QVERIFY(s.waitForConnected(2000));
    }
    std::unique_ptr<FakeHandler> m_handler;
    std::unique_ptr<HttpServer> m_server;
    std::thread m_thread;
};

void TestHttpServer::init()
{
    m_handler = std::make_unique<FakeHandler>();
    HttpSettings s;
    s.port = 0;
    s.workerThreads = 4;
    s.maxUploadBody = 4 * 1024 * 1024;
    s.sseHeartbeat = std::chrono::seconds(1);
    s.headerTimeout = std::chrono::seconds(2);
    s.bodyTimeout = std::chrono::seconds(2);
    m_server = std::make_unique<HttpServer>(s, *m_handler);
    QString error;
    QVERIFY2(m_server->listen(&error), qPrintable(error));
    m_thread = std::thread([this] { m_server->run(); });
}

void TestHttpServer::cleanup()
{
    if (m_thread.joinable()) {
        m_server->stop();
        m_thread.join();
    }
    m_server.reset();
    m_handler.reset();
}

void TestHttpServer::keepAlive()
{
    QTcpSocket s;
    connect(s);
    for (int i = 0; i < 3; ++i) {
        s.write("GET /fast HTTP/1.1\r\nHost: x\r\n\r\n");
        const QByteArray r = readResponse(s);
        QVERIFY2(r.startsWith("HTTP/1.1 200 OK"), r.constData());
        QVERIFY(r.endsWith("{\"fast\":true}"));
        QVERIFY(r.toLower().contains("x-request-id: "));
    }
    s.write("GET /nowhere HTTP/1.1\r\nHost: x\r\nX-Request-ID: abc-123\r\n\r\n");
    const QByteArray r = readResponse(s);
    QVERIFY2(r.startsWith("HTTP/1.1 404"), r.constData());
    QVERIFY(r.contains("X-Request-ID: abc-123"));
}

void TestHttpServer::headerLimit()
{
    QTcpSocket s;
    connect(s);
    s.write("GET /fast HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(9000, 'a') + "\r\n\r\n");
    const QByteArray r = readResponse(s);
    QVERIFY2(r.startsWith("HTTP/1.1 431"), r.left(200).constData());
    QVERIFY(r.contains("HEADERS_TOO_LARGE"));
    QTRY_COMPARE(m_handler->countOf(431), 1); // refusals show in the metrics too
}

void TestHttpServer::jsonBodyLimit()
{
    QTcpSocket s;
    connect(s);
    const QByteArray small(1000, 'a');
    s.write("POST /json HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n" + small);
    QVERIFY(readResponse(s).endsWith("{\"len\":1000}"));
    s.write("POST /json HTTP/1.1\r\nHost: x\r\nContent-Length: 2000000\r\n\r\n");
    const QByteArray r = readResponse(s);
    QVERIFY2(r.startsWith("HTTP/1.1 413"), r.constData());
}

void TestHttpServer::streamedUpload()
{
    QTcpSocket s;
    connect(s);
    QByteArray body(3 * 1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < body.size(); ++i)
        body[i] = char(i * 7);
    s.write("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: " +
            QByteArray::number(body.size()) + "\r\n\r\n");
    s.write(body);
    const QByteArray r = readResponse(s, 10000);
    QVERIFY2(r.startsWith("HTTP/1.1 201"), r.constData());
    QVERIFY(r.contains(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex()));
}

void TestHttpServer::uploadLimit()
{
    {
        // A declared length over the limit is refused before any byte is read.
        QTcpSocket s;
        connect(s);
        s.write("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 5000000\r\n\r\n");
        const QByteArray r = readResponse(s);
        QVERIFY2(r.startsWith("HTTP/1.1 413"), r.constData());
        QVERIFY(r.contains("REQUEST_TOO_LARGE"));
    }
    // A chunked body is cut off when it crosses the limit; the sink learns of it.
    QTcpSocket s;
    connect(s);
    s.write("POST /upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
    const QByteArray chunk(512 * 1024, 'x');
    for (int i = 0; i < 10 && s.state() == QAbstractSocket::ConnectedState; ++i) {
        s.write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
        s.waitForBytesWritten(1000);
    }
    const QByteArray r = readResponse(s);
    QVERIFY2(r.startsWith("HTTP/1.1 413"), r.left(300).constData());
    QTRY_COMPARE(m_handler->aborted.load(), 1);
}

void TestHttpServer::unansweredRequestsAreCounted()
{
    // Clients that go away mid-body get no answer, but the request still counts: 499 as
    // nginx logs it, streamed or not; a body that stalls past bodyTimeout counts as 408.
    for (const char *path : {"/upload", "/json"}) {
        QTcpSocket s;
        connect(s);
        s.write(QByteArray("POST ") + path +
                " HTTP/1.1\r\nHost: x\r\nContent-Length: 900000\r\n\r\n" + QByteArray(100000, 'x'));
        QVERIFY(s.waitForBytesWritten(2000));
        QTest::qWait(100);
        s.abort();
    }
    QTRY_COMPARE(m_handler->countOf(499), 2);
    QTRY_COMPARE(m_handler->aborted.load(), 1);
    QTcpSocket stalled;
    connect(stalled);
    stalled.write("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 900000\r\n\r\nabc");
    QVERIFY(stalled.waitForBytesWritten(2000));
    QTRY_COMPARE_WITH_TIMEOUT(m_handler->countOf(408), 1, 10000);
    QCOMPARE(m_handler->countOf(200) + m_handler->countOf(201), 0);
}

void TestHttpServer::sse()
{
    m_handler->bus.publish("{\"n\":1}");
    QTcpSocket s;
    connect(s);
    s.write("GET /events HTTP/1.1\r\nHost: x\r\nLast-Event-ID: 0\r\n\r\n");
    QByteArray got;
    QTRY_VERIFY_WITH_TIMEOUT((got += s.readAll(), got.contains("data: {\"n\":1}")), 3000);
    QVERIFY(got.contains("text/event-stream"));
    const QByteArray second = "id: " + QByteArray::number(m_handler->bus.publish("{\"n\":2}")) +
                              "\nevent: change\ndata: {\"n\":2}\n\n";
    QTRY_VERIFY_WITH_TIMEOUT((got += s.readAll(), got.contains(second)), 3000);
    QTRY_VERIFY_WITH_TIMEOUT((got += s.readAll(), got.contains(": keep-alive")), 3000);
}

void TestHttpServer::portTaken()
{
    HttpSettings s;
    s.port = m_server->port();
    FakeHandler h;
    HttpServer second(s, h);
    QString error;
    QVERIFY(!second.listen(&error));
    QVERIFY2(error.contains(QStringLiteral("already in use")), qPrintable(error));
}

void TestHttpServer::gracefulShutdown()
{
    QTcpSocket busy, idle, events;
    connect(busy);
    connect(idle);
    connect(events);
    events.write("GET /events HTTP/1.1\r\nHost: x\r\n\r\n");
    QTRY_COMPARE(m_handler->bus.subscriberCount(), 1);
    busy.write("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n");
    QTest::qWait(150);
    m_server->stop();
    const QByteArray r = readResponse(busy, 5000);
    QVERIFY2(r.startsWith("HTTP/1.1 200"), r.constData());
    QVERIFY(r.contains("Connection: close"));
    QVERIFY(r.endsWith("{\"slow\":true}"));
    m_thread.join();
    QTRY_VERIFY(idle.state() != QAbstractSocket::ConnectedState || !idle.waitForReadyRead(100));
    QTcpSocket late;
    late.connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
    QVERIFY(!late.waitForConnected(500));
}

QTEST_GUILESS_MAIN(TestHttpServer)
#include "TestHttpServer.moc"
