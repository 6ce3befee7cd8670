// SPDX-License-Identifier: MIT
#include "ServerMetrics.h"

#include "metrics/ProcessSampler.h"

namespace ne::server {

ServerMetrics::ServerMetrics(Registry &r)
    : dbActive(r.gauge("db_connections_active", "Database connections in use.").get())
    , dbIdle(r.gauge("db_connections_idle", "Idle database connections in the pool.").get())
    , connectionsOpen(r.gauge("http_connections_open", "Open client connections.").get())
    , sseSubscribers(r.gauge("sse_subscribers", "Open /api/v2/events streams.").get())
    , activeVideoSessions(r.gauge("active_video_sessions", "Videos currently live.").get())
    , workerThreads(
          r.gauge("goroutines_active", "Worker threads (the Go name is kept for dashboards).")
              .get())
    , m_registry(r)
    , m_requests(r.counter("http_requests_total", "HTTP requests served.",
                           {"method", "endpoint", "status_code"}))
    , m_duration(r.histogram("http_request_duration_seconds", "HTTP request latency.",
                             {"method", "endpoint", "status_code"}))
    , m_requestSize(r.histogram("http_request_size_bytes", "HTTP request body sizes.",
                                {"method", "endpoint"}, Histogram::sizeBuckets()))
    , m_responseSize(r.histogram("http_response_size_bytes", "HTTP response body sizes.",
                                 {"method", "endpoint", "status_code"}, Histogram::sizeBuckets()))
    , m_dbDuration(r.histogram("db_query_duration_seconds", "Database call latency.",
                               {"operation", "table"}))
    , m_dbQueries(
          r.counter("db_queries_total", "Database calls.", {"operation", "table", "status"}))
    , m_cacheHits(r.counter("cache_hits_total", "Cache hits.", {"cache_type", "key_type"}))
    , m_cacheMisses(r.counter("cache_misses_total", "Cache misses.", {"cache_type", "key_type"}))
    , m_cacheDuration(r.histogram("cache_operation_duration_seconds", "Cache operation latency.",
                                  {"operation", "cache_type"}))
    , m_errors(r.counter("errors_total", "Errors by type and component.", {"type", "component"}))
{
    r.counter("panics_total", "Unexpected exceptions caught at the request boundary.").get();
    for (const char *c : {"images", "articles", "news", "videos"})
        entityTotal(c);
    ProcessSampler::install(r);
}

Gauge &ServerMetrics::entityTotal(const QByteArray &collection)
{
    // The platform calls these images_total etc., but they are gauges and promtool's lint
    // (which /metrics must pass) forbids _total on anything but counters.
    return m_registry.gauge(collection + "_rows", "Live rows (planner estimate).").get();
}

ServerMetrics::RequestSeries ServerMetrics::requestSeries(const QByteArray &method,
                                                          const QByteArray &endpoint, int status)
{
    // Every request lands here: one shared lookup instead of four label searches.
    const RequestKey key{method, endpoint, status};
    {
        std::shared_lock lock(m_requestSeriesMutex);
        if (auto it = m_requestSeries.constFind(key); it != m_requestSeries.constEnd())
            return *it;
    }
    const QByteArray code = QByteArray::number(status);
    const RequestSeries series{&m_requests.withLabels({method, endpoint, code}),
                               &m_duration.withLabels({method, endpoint, code}),
                               &m_requestSize.withLabels({method, endpoint}),
                               &m_responseSize.withLabels({method, endpoint, code})};
    std::unique_lock lock(m_requestSeriesMutex);
    m_requestSeries.insert(key, series);
    return series;
}

void ServerMetrics::observeRequest(const QByteArray &method, const QByteArray &endpoint, int status,
                                   double seconds, qint64 requestBytes, qint64 responseBytes)
{
    const RequestSeries s = requestSeries(method, endpoint, status);
    s.requests->inc();
    s.duration->observe(seconds);
    s.requestSize->observe(double(requestBytes));
    s.responseSize->observe(double(responseBytes));
}

void ServerMetrics::cacheHit(QByteArrayView cacheType, QByteArrayView keyType)
{
    m_cacheHits.withLabels({cacheType, keyType}).inc();
}

void ServerMetrics::cacheMiss(QByteArrayView cacheType, QByteArrayView keyType)
{
    m_cacheMisses.withLabels({cacheType, keyType}).inc();
}

void ServerMetrics::cacheOperation(QByteArrayView operation, QByteArrayView cacheType,
                                   double seconds)
{
    m_cacheDuration.withLabels({operation, cacheType}).observe(seconds);
}

void ServerMetrics::dbQuery(QByteArrayView operation, QByteArrayView table, bool ok, double seconds)
{
    m_dbQueries
        .withLabels({operation, table, ok ? QByteArrayView("success") : QByteArrayView("error")})
        .inc();
    m_dbDuration.withLabels({operation, table}).observe(seconds);
}

void ServerMetrics::error(QByteArrayView type, QByteArrayView component)
{
    m_errors.withLabels({type, component}).inc();
}

} // namespace ne::server
