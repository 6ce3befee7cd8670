// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/MetricFamily.h"
#include "metrics/Quantile.h"

#include <optional>
#include <vector>

namespace ne {

/// Traffic of one route over one interval, for the dashboard's "busiest routes" table.
/// For this client's Store calls method is the backend and endpoint the operation; for
/// PostgreSQL's statements endpoint is the statement text and only meanSeconds is known.
struct RouteStats
{
    QByteArray method;
    QByteArray endpoint;
    double requestsPerSecond = 0;
    double errorsPerSecond = 0;
    std::optional<double> p95Seconds;
    std::optional<double> meanSeconds;
};

/// Which vocabulary a scrape speaks, so that the page can name the same figures right:
/// HTTP requests of a server, this client's Store calls, or a database's transactions.
enum class TrafficKind
{
    Http,       ///< http_requests_total / http_request_duration_seconds (CONTRACT.md §3)
    StoreCalls, ///< store_call_duration_seconds{backend,operation,outcome}
    Database    ///< pg_transactions_total{outcome}, pg_statement_*{queryid,query}
};

/// The platform's key figures over the interval between two scrapes, computed from the
/// metric names of CONTRACT.md §3. Every optional is empty when its metric is absent or
/// nothing happened (a gap in the charts). Errors are responses with a 5xx status_code,
/// Store calls whose outcome is the backend's fault (unavailable, server), or rollbacks.
struct PlatformKpis
{
    TrafficKind kind = TrafficKind::Http;
    qint64 timeMs = 0;  ///< when the newer scrape was taken
    double seconds = 0; ///< length of the interval
    std::optional<double> p50Seconds, p95Seconds, p99Seconds;
    std::optional<double> requestsPerSecond, errorsPerSecond;
    std::optional<double> errorRatio;    ///< errors / requests
    std::optional<double> cacheHitRatio; ///< hits / (hits + misses)
    std::optional<double> poolActive, poolIdle, poolMax;
    std::optional<double> memoryBytes, cpuPercent;
    std::optional<double> deadlocks; ///< new deadlocks in the interval (Database)
    /// Mean time of the statements run in the interval (Database, pg_stat_statements).
    std::optional<double> statementMeanSeconds;
    /// Set when the source knows that part of its figures cannot exist (a missing extension).
    bool statementsUnavailable = false;
    /// Raw increases kept so that windows longer than one interval (alert rules use 5 min)
    /// can be summed exactly instead of averaging averages.
    std::vector<Bucket> latencyBuckets;
    double cacheHits = 0, cacheMisses = 0;
    std::vector<RouteStats> routes; ///< busiest first

    /// Pool usage: active / max, or active / (active + idle) when no max is exported.
    std::optional<double> poolUsage() const;
};

/// Computes PlatformKpis from two parsed scrapes. Pure; runs on a worker thread.
class KpiCalculator
{
public:
    /// maxRoutes bounds the routes list (the table shows the busiest few).
    static PlatformKpis compute(const std::vector<MetricFamily> &previous,
                                const std::vector<MetricFamily> &current, double seconds,
                                qint64 timeMs, int maxRoutes = 10);
    /// Gauges only (the first scrape of a source has nothing to diff against).
    static void fillGauges(const std::vector<MetricFamily> &current, PlatformKpis &kpis);
};

} // namespace ne
