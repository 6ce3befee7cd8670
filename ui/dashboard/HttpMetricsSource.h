// SPDX-License-Identifier: MIT
#pragma once

#include "dashboard/MetricsSource.h"

#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QSslCertificate;

namespace ne {

/// A Prometheus /metrics endpoint fetched with the shared QNetworkAccessManager.
/// Bounded in time (timeout) and size (cap, the reply is aborted beyond it); one request
/// in flight at a time. Certificate errors are refused, as RestClient refuses them,
/// unless the server shows exactly the pinned certificate. Borrows the manager.
class HttpMetricsSource final : public MetricsSource
{
    Q_OBJECT
public:
    HttpMetricsSource(QNetworkAccessManager *network, QUrl url, QObject *parent = nullptr);
    ~HttpMetricsSource() override;

    QString name() const override { return m_url.toDisplayString(); }
    QUrl url() const { return m_url; }
    void fetch() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    /// Hex SHA-256 of a self-signed certificate trusted on purpose (a REST profile's pin).
    void setPinnedSha256(const QByteArray &hex) { m_pinnedSha256 = hex.toLower(); }
    QByteArray pinnedSha256() const { return m_pinnedSha256; }
    /// The pinning rule: certificate errors are ignored only for the pinned certificate.
    static bool trusts(const QSslCertificate &peer, const QByteArray &pinnedSha256);

private:
    void finish(QNetworkReply *reply);
    QString describeFailure(QNetworkReply *reply) const;

    QNetworkAccessManager *m_network;
    QUrl m_url;
    QPointer<QNetworkReply> m_reply;
    int m_timeoutMs = 5000;
    qint64 m_maxBytes = 16 * 1024 * 1024;
    QByteArray m_pinnedSha256;
    QString m_tlsProblem; ///< why the last certificate was refused
    bool m_timedOut = false;
    bool m_tooLarge = false;
};

} // namespace ne
