// SPDX-License-Identifier: MIT
#pragma once

#include "store/rest/RestAuth.h"
#include "store/rest/RestMessage.h"
#include "store/rest/RestSettings.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;

namespace ne {

/// The one HTTP client of a RestStore: one QNetworkAccessManager on the thread that owns
/// this object (the UI thread; it is asynchronous already). Adds credentials and a request
/// id to every request; retries reads with jittered exponential backoff; never retries a
/// write; renews an expired login once and replays the requests that waited for it;
/// refuses certificate errors unless the certificate is the one pinned; and tracks whether
/// the server is reachable, probing /health while it is not.
class RestClient : public QObject
{
    Q_OBJECT
public:
    explicit RestClient(RestSettings settings, QObject *parent = nullptr);
    ~RestClient() override;

    /// Starts the exchange; the future always finishes on this object's thread. Reads that
    /// stay unanswered after their retries fail with StoreError Unavailable; writes without
    /// an answer resolve with status 0 and outcomeUnknown, for the caller to reconcile.
    QFuture<RestReply> send(RestRequest request);

    /// A request with credentials, request id and TLS pinning, for streams (events) that
    /// the caller reads itself.
    QNetworkRequest prepare(const QUrl &url) const;
    /// Connects pin checking to a reply the caller made from prepare().
    void watchTls(QNetworkReply *reply);

    QNetworkAccessManager *network() const { return m_network; }
    const RestSettings &settings() const { return m_settings; }
    RestAuth &auth() { return m_auth; }

    bool isAvailable() const { return m_available; }
    /// Someone else (the event stream) saw the server go away or come back.
    void reportUnreachable(const QString &why);
    void reportReachable();

    /// For tests and the dashboard: how often reads were retried and logins made.
    qint64 retryCount() const { return m_retries; }
    qint64 loginCount() const { return m_logins; }

Q_SIGNALS:
    void availabilityChanged(bool available, const QString &message);
    /// A login (first or renewal) was refused; every waiting request failed with it.
    void loginFailed(const QString &message);
    /// A new token is in place (first login or renewal).
    void loggedIn();

private:
    struct Call;
    void submit(const std::shared_ptr<Call> &call);
    void dispatch(const std::shared_ptr<Call> &call);
    void onFinished(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    void onTransportFailure(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    bool retry(const std::shared_ptr<Call> &call, int delayMs = -1);
    void resolve(const std::shared_ptr<Call> &call, RestReply reply);
    void fail(const std::shared_ptr<Call> &call, const StoreError &error);
    void startLogin();
    void onLoginReply(const RestReply &reply);
    void failWaiting(const StoreError &error);
    void setAvailable(bool available, const QString &message);
    void probe();
    int backoffMs(int attempt) const;

    RestSettings m_settings;
    RestAuth m_auth;
    QNetworkAccessManager *m_network;
    QList<std::shared_ptr<Call>> m_waiting; ///< behind a login in progress
    bool m_loggingIn = false;
    bool m_available = true;
    bool m_probing = false;
    QTimer m_probeTimer;
    qint64 m_retries = 0;
    qint64 m_logins = 0;
};

} // namespace ne
