// SPDX-License-Identifier: MIT
#include "Application.h"

#include "ApiRoutes.h"

#include "ErrorTable.h"
#include "ImageUploadSink.h"
#include "MediaController.h"
#include "RedisCache.h"

#include "metrics/PromTextWriter.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace ne::server {

namespace {

using enum ApiRoutes::Handler;

/// The method as a metrics label. Clients may send any token as a method, and each new one
/// would otherwise start new series: memory an attacker could grow at will.
const QByteArray &methodLabel(const QByteArray &method)
{
    static const QByteArrayList known{"GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"};
    static const QByteArray other = QByteArrayLiteral("OTHER");
    for (const QByteArray &m : known) {
        if (m == method)
            return m;
    }
    return other;
}

ResponseCache::Ttls ttlsOf(const ServerConfig &c)
{
    return {std::chrono::seconds(c.itemTtl), std::chrono::seconds(c.listTtl)};
}

QByteArray opForSse(const QString &sqlOp)
{
    if (sqlOp == QStringLiteral("insert"))
        return "create";
    return sqlOp.toLatin1();
}

} // namespace

Application::Application(const ServerConfig &config, std::shared_ptr<PgRepository> repository,
                         std::unique_ptr<RedisCache> redis)
    : m_config(config)
    , m_repo(std::move(repository))
    , m_redis(std::move(redis))
    , m_metrics(m_registry)
    , m_db(std::make_shared<MeteredRepository>(m_repo, m_metrics))
    , m_cache(config.l1Bytes, ttlsOf(config), m_metrics)
    , m_auth(m_repo->pool(), config.jwtSecret, std::chrono::minutes(config.tokenLifetimeMinutes))
    , m_limiter(config.rateLimitRps, config.rateLimitBurst)
    , m_entities(m_db, m_cache, {})
    , m_files(config.dataDir)
    , m_media(
          std::make_unique<MediaController>(m_db, m_files, config.dataDir, config.thumbnailSize))
    , m_ingest(m_db, config.mediaInFiles ? &m_files : nullptr, config.maxUploadBytes,
               [this](EntityKind kind, const QString &id) {
                   m_cache.invalidate(kind, {id});
                   if (!m_notifier || !m_notifier->isListening())
                       publishChange(kind, {id}, "create");
               })
    , m_resumable(config.dataDir + QStringLiteral("/uploads"),
                  std::chrono::seconds(config.resumableExpirySeconds))
    , m_tus(m_resumable, m_ingest, {config.maxUploadBytes, config.maxResumableBytes})
    , m_health(m_repo->pool(), m_redis.get())
{
    ApiRoutes::addTo(m_router, m_config);
    m_metrics.workerThreads.set(config.poolSize);
    m_registry.addCollectHook([this] {
        const PoolStats s = m_repo->pool()->stats();
        m_metrics.dbActive.set(s.active);
        m_metrics.dbIdle.set(s.idle);
        m_metrics.sseSubscribers.set(m_events.subscriberCount());
    });
    m_entities.setChangeListener([this](const EntityController::Change &c) {
        if (!m_notifier || !m_notifier->isListening())
            publishChange(c.kind, c.ids, c.op); // without NOTIFY, announce our own writes
        if (c.kind == EntityKind::Video)
            countLiveVideos();
    });
    if (m_redis) {
        m_cache.setRedis(m_redis.get());
        m_redis->startSubscriber(
            [this](EntityKind kind, const QStringList &ids, qint64 generation, const QByteArray &) {
                m_cache.applyRemote(kind, ids, generation);
            });
    }
    // Every writer (this server, other instances, desktop clients in PostgreSQL mode)
    // reaches the events stream and the L1 cache through NOTIFY.
    m_notifier = std::make_unique<PgNotifier>(m_repo->pool(), [this](const PgChange &change) {
        m_cache.applyRemote(change.kind, change.ids, 0);
        publishChange(change.kind, change.ids, opForSse(change.op));
    });
}

Application::~Application() = default;

RouteMatch Application::route(const HttpRequest &request) const
{
    return m_router.match(request.method, request.path);
}

bool Application::admit(HttpRequest &request, const Route &route, bool mayQueryDatabase,
                        HttpResponse &response, bool *needsDatabase)
{
    if (request.authorized || !route.requiresAuth)
        return true;
    Principal principal;
    principal.id = request.remoteAddress;
    AuthService::Outcome outcome = mayQueryDatabase ? m_auth.authenticate(request, principal)
                                                    : m_auth.authenticateCached(request, principal);
    if (outcome == AuthService::Outcome::NeedsDatabase) {
        *needsDatabase = true;
        return false;
    }
    const bool presented = request.hasHeader("x-api-key") || request.hasHeader("authorization");
    if (outcome == AuthService::Outcome::Denied) {
        if (presented || !(m_config.anonymousReads && route.isRead)) {
            response = ErrorTable::response(
                ApiError::Unauthorized, request.requestId,
                presented ? QStringLiteral("The API key or token is not valid.")
                          : QStringLiteral("Send X-API-Key or Authorization: Bearer."));
            return false;
        }
        principal = Principal{Principal::Kind::Anonymous, request.remoteAddress, {}, {}};
    }
    if (!route.isRead && !principal.mayWrite()) {
        response = ErrorTable::response(
            ApiError::Forbidden, request.requestId,
            QStringLiteral("The role “%1” may only read.").arg(principal.role));
        return false;
    }
    int retryAfter = 1;
    if (!m_limiter.allow(principal.rateKey(), RateLimiter::Clock::now(), &retryAfter)) {
        response = ErrorTable::response(ApiError::RateLimited, request.requestId);
        response.setHeader("Retry-After", QByteArray::number(retryAfter));
        return false;
    }
    request.authorized = true;
    request.principal =
        principal.kind == Principal::Kind::ApiKey ? QStringLiteral("key:") + principal.name
        : principal.kind == Principal::Kind::User ? QStringLiteral("user:") + principal.name
                                                  : QStringLiteral("anonymous");
    return true;
}

bool Application::handleInline(HttpRequest &request, const RouteMatch &match,
                               HttpResponse &response)
{
    if (match.result == RouteMatch::Result::NotFound) {
        response = ErrorTable::response(ApiError::NotFound, request.requestId);
        return true;
    }
    if (match.result == RouteMatch::Result::MethodNotAllowed) {
        response = ErrorTable::response(ApiError::MethodNotAllowed, request.requestId);
        response.setHeader("Allow", match.allowed);
        return true;
    }
    const Route &route = *match.route;
    switch (route.handler) {
    case Metrics:
        response = HttpResponse::json(200, m_registry.exposition());
        response.setHeader("Content-Type", PromTextWriter::contentType());
        return true;
    case Live:
        response = m_health.live();
        return true;
    case TusOptions:
        response = m_tus.options();
        return true;
    case Root:
        response = HttpResponse::json(
            200,
            R"({"message":"NextEvent API","version":"2.0.0","status":"running","endpoints":["/api/v2/images","/api/v2/articles","/api/v2/news","/api/v2/videos","/api/v2/events","/api/v2/auth/login","/health","/metrics"]})");
        return true;
    default:
        break;
    }
    bool needsDatabase = false;
    if (!admit(request, route, false, response, &needsDatabase))
        return !needsDatabase;
    if (route.handler >= ApiRoutes::kEntityBase) {
        const int n = route.handler - ApiRoutes::kEntityBase;
        return m_entities.answerFromCache(EntityController::Action(n % 20), EntityKind(n / 20),
                                          request, match.params, response);
    }
    return false;
}

HttpResponse Application::handleBlocking(HttpRequest &request, const RouteMatch &match)
{
    if (!match.route) {
        HttpResponse r;
        handleInline(request, match, r);
        return r;
    }
    try {
        HttpResponse refusal;
        bool unused = false;
        if (!admit(request, *match.route, true, refusal, &unused))
            return refusal;
        return dispatch(request, match);
    } catch (const StoreError &e) {
        if (e.kind() == StoreError::Kind::Server || e.kind() == StoreError::Kind::Unavailable) {
            m_metrics.error(StoreError::kindName(e.kind()).toLatin1(), "store");
            std::lock_guard lock(m_logMutex);
            std::fprintf(stderr, "{\"level\":\"error\",\"requestId\":\"%s\",\"msg\":%s}\n",
                         request.requestId.constData(),
                         QJsonDocument(
                             QJsonArray{QJsonValue(e.message() + QStringLiteral(" ") + e.detail())})
                             .toJson(QJsonDocument::Compact)
                             .constData());
        }
        return ErrorTable::response(e, request.requestId);
    } catch (const std::exception &e) {
        m_registry.counter("panics_total", "").get().inc();
        std::lock_guard lock(m_logMutex);
        std::fprintf(
            stderr, "{\"level\":\"error\",\"requestId\":\"%s\",\"msg\":\"unexpected exception\"}\n",
            request.requestId.constData());
        return ErrorTable::response(ApiError::Internal, request.requestId);
    }
}

HttpResponse Application::dispatch(HttpRequest &request, const RouteMatch &match)
{
    const Route &route = *match.route;
    switch (route.handler) {
    case Health:
        return m_health.health();
    case Ready:
        return m_health.ready();
    case Login: {
        int retry = 1;
        if (!m_loginLimiter.allow("login:" + request.remoteAddress.toLatin1(),
                                  RateLimiter::Clock::now(), &retry)) {
            HttpResponse r = ErrorTable::response(ApiError::RateLimited, request.requestId);
            r.setHeader("Retry-After", QByteArray::number(retry));
            return r;
        }
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const QString username = body.value(QStringLiteral("username")).toString();
        const QString password = body.value(QStringLiteral("password")).toString();
        if (username.isEmpty() || password.isEmpty())
            return ErrorTable::response(ApiError::Validation, request.requestId,
                                        QStringLiteral("username and password are required."),
                                        {{QStringLiteral("username"), QStringLiteral("required"),
                                          QStringLiteral("required")}});
        const auto reply =
            m_auth.login(username, password, body.value(QStringLiteral("rememberMe")).toBool());
        if (!reply)
            return ErrorTable::response(ApiError::Unauthorized, request.requestId,
                                        QStringLiteral("Wrong user name or password."));
        return HttpResponse::json(200, QJsonDocument(*reply).toJson(QJsonDocument::Compact));
    }
    case Media:
        return m_media->serve(request, match.params.value(QStringLiteral("sha")));
    case Thumbnail:
        return m_media->thumbnail(request, match.params.value(QStringLiteral("sha")));
    case TusCreate:
        return m_tus.create(request);
    case TusHead:
        return m_tus.head(request, match.params.value(QStringLiteral("id")));
    case TusDelete:
        return m_tus.terminate(request, match.params.value(QStringLiteral("id")));
    case Events: {
        HttpResponse r;
        r.sse = true;
        r.setHeader("Content-Type", "text/event-stream; charset=utf-8");
        r.setHeader("Cache-Control", "no-cache");
        r.setHeader("X-Accel-Buffering", "no");
        bool ok = false;
        const qint64 last = request.header("last-event-id").toLongLong(&ok);
        if (ok && last >= 0)
            r.sseLastEventId = last;
        return r;
    }
    default:
        break;
    }
    if (route.handler >= ApiRoutes::kEntityBase) {
        const int n = route.handler - ApiRoutes::kEntityBase;
        return m_entities.handle(EntityController::Action(n % 20), EntityKind(n / 20), request,
                                 match.params);
    }
    return ErrorTable::response(ApiError::NotFound, request.requestId);
}

std::unique_ptr<BodySink> Application::openSink(HttpRequest &request, const RouteMatch &match,
                                                HttpResponse &error)
{
    try {
        bool unused = false;
        if (!admit(request, *match.route, true, error, &unused))
            return nullptr;
    } catch (const StoreError &e) {
        error = ErrorTable::response(e, request.requestId);
        return nullptr;
    }
    if (match.route->handler == TusPatch)
        return m_tus.openPatch(request, match.params.value(QStringLiteral("id")), error);
    const QByteArray boundary = ImageUploadSink::boundaryOf(request.header("content-type"));
    if (boundary.isEmpty()) {
        error = ErrorTable::response(ApiError::UnsupportedMediaType, request.requestId,
                                     QStringLiteral("Send the image as multipart/form-data."));
        return nullptr;
    }
    const QString tmp = m_config.dataDir + QStringLiteral("/tmp");
    QDir().mkpath(tmp);
    return std::make_unique<ImageUploadSink>(m_ingest, boundary, tmp);
}

void Application::publishChange(EntityKind kind, const QStringList &ids, const QByteArray &op)
{
    const QJsonObject event{{QStringLiteral("entity"), entityCollection(kind)},
                            {QStringLiteral("ids"), QJsonArray::fromStringList(ids)},
                            {QStringLiteral("op"), QString::fromLatin1(op)}};
    m_events.publish(QJsonDocument(event).toJson(QJsonDocument::Compact));
}

void Application::completed(const HttpRequest &request, const RouteMatch &match,
                            const HttpResponse &response, qint64 bytesIn, qint64 bytesOut)
{
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - request.started).count();
    static const QByteArray unmatched = QByteArrayLiteral("unmatched");
    const QByteArray &endpoint = match.route ? match.route->endpoint : unmatched;
    m_metrics.observeRequest(methodLabel(request.method), endpoint, response.status, seconds,
                             bytesIn, bytesOut);
    if (!m_config.accessLog)
        return;
    // The path only: query strings may carry search terms, never logged. No headers.
    const QByteArray line =
        QJsonDocument(QJsonObject{
                          {QStringLiteral("time"),
                           QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                          {QStringLiteral("level"), QStringLiteral("info")},
                          {QStringLiteral("msg"), QStringLiteral("request")},
                          {QStringLiteral("requestId"), QString::fromLatin1(request.requestId)},
                          {QStringLiteral("method"), QString::fromLatin1(request.method)},
                          {QStringLiteral("route"), QString::fromLatin1(endpoint)},
                          {QStringLiteral("path"), request.path.left(200)},
                          {QStringLiteral("status"), response.status},
                          {QStringLiteral("latencyMs"), seconds * 1000.0},
                          {QStringLiteral("bytesIn"), bytesIn},
                          {QStringLiteral("bytesOut"), bytesOut},
                          {QStringLiteral("remote"), request.remoteAddress},
                          {QStringLiteral("principal"), request.principal},
                      })
            .toJson(QJsonDocument::Compact);
    std::lock_guard lock(m_logMutex);
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
}

void Application::countLiveVideos()
{
    Query live;
    live.kind = EntityKind::Video;
    live.filters.insert(keys::status, QStringLiteral("live"));
    m_metrics.activeVideoSessions.set(double(m_db->count(live, true)));
}

void Application::connectionOpened()
{
    m_metrics.connectionsOpen.inc();
}

void Application::connectionClosed()
{
    m_metrics.connectionsOpen.dec();
}

void Application::warmUp()
{
    try {
        for (EntityKind kind : allEntityKinds()) {
            Query all;
            all.kind = kind;
            m_metrics.entityTotal(entityCollection(kind).toLatin1())
                .set(double(m_db->count(all, false)));
        }
        countLiveVideos();
        m_resumable.sweepExpired();
        // The newest items and the first list page are what editors open first.
        for (EntityKind kind : allEntityKinds()) {
            HttpRequest r;
            r.query.setQuery(QStringLiteral("limit=20"));
            r.requestId = "warmup";
            const HttpResponse page =
                m_entities.handle(EntityController::Action::List, kind, r, {});
            const QJsonArray items =
                QJsonDocument::fromJson(page.body).object().value(entityCollection(kind)).toArray();
            for (int i = 0; i < std::min<int>(int(items.size()), m_config.warmupItems); ++i) {
                HttpRequest g;
                g.requestId = "warmup";
                RouteParams params;
                params.insert(QStringLiteral("id"),
                              items.at(i).toObject().value(QStringLiteral("id")).toString());
                m_entities.handle(EntityController::Action::Get, kind, g, params);
            }
        }
    } catch (const std::exception &) {
        // Warm-up is best effort; requests fill the cache anyway.
    }
}

} // namespace ne::server
