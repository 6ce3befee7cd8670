// SPDX-License-Identifier: MIT
#pragma once

#include "AuthService.h"
#include "EntityController.h"
#include "EventBus.h"
#include "HealthService.h"
#include "MediaIngest.h"
#include "MeteredRepository.h"
#include "RateLimiter.h"
#include "RequestHandler.h"
#include "ResponseCache.h"
#include "ResumableStore.h"
#include "Router.h"
#include "ServerConfig.h"
#include "ServerMetrics.h"
#include "TusController.h"

#include "metrics/Registry.h"
#include "store/postgres/PgNotifier.h"

#include <memory>
#include <mutex>

namespace ne::server {

class MediaController;
class RedisCache;

/// The composition of nextevent-server behind the HTTP layer: the route table, auth and
/// rate limit in front of every /api/v2 route, the controllers, the cache, change events,
/// metrics and the access log. Thread-safe; one instance per process.
class Application : public RequestHandler
{
public:
    Application(const ServerConfig &config, std::shared_ptr<PgRepository> repository,
                std::unique_ptr<RedisCache> redis);
    ~Application() override;

    RouteMatch route(const HttpRequest &request) const override;
    bool handleInline(HttpRequest &request, const RouteMatch &match,
                      HttpResponse &response) override;
    HttpResponse handleBlocking(HttpRequest &request, const RouteMatch &match) override;
    std::unique_ptr<BodySink> openSink(HttpRequest &request, const RouteMatch &match,
                                       HttpResponse &error) override;
    void completed(const HttpRequest &request, const RouteMatch &match,
                   const HttpResponse &response, qint64 bytesIn, qint64 bytesOut) override;
    EventBus &events() override { return m_events; }
    void connectionOpened() override;
    void connectionClosed() override;

    AuthService &auth() { return m_auth; }
    /// Refreshes the row-count gauges and warms the cache with the newest items (worker).
    void warmUp();

private:
    /// Auth + rate limit; fills response and returns false when the request must stop.
    bool admit(HttpRequest &request, const Route &route, bool mayQueryDatabase,
               HttpResponse &response, bool *needsDatabase);
    HttpResponse dispatch(HttpRequest &request, const RouteMatch &match);
    void publishChange(EntityKind kind, const QStringList &ids, const QByteArray &op);
    void countLiveVideos();

    ServerConfig m_config;
    std::shared_ptr<PgRepository> m_repo;
    std::unique_ptr<RedisCache> m_redis;
    Registry m_registry;
    ServerMetrics m_metrics;
    std::shared_ptr<MeteredRepository> m_db;
    ResponseCache m_cache;
    AuthService m_auth;
    RateLimiter m_limiter;
    RateLimiter m_loginLimiter{1.0, 10.0};
    EventBus m_events;
    EntityController m_entities;
    MediaFiles m_files;
    std::unique_ptr<MediaController> m_media;
    MediaIngest m_ingest;
    ResumableStore m_resumable;
    TusController m_tus;
    HealthService m_health;
    Router m_router;
    std::unique_ptr<PgNotifier> m_notifier;
    std::mutex m_logMutex;
};

} // namespace ne::server
