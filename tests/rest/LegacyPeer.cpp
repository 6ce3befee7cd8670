// SPDX-License-Identifier: MIT
#include "LegacyPeer.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>

LegacyPeer::LegacyPeer(Handler handler, const QSslConfiguration *tls, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
    if (tls) {
        auto server = std::make_unique<QSslServer>();
        server->setSslConfiguration(*tls);
        m_server = std::move(server);
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &LegacyPeer::accept);
    m_server->listen(QHostAddress::LocalHost, 0);
}

LegacyPeer::~LegacyPeer() = default;

void LegacyPeer::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (socket->bytesAvailable() > 0)
            serve(socket);
    }
}

void LegacyPeer::serve(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        socket->setProperty("buffer", buffer);
        return;
    }
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    PeerRequest request;
    request.method = first.value(0);
    const QByteArray target = first.value(1);
    const qsizetype q = target.indexOf('?');
    request.path = QString::fromLatin1(q < 0 ? target : target.left(q));
    if (q >= 0)
        request.query = QUrlQuery(QString::fromLatin1(target.mid(q + 1)));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.append({lines.at(i).left(colon).trimmed().toLower(),
                                    lines.at(i).mid(colon + 1).trimmed()});
    }
    qint64 length = 0;
    for (const auto &[name, value] : request.headers)
        if (name == "content-length")
            length = value.toLongLong();
    if (buffer.size() < end + 4 + length) { // the body is still on its way
        socket->setProperty("buffer", buffer);
        return;
    }
    request.body = buffer.mid(end + 4, length);
    m_requests.append(request);
    const PeerResponse r = m_handler(request);
    QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) +
                     " X\r\nContent-Type: " + r.contentType +
                     "\r\nContent-Length: " + QByteArray::number(r.body.size()) +
                     "\r\nConnection: close\r\n\r\n" + r.body;
    socket->write(out);
    socket->disconnectFromHost();
}
