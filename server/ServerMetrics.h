// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/Registry.h"

#include <QHash>

#include <shared_mutex>

namespace ne::server {

/// The platform's metric names, labels and buckets (CONTRACT.md section 3), registered
/// once and updated from any thread. The registry is owned by the caller.
class ServerMetrics
{
public:
    explicit ServerMetrics(Registry &registry);

    void observeRequest(const QByteArray &method, const QByteArray &endpoint, int status,
                        double seconds, qint64 requestBytes, qint64 responseBytes);
    void cacheHit(QByteArrayView cacheType, QByteArrayView keyType);
    void cacheMiss(QByteArrayView cacheType, QByteArrayView keyType);
    void cacheOperation(QByteArrayView operation, QByteArrayView cacheType, double seconds);
    void dbQuery(QByteArrayView operation, QByteArrayView table, bool ok, double seconds);
    void error(QByteArrayView type, QByteArrayView component);

    Registry &registry() { return m_registry; }
    Gauge &dbActive;
    Gauge &dbIdle;
    Gauge &connectionsOpen;
    Gauge &sseSubscribers;
    Gauge &activeVideoSessions;
    Gauge &workerThreads; ///< goroutines_active: the Go name is kept for dashboards
    Gauge &entityTotal(const QByteArray &collection);

private:
    /// The four request series of one method, route and status, looked up together once.
    struct RequestSeries
    {
        Counter *requests = nullptr;
        Histogram *duration = nullptr;
        Histogram *requestSize = nullptr;
        Histogram *responseSize = nullptr;
    };
    struct RequestKey
    {
        QByteArray method;
        QByteArray endpoint;
        int status = 0;
        friend bool operator==(const RequestKey &, const RequestKey &) = default;
        friend size_t qHash(const RequestKey &k, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, k.method, k.endpoint, k.status);
        }
    };
    RequestSeries requestSeries(const QByteArray &method, const QByteArray &endpoint, int status);

    Registry &m_registry;
    CounterVec &m_requests;
    HistogramVec &m_duration;
    HistogramVec &m_requestSize;
    HistogramVec &m_responseSize;
    HistogramVec &m_dbDuration;
    CounterVec &m_dbQueries;
    CounterVec &m_cacheHits;
    CounterVec &m_cacheMisses;
    HistogramVec &m_cacheDuration;
    CounterVec &m_errors;
    std::shared_mutex m_requestSeriesMutex;
    QHash<RequestKey, RequestSeries> m_requestSeries;
};

} // namespace ne::server
