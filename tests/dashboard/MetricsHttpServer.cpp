// SPDX-License-Identifier: MIT
#include "MetricsHttpServer.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace ne {

MetricsHttpServer::MetricsHttpServer(BodyProvider body, QObject *parent)
    : QTcpServer(parent)
    , m_body(std::move(body))
{
    connect(this, &QTcpServer::newConnection, this, &MetricsHttpServer::onConnection);
}

QUrl MetricsHttpServer::start()
{
    listen(QHostAddress::LocalHost, 0);
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(serverPort());
    url.setPath(QStringLiteral("/metrics"));
    return url;
}

void MetricsHttpServer::onConnection()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            // Loopback requests arrive in one piece; answer once the header is complete.
            if (!socket->peek(65536).contains("\r\n\r\n") || socket->property("answered").toBool())
                return;
            socket->setProperty("answered", true);
            const QByteArray body = m_body();
            QByteArray reply = "HTTP/1.1 " + QByteArray::number(m_status) +
                               (m_status == 200 ? " OK" : " Error") +
                               "\r\nContent-Type: " + m_contentType +
                               "\r\nContent-Length: " + QByteArray::number(body.size()) +
                               "\r\nConnection: close\r\n\r\n" + body;
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(m_delayMs, this, [this, guard, reply, body] {
                if (!guard)
                    return;
                guard->write(reply);
                guard->disconnectFromHost();
                ++m_served;
                Q_EMIT bodyServed(body);
            });
        });
    }
}

} // namespace ne
