// SPDX-License-Identifier: MIT
#include "SseStream.h"

#include "store/rest/RestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace ne {

namespace {
/// The server sends a comment every 15 s; three missed ones mean the stream is dead.
constexpr int kSilenceMs = 45000;
} // namespace

SseStream::SseStream(RestClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &SseStream::connectNow);
    // A stream refused for an expired token comes back as soon as there is a new one.
    const auto reconnectNow = [this] {
        if (m_running && !m_reply) {
            m_reconnect.stop();
            connectNow();
        }
    };
    connect(m_client, &RestClient::loggedIn, this, reconnectNow);
    // The server is back (the /health probe answered): no need to sit out the backoff.
    connect(m_client, &RestClient::availabilityChanged, this, [reconnectNow](bool available) {
        if (available)
            reconnectNow();
    });
}

SseStream::~SseStream()
{
    stop();
}

void SseStream::start()
{
    m_running = true;
    connectNow();
}

void SseStream::stop()
{
    m_running = false;
    m_reconnect.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void SseStream::connectNow()
{
    if (!m_running || m_reply)
        return;
    if (m_client->auth().needsLogin())
        return; // loggedIn() starts it: the first request logs in
    QNetworkRequest request =
        m_client->prepare(m_client->settings().apiUrl(QStringLiteral("/events")));
    request.setRawHeader("Accept", "text/event-stream");
    request.setTransferTimeout(kSilenceMs);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    if (m_lastEventId >= 0)
        request.setRawHeader("Last-Event-ID", QByteArray::number(m_lastEventId));
    m_buffer.clear();
    m_data.clear();
    m_eventName.clear();
    m_reply = m_client->network()->get(request);
    m_client->watchTls(m_reply);
    connect(m_reply, &QNetworkReply::readyRead, this, &SseStream::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &SseStream::onFinished);
}

void SseStream::onReadyRead()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200)
        return; // the error body is read in onFinished
    if (!m_connected) {
        m_connected = true;
        m_failures = 0;
        Q_EMIT connectedChanged(true);
        m_client->reportReachable();
        if (m_everConnected)
            announceAll();
        m_everConnected = true;
    }
    m_buffer += m_reply->readAll();
    qsizetype start = 0;
    for (;;) {
        const qsizetype end = m_buffer.indexOf('\n', start);
        if (end < 0)
            break;
        QByteArray line = m_buffer.mid(start, end - start);
        start = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) {
            dispatchEvent();
            continue;
        }
        if (line.startsWith(':'))
            continue; // keep-alive comment
        const qsizetype colon = line.indexOf(':');
        const QByteArray field = colon < 0 ? line : line.left(colon);
        QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
        if (value.startsWith(' '))
            value.remove(0, 1);
        if (field == "data")
            m_data += (m_data.isEmpty() ? QByteArray() : QByteArray("\n")) + value;
        else if (field == "event")
            m_eventName = value;
        else if (field == "id")
            m_pendingId = value;
        else if (field == "retry")
            m_retryMs = std::clamp(value.toInt(), 100, 60000);
    }
    m_buffer.remove(0, start);
}

void SseStream::dispatchEvent()
{
    if (!m_pendingId.isEmpty()) {
        bool ok = false;
        const qint64 id = m_pendingId.toLongLong(&ok);
        if (ok)
            m_lastEventId = id;
        m_pendingId.clear();
    }
    const QByteArray name = m_eventName.isEmpty() ? QByteArray("message") : m_eventName;
    const QByteArray data = std::exchange(m_data, {});
    m_eventName.clear();
    if (name == "resync") {
        announceAll();
        return;
    }
    if (name != "change" && name != "message")
        return;
    const QJsonObject o = QJsonDocument::fromJson(data).object();
    const std::optional<EntityKind> kind =
        entityKindFromName(o.value(QStringLiteral("entity")).toString());
    if (!kind)
        return;
    QStringList ids;
    for (const QJsonValue &v : o.value(QStringLiteral("ids")).toArray())
        ids.append(v.toString());
    Q_EMIT changed(*kind, ids);
}

void SseStream::announceAll()
{
    for (EntityKind kind : allEntityKinds())
        Q_EMIT changed(kind, {});
}

void SseStream::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_connected) {
        m_connected = false;
        Q_EMIT connectedChanged(false);
    }
    if (!m_running)
        return;
    if (status == 0)
        m_client->reportUnreachable(reply->errorString());
    ++m_failures;
    // The server's retry: interval first, then back off so a dead server is not hammered;
    // a refusal (401 with an old token) waits longer, the next request renews the login.
    const int delay = std::min(m_retryMs * (1 << std::min(m_failures - 1, 4)), 30000);
    m_reconnect.start(status == 401 || status == 403 ? std::max(delay, 5000) : delay);
}

} // namespace ne
