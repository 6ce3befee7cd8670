// SPDX-License-Identifier: MIT
#include "RestClient.h"

#include "store/rest/RestErrors.h"

#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace ne {

struct RestClient::Call
{
    RestRequest request;
    QPromise<RestReply> promise;
    int attempt = 0;
    quint64 authGeneration = 0;
    bool isLogin = false;
    bool replayedAfterLogin = false; ///< a request causes at most one re-login
    bool deadlineHit = false;
    QString tlsProblem;
};

namespace {

QByteArray newRequestId()
{
    return "nea-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
}

/// Errors raised before the request left this machine: a write that met one of them was
/// certainly not applied, so it fails plainly instead of being reconciled.
bool certainlyNotSent(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
        return true;
    default:
        return false;
    }
}

} // namespace

RestClient::RestClient(RestSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_auth(m_settings)
    , m_network(new QNetworkAccessManager(this))
{
    // Redirects are followed for reads only (per request below): a write must not be
    // replayed at another address without the person knowing.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_probeTimer.setSingleShot(true);
    connect(&m_probeTimer, &QTimer::timeout, this, &RestClient::probe);
}

RestClient::~RestClient()
{
    // Waiting callers learn that nothing more will happen.
    failWaiting(StoreError(StoreError::Kind::Cancelled, tr("The connection was closed.")));
}

QNetworkRequest RestClient::prepare(const QUrl &url) const
{
    QNetworkRequest request(url);
    m_auth.apply(request);
    request.setRawHeader("X-Request-Id", newRequestId());
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_settings.transferTimeoutMs);
    return request;
}

void RestClient::watchTls(QNetworkReply *reply)
{
    connect(reply, &QNetworkReply::sslErrors, reply, [this, reply](const QList<QSslError> &errors) {
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        if (!m_settings.pinnedSha256.isEmpty() && !peer.isNull() &&
            peer.digest(QCryptographicHash::Sha256).toHex() == m_settings.pinnedSha256.toLower())
            reply->ignoreSslErrors(errors); // the profile trusts exactly this certificate
        else
            reply->setProperty("ne_tls_problem", RestErrors::certificateDetails(errors));
    });
}

QFuture<RestReply> RestClient::send(RestRequest request)
{
    auto call = std::make_shared<Call>();
    call->request = std::move(request);
    call->promise.start();
    QFuture<RestReply> future = call->promise.future();
    submit(call);
    return future;
}

void RestClient::submit(const std::shared_ptr<Call> &call)
{
    if (!call->isLogin && m_auth.usesLogin() && (m_loggingIn || m_auth.needsLogin())) {
        m_waiting.append(call);
        startLogin();
        return;
    }
    dispatch(call);
}

void RestClient::dispatch(const std::shared_ptr<Call> &call)
{
    const RestRequest &r = call->request;
    if (r.cancel && r.cancel->cancelled) {
        fail(call, StoreError(StoreError::Kind::Cancelled, tr("Cancelled.")));
        return;
    }
    QNetworkRequest request = prepare(r.url);
    for (const auto &[name, value] : r.headers)
        request.setRawHeader(name, value);
    if (!r.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, r.contentType);
    if (r.method == "GET")
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         r.useDiskCache ? QNetworkRequest::PreferCache
                                        : QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, r.useDiskCache);
    call->authGeneration = m_auth.generation();
    call->deadlineHit = false;
    QNetworkReply *reply = nullptr;
    if (r.multipart) {
        QHttpMultiPart *multipart = r.multipart();
        reply = m_network->post(request, multipart);
        multipart->setParent(reply);
    } else if (r.bodyDevice) {
        QIODevice *body = r.bodyDevice();
        request.setHeader(QNetworkRequest::ContentTypeHeader, r.contentType);
        request.setHeader(QNetworkRequest::ContentLengthHeader, body->size());
        reply = m_network->sendCustomRequest(request, r.method, body);
        body->setParent(reply);
    } else if (r.method == "GET") {
        reply = m_network->get(request); // only a plain GET may use the disk cache
    } else {
        reply = m_network->sendCustomRequest(request, r.method, r.body);
    }
    watchTls(reply);
    if (r.uploadProgress)
        connect(reply, &QNetworkReply::uploadProgress, this, r.uploadProgress);
    if (r.cancel)
        r.cancel->abort = [reply] { reply->abort(); };
    // The deadline timer belongs to the reply and goes with it, and so does the call it
    // holds. (QTimer::singleShot keeps its functor until it fires even when the context
    // object is gone: every answered call, reply body included, stayed in memory for the
    // whole deadline — 130 MB after paging 100,000 rows.)
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [call, reply] {
        call->deadlineHit = true;
        reply->abort();
    });
    deadline->start(m_settings.deadlineMs);
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] {
        reply->deleteLater();
        if (call->request.cancel)
            call->request.cancel->abort = nullptr;
        onFinished(call, reply);
    });
}

void RestClient::onFinished(const std::shared_ptr<Call> &call, QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        onTransportFailure(call, reply);
        return;
    }
    if (!call->isLogin)
        setAvailable(true, {});
    RestReply out;
    out.status = status;
    out.body = reply->readAll();
    out.headers = reply->rawHeaderPairs();
    out.fromCache = reply->attribute(QNetworkRequest::SourceIsFromCacheAttribute).toBool();
    if (status == 401 && m_auth.usesLogin() && !call->isLogin && !call->replayedAfterLogin) {
        // The token expired: one login for everyone, then the refused requests go again.
        call->replayedAfterLogin = true;
        if (call->authGeneration != m_auth.generation() && !m_loggingIn) {
            dispatch(call); // someone renewed the token meanwhile
            return;
        }
        m_waiting.append(call);
        startLogin();
        return;
    }
    const bool busy = status == 429 || status == 502 || status == 503 || status == 504;
    if (busy && call->request.idempotent) {
        bool ok = false;
        const int retryAfter = out.header("retry-after").toInt(&ok);
        if (retry(call, ok ? std::min(retryAfter, 30) * 1000 : -1))
            return;
    }
    resolve(call, std::move(out));
}

void RestClient::onTransportFailure(const std::shared_ptr<Call> &call, QNetworkReply *reply)
{
    const RestRequest &r = call->request;
    if (r.cancel && r.cancel->cancelled) {
        fail(call, StoreError(StoreError::Kind::Cancelled, tr("Cancelled.")));
        return;
    }
    const QString tls = reply->property("ne_tls_problem").toString();
    if (!tls.isEmpty()) {
        // Refused on purpose: no retry, no "offline" state — the person must decide.
        fail(call, StoreError(StoreError::Kind::Unavailable,
                              tr("The server's certificate is not trusted, so the connection "
                                 "was refused.\n%1")
                                  .arg(tls),
                              tls));
        return;
    }
    QString why = reply->errorString();
    if (call->deadlineHit)
        why = tr("no answer within %1 s").arg(m_settings.deadlineMs / 1000);
    else if (reply->error() == QNetworkReply::OperationCanceledError ||
             reply->error() == QNetworkReply::TimeoutError)
        why = tr("no data for %1 s").arg(m_settings.transferTimeoutMs / 1000.0);
    if (!call->isLogin)
        setAvailable(false, why);
    if (r.idempotent && retry(call))
        return;
    if (r.idempotent) {
        RestReply failed;
        failed.transportError = why;
        fail(call, RestErrors::transport(failed));
        return;
    }
    RestReply unknown;
    unknown.transportError = why;
    unknown.outcomeUnknown = !certainlyNotSent(reply->error());
    if (!unknown.outcomeUnknown) {
        fail(call, RestErrors::transport(unknown));
        return;
    }
    resolve(call, std::move(unknown));
}

bool RestClient::retry(const std::shared_ptr<Call> &call, int delayMs)
{
    const int limit =
        call->request.maxRetries >= 0 ? call->request.maxRetries : m_settings.maxReadRetries;
    if (call->attempt >= limit)
        return false;
    const int delay = delayMs >= 0 ? delayMs : backoffMs(call->attempt);
    ++call->attempt;
    ++m_retries;
    QTimer::singleShot(delay, this, [this, call] { submit(call); });
    return true;
}

int RestClient::backoffMs(int attempt) const
{
    // Full doubling with ±50 % jitter, so clients that lost the server together do not
    // all come back in the same millisecond.
    const double base = m_settings.backoffBaseMs * double(1 << std::min(attempt, 6));
    const double jitter = 0.5 + QRandomGenerator::global()->generateDouble();
    return int(std::min(base * jitter, 10000.0));
}

void RestClient::resolve(const std::shared_ptr<Call> &call, RestReply reply)
{
    call->promise.addResult(std::move(reply));
    call->promise.finish();
}

void RestClient::fail(const std::shared_ptr<Call> &call, const StoreError &error)
{
    call->promise.setException(error);
    call->promise.finish();
}

void RestClient::startLogin()
{
    if (m_loggingIn)
        return;
    m_loggingIn = true;
    ++m_logins;
    auto login = std::make_shared<Call>();
    login->request = m_auth.loginRequest(m_settings);
    login->isLogin = true;
    login->promise.start();
    login->promise.future()
        .then(this, [this](const RestReply &reply) { onLoginReply(reply); })
        .onFailed(this, [this](const StoreError &e) {
            m_loggingIn = false;
            failWaiting(e);
            Q_EMIT loginFailed(e.message());
        });
    dispatch(login);
}

void RestClient::onLoginReply(const RestReply &reply)
{
    m_loggingIn = false;
    if (const std::optional<StoreError> error = m_auth.acceptLogin(reply)) {
        failWaiting(*error);
        Q_EMIT loginFailed(error->message());
        return;
    }
    Q_EMIT loggedIn();
    const QList<std::shared_ptr<Call>> waiting = std::exchange(m_waiting, {});
    for (const auto &call : waiting)
        dispatch(call);
}

void RestClient::failWaiting(const StoreError &error)
{
    const QList<std::shared_ptr<Call>> waiting = std::exchange(m_waiting, {});
    for (const auto &call : waiting)
        fail(call, error);
}

void RestClient::reportUnreachable(const QString &why)
{
    setAvailable(false, why);
}

void RestClient::reportReachable()
{
    setAvailable(true, {});
}

void RestClient::setAvailable(bool available, const QString &message)
{
    if (!available && !m_probeTimer.isActive() && !m_probing)
        m_probeTimer.start(m_settings.probeIntervalMs);
    if (available == m_available)
        return;
    m_available = available;
    if (available)
        m_probeTimer.stop();
    Q_EMIT availabilityChanged(
        available, available ? tr("Connected to %1.").arg(m_settings.baseUrl.toDisplayString())
                             : tr("Offline — reconnecting to %1 (%2).")
                                   .arg(m_settings.baseUrl.toDisplayString(), message));
}

void RestClient::probe()
{
    if (m_available)
        return;
    m_probing = true;
    QNetworkRequest request = prepare(m_settings.rootUrl(QStringLiteral("/health")));
    request.setTransferTimeout(std::max(1000, m_settings.probeIntervalMs * 2));
    QNetworkReply *reply = m_network->get(request);
    watchTls(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_probing = false;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 200)
            setAvailable(true, {});
        else if (!m_available)
            m_probeTimer.start(m_settings.probeIntervalMs);
    });
}

} // namespace ne
