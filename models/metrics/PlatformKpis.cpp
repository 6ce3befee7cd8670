// SPDX-License-Identifier: MIT
#include "metrics/PlatformKpis.h"

#include "metrics/ScrapeDelta.h"

#include <algorithm>
#include <map>

namespace ne {

namespace {
const QByteArray requestsTotal = QByteArrayLiteral("http_requests_total");
const QByteArray durationName = QByteArrayLiteral("http_request_duration_seconds");
const QByteArray storeDuration = QByteArrayLiteral("store_call_duration_seconds");
const QByteArray transactionsTotal = QByteArrayLiteral("pg_transactions_total");

/// Where one vocabulary keeps its traffic: the counter of requests, the latency histogram
/// (may be empty), the two labels a route is made of, and which outcomes are errors.
struct TrafficSpec
{
    TrafficKind kind;
    QByteArray counter;
    QByteArray histogram;
    QByteArray routeLabelA, routeLabelB;
    QByteArray outcomeLabel;
    bool (*isError)(const QByteArray &outcome);
};

bool isServerError(const QByteArray &statusCode)
{
    return statusCode.startsWith('5');
}

/// The backend's fault, like a 5xx: conflicts, invalid input and missing rows are answers.
bool isBackendFailure(const QByteArray &outcome)
{
    return outcome == "unavailable" || outcome == "server";
}

bool isRollback(const QByteArray &outcome)
{
    return outcome == "rollback";
}

std::optional<double> firstGauge(const std::vector<MetricFamily> &scrape,
                                 std::initializer_list<QByteArrayView> names)
{
    for (QByteArrayView name : names) {
        if (auto value = ScrapeDelta::gaugeSum(scrape, name))
            return value;
    }
    return std::nullopt;
}

bool has(const std::vector<MetricFamily> &scrape, QByteArrayView sampleName)
{
    return !ScrapeDelta::samplesNamed(scrape, sampleName).empty();
}

/// Requests counted by http_requests_total, or by the latency histogram's _count when a
/// server exports only the histogram; then this client's Store calls; then a database.
std::optional<TrafficSpec> trafficSpec(const std::vector<MetricFamily> &scrape)
{
    if (has(scrape, requestsTotal))
        return TrafficSpec{TrafficKind::Http, requestsTotal, durationName,  "method",
                           "endpoint",        "status_code", &isServerError};
    if (has(scrape, QByteArray(durationName + "_count")))
        return TrafficSpec{TrafficKind::Http, durationName + "_count", durationName,  "method",
                           "endpoint",        "status_code",           &isServerError};
    if (has(scrape, QByteArray(storeDuration + "_count")))
        return TrafficSpec{TrafficKind::StoreCalls,
                           storeDuration + "_count",
                           storeDuration,
                           "backend",
                           "operation",
                           "outcome",
                           &isBackendFailure};
    if (has(scrape, transactionsTotal))
        return TrafficSpec{
            TrafficKind::Database, transactionsTotal, {}, {}, {}, "outcome", &isRollback};
    return std::nullopt;
}

void fillQuantiles(PlatformKpis &kpis)
{
    kpis.p50Seconds = histogramQuantile(0.50, kpis.latencyBuckets);
    kpis.p95Seconds = histogramQuantile(0.95, kpis.latencyBuckets);
    kpis.p99Seconds = histogramQuantile(0.99, kpis.latencyBuckets);
}

void keepBusiest(std::vector<RouteStats> &routes, int maxRoutes)
{
    std::sort(routes.begin(), routes.end(), [](const RouteStats &a, const RouteStats &b) {
        return a.requestsPerSecond > b.requestsPerSecond;
    });
    if (routes.size() > size_t(std::max(maxRoutes, 0)))
        routes.resize(size_t(std::max(maxRoutes, 0)));
}

/// Request, error and latency figures per route from one pass over each metric: summing
/// by (route labels, outcome) once and deriving totals from that keeps a tick on a large
/// scrape cheap.
void fillTraffic(const ScrapeDelta &delta, const TrafficSpec &spec, int maxRoutes,
                 PlatformKpis &kpis)
{
    std::vector<QByteArray> by;
    if (!spec.routeLabelA.isEmpty())
        by = {spec.routeLabelA, spec.routeLabelB};
    std::vector<QByteArray> byOutcome = by;
    byOutcome.push_back(spec.outcomeLabel);
    const auto requests = delta.increase(spec.counter, byOutcome);
    std::map<LabelSet, std::vector<Bucket>> buckets;
    if (!spec.histogram.isEmpty())
        buckets = delta.bucketIncrease(spec.histogram, by);
    std::map<LabelSet, RouteStats> routes;
    double total = 0, errors = 0;
    for (const auto &[labels, count] : requests) {
        const bool error = spec.isError(labels.value(spec.outcomeLabel));
        RouteStats &route = routes[labels.without(spec.outcomeLabel)];
        route.requestsPerSecond += count / delta.seconds();
        route.errorsPerSecond += error ? count / delta.seconds() : 0.0;
        total += count;
        errors += error ? count : 0.0;
    }
    kpis.requestsPerSecond = total / delta.seconds();
    kpis.errorsPerSecond = errors / delta.seconds();
    if (total > 0)
        kpis.errorRatio = errors / total;
    if (!by.empty()) {
        for (auto &[labels, route] : routes) {
            route.method = labels.value(spec.routeLabelA);
            route.endpoint = labels.value(spec.routeLabelB);
            if (auto it = buckets.find(labels); it != buckets.end())
                route.p95Seconds = histogramQuantile(0.95, it->second);
            kpis.routes.push_back(std::move(route));
        }
        keepBusiest(kpis.routes, maxRoutes);
    }
    for (const auto &[labels, routeBuckets] : buckets)
        addBuckets(kpis.latencyBuckets, routeBuckets);
}

/// pg_stat_statements as "routes": calls/s and the mean time of the calls in the interval
/// (the extension keeps no distribution, so there is no p95 to give).
void fillStatements(const ScrapeDelta &delta, int maxRoutes, PlatformKpis &kpis)
{
    const std::vector<QByteArray> by{"queryid", "query"};
    const auto calls = delta.increase("pg_statement_calls_total", by);
    const auto seconds = delta.increase("pg_statement_seconds_total", by);
    double allCalls = 0, allSeconds = 0;
    for (const auto &[labels, count] : calls) {
        if (!(count > 0))
            continue;
        allCalls += count;
        RouteStats route;
        route.endpoint = labels.value("query");
        route.requestsPerSecond = count / delta.seconds();
        if (auto it = seconds.find(labels); it != seconds.end()) {
            route.meanSeconds = it->second / count;
            allSeconds += it->second;
        }
        kpis.routes.push_back(std::move(route));
    }
    if (allCalls > 0)
        kpis.statementMeanSeconds = allSeconds / allCalls;
    keepBusiest(kpis.routes, maxRoutes);
}
} // namespace

std::optional<double> PlatformKpis::poolUsage() const
{
    if (!poolActive)
        return std::nullopt;
    const double capacity = poolMax ? *poolMax : *poolActive + poolIdle.value_or(0.0);
    if (capacity <= 0)
        return std::nullopt;
    return *poolActive / capacity;
}

void KpiCalculator::fillGauges(const std::vector<MetricFamily> &current, PlatformKpis &kpis)
{
    kpis.poolActive = firstGauge(current, {"db_connections_active"});
    kpis.poolIdle = firstGauge(current, {"db_connections_idle"});
    kpis.poolMax = firstGauge(current, {"db_connections_max"});
    kpis.memoryBytes = firstGauge(current, {"memory_usage_bytes", "process_resident_memory_bytes"});
    kpis.cpuPercent = firstGauge(current, {"cpu_usage_percent"});
    if (const auto spec = trafficSpec(current))
        kpis.kind = spec->kind;
    kpis.statementsUnavailable = firstGauge(current, {"pg_stat_statements_available"}) == 0.0;
}

PlatformKpis KpiCalculator::compute(const std::vector<MetricFamily> &previous,
                                    const std::vector<MetricFamily> &current, double seconds,
                                    qint64 timeMs, int maxRoutes)
{
    PlatformKpis kpis;
    kpis.timeMs = timeMs;
    kpis.seconds = seconds;
    fillGauges(current, kpis);
    if (!(seconds > 0))
        return kpis;
    const ScrapeDelta delta(previous, current, seconds);
    if (const auto spec = trafficSpec(current))
        fillTraffic(delta, *spec, maxRoutes, kpis);
    if (kpis.kind == TrafficKind::Database) {
        fillStatements(delta, maxRoutes, kpis);
        if (has(current, "pg_deadlocks_total"))
            kpis.deadlocks = delta.totalIncrease("pg_deadlocks_total");
    }
    if (!kpis.latencyBuckets.empty())
        fillQuantiles(kpis);
    if (!ScrapeDelta::samplesNamed(current, "cache_hits_total").empty()) {
        kpis.cacheHits = delta.totalIncrease("cache_hits_total");
        kpis.cacheMisses = delta.totalIncrease("cache_misses_total");
        if (kpis.cacheHits + kpis.cacheMisses > 0)
            kpis.cacheHitRatio = kpis.cacheHits / (kpis.cacheHits + kpis.cacheMisses);
    }
    return kpis;
}

} // namespace ne
