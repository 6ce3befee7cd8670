// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QTcpServer>

#include <functional>

namespace ne {

/// A tiny HTTP/1.1 server on loopback for tests and the demo: answers every GET with the
/// body a callback returns (a /metrics text that changes between scrapes), or with a
/// chosen content type, status or delay to play a broken source.
class MetricsHttpServer : public QTcpServer
{
    Q_OBJECT
public:
    using BodyProvider = std::function<QByteArray()>;

    explicit MetricsHttpServer(BodyProvider body, QObject *parent = nullptr);

    /// Listens on 127.0.0.1, any free port; returns the /metrics URL.
    QUrl start();
    void setContentType(const QByteArray &type) { m_contentType = type; }
    void setStatus(int status) { m_status = status; }
    void setDelayMs(int ms) { m_delayMs = ms; }
    int served() const { return m_served; }

Q_SIGNALS:
    void bodyServed(const QByteArray &body);

private:
    void onConnection();

    BodyProvider m_body;
    QByteArray m_contentType = "text/plain; version=0.0.4; charset=utf-8";
    int m_status = 200;
    int m_delayMs = 0;
    int m_served = 0;
};

} // namespace ne
