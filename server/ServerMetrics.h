// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/Registry.h"

namespace ne::server {

/// The platform's metric names, labels and buckets (CONTRACT.md section 3), registered
/// once and updated from any thread. The registry is owned by the caller.
class ServerMetrics
{
public:
    explicit ServerMetrics(Registry &registry);

    void observeRequest(const QByteArray &method, const QByteArray &endpoint, int status,
                        double seconds, qint64 requestBytes, qint64 responseBytes);
    void cacheHit(const QByteArray &cacheType, const QByteArray &keyType);
    void cacheMiss(const QByteArray &cacheType, const QByteArray &keyType);
    void cacheOperation(const QByteArray &operation, const QByteArray &cacheType, double seconds);
    void dbQuery(const QByteArray &operation, const QByteArray &table, bool ok, double seconds);
    void error(const QByteArray &type, const QByteArray &component);

    Registry &registry() { return m_registry; }
    Gauge &dbActive;
    Gauge &dbIdle;
    Gauge &connectionsOpen;
    Gauge &sseSubscribers;
    Gauge &activeVideoSessions;
    Gauge &workerThreads; ///< goroutines_active: the Go name is kept for dashboards
    Gauge &entityTotal(const QByteArray &collection);

private:
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
};

} // namespace ne::server
