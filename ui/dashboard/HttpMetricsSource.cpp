// SPDX-License-Identifier: MIT
#include "dashboard/HttpMetricsSource.h"

#include "store/rest/RestErrors.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

namespace ne {

HttpMetricsSource::HttpMetricsSource(QNetworkAccessManager *network, QUrl url, QObject *parent)
    : MetricsSource(parent)
    , m_network(network)
    , m_url(std::move(url))
{}

HttpMetricsSource::~HttpMetricsSource()
{
    if (m_reply)
        m_reply->abort();
}

void HttpMetricsSource::fetch()
{
    if (m_reply)
        return; // the previous scrape is still running; its own timeout ends it
    QNetworkRequest request(m_url);
    // Prometheus asks for the text format explicitly; so do we.
    request.setRawHeader("Accept", "text/plain;version=0.0.4;q=1,*/*;q=0.1");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    m_timedOut = false;
    m_tooLarge = false;
    m_tlsProblem.clear();
    QNetworkReply *reply = m_network->get(request);
    m_reply = reply;
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [this, reply] {
        m_timedOut = true;
        reply->abort();
    });
    timer->start(m_timeoutMs);
    connect(reply, &QNetworkReply::downloadProgress, reply, [this, reply](qint64 received) {
        if (received > m_maxBytes) {
            m_tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::sslErrors, reply, [this, reply](const QList<QSslError> &errors) {
        if (trusts(reply->sslConfiguration().peerCertificate(), m_pinnedSha256))
            reply->ignoreSslErrors(errors);
        else
            m_tlsProblem = RestErrors::certificateDetails(errors);
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finish(reply); });
}

bool HttpMetricsSource::trusts(const QSslCertificate &peer, const QByteArray &pinnedSha256)
{
    return !pinnedSha256.isEmpty() && !peer.isNull() &&
           peer.digest(QCryptographicHash::Sha256).toHex() == pinnedSha256.toLower();
}

QString HttpMetricsSource::describeFailure(QNetworkReply *reply) const
{
    if (m_timedOut)
        return tr("timed out after %1 s").arg(m_timeoutMs / 1000.0);
    if (!m_tlsProblem.isEmpty())
        return tr("certificate refused: %1").arg(m_tlsProblem);
    if (m_tooLarge)
        return tr("response larger than %1 MiB").arg(m_maxBytes / (1024 * 1024));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 0 && status != 200) {
        const QString reason = QString::fromUtf8(
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
        return tr("HTTP %1 %2").arg(status).arg(reason).trimmed();
    }
    if (reply->error() != QNetworkReply::NoError)
        return reply->errorString();
    return {};
}

void HttpMetricsSource::finish(QNetworkReply *reply)
{
    reply->deleteLater();
    m_reply.clear();
    const QString failure = describeFailure(reply);
    if (!failure.isEmpty()) {
        Q_EMIT failed(failure);
        return;
    }
    const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (type.startsWith("text/html")) {
        Q_EMIT failed(tr("the server sent an HTML page, not Prometheus metrics"));
        return;
    }
    Q_EMIT fetched(reply->readAll());
}

} // namespace ne
