// SPDX-License-Identifier: MIT
// A tiny HTTP/1.1 (or HTTPS) peer for tests: it stands in for a third-party deployment
// of the platform's API (the Go server as CONTRACT.md documents it) and for misbehaving
// proxies. One request per connection, answered by a handler.
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QUrlQuery>

#include <functional>
#include <memory>

struct PeerRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body; ///< as announced by Content-Length
};

struct PeerResponse
{
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QByteArray body;
};

class LegacyPeer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<PeerResponse(const PeerRequest &)>;
    /// tls: serve HTTPS with this configuration (certificate and key set).
    explicit LegacyPeer(Handler handler, const QSslConfiguration *tls = nullptr,
                        QObject *parent = nullptr);
    ~LegacyPeer() override;

    quint16 port() const { return m_server->serverPort(); }
    const QList<PeerRequest> &requests() const { return m_requests; }

private:
    void accept();
    void serve(QTcpSocket *socket);

    Handler m_handler;
    std::unique_ptr<QTcpServer> m_server;
    QList<PeerRequest> m_requests;
};
