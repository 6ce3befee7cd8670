// SPDX-License-Identifier: MIT
#pragma once

#include "schema/EntityKind.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QNetworkReply;

namespace ne {

class RestClient;

/// Reads GET /api/v2/events (Server-Sent Events) and turns each change event into
/// changed(). Reconnects after a drop with Last-Event-ID, waiting the server's retry:
/// interval; after a reconnect (or a resync event) it announces every entity as changed,
/// because what happened while disconnected may not be replayable (a restarted server
/// numbers its events afresh). Lives on the client's thread.
class SseStream : public QObject
{
    Q_OBJECT
public:
    explicit SseStream(RestClient *client, QObject *parent = nullptr);
    ~SseStream() override;

    void start();
    void stop();
    bool isConnected() const { return m_connected; }
    qint64 lastEventId() const { return m_lastEventId; }

Q_SIGNALS:
    void changed(ne::EntityKind kind, const QStringList &ids);
    /// The stream is open (true) or lost (false).
    void connectedChanged(bool connected);

private:
    void connectNow();
    void onReadyRead();
    void onFinished();
    void dispatchEvent();
    void announceAll();

    RestClient *m_client;
    QPointer<QNetworkReply> m_reply;
    QTimer m_reconnect;
    QByteArray m_buffer;
    QByteArray m_eventName;
    QByteArray m_data;
    QByteArray m_pendingId;
    qint64 m_lastEventId = -1;
    int m_retryMs = 1000;
    int m_failures = 0;
    bool m_connected = false;
    bool m_everConnected = false;
    bool m_running = false;
};

} // namespace ne
