// SPDX-License-Identifier: MIT
#include "metrics/PlatformKpis.h"

#include "metrics/ScrapeDelta.h"

#include <algorithm>
#include <map>

namespace ne {

namespace {
const QByteArray requestsTotal = QByteArrayLiteral("http_requests_total");
const QByteArray durationName = QByteArrayLiteral("http_request_duration_seconds");

bool isServerError(const LabelSet &labels)
{
    return labels.value("status_code").startsWith('5');
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

/// Requests counted by http_requests_total, or by the latency histogram's _count when a
/// server exports only the histogram.
QByteArray requestCounterName(const std::vector<MetricFamily> &scrape)
{
    if (!ScrapeDelta::samplesNamed(scrape, requestsTotal).empty())
        return requestsTotal;
    return durationName + "_count";
}

void fillQuantiles(PlatformKpis &kpis)
{
    kpis.p50Seconds = histogramQuantile(0.50, kpis.latencyBuckets);
    kpis.p95Seconds = histogramQuantile(0.95, kpis.latencyBuckets);
    kpis.p99Seconds = histogramQuantile(0.99, kpis.latencyBuckets);
}

/// Request, error and latency figures per route from one pass over each metric: summing
/// by (method, endpoint, status_code) once and deriving totals from that keeps a tick on a
/// large scrape cheap.
void fillTraffic(const ScrapeDelta &delta, const QByteArray &counter, int maxRoutes,
                 PlatformKpis &kpis)
{
    const std::vector<QByteArray> by{"method", "endpoint"};
    const auto requests = delta.increase(counter, {"method", "endpoint", "status_code"});
    const auto buckets = delta.bucketIncrease(durationName, by);
    std::map<LabelSet, RouteStats> routes;
    double total = 0, errors = 0;
    for (const auto &[labels, count] : requests) {
        const bool error = isServerError(labels);
        RouteStats &route = routes[labels.without("status_code")];
        route.requestsPerSecond += count / delta.seconds();
        route.errorsPerSecond += error ? count / delta.seconds() : 0.0;
        total += count;
        errors += error ? count : 0.0;
    }
    kpis.requestsPerSecond = total / delta.seconds();
    kpis.errorsPerSecond = errors / delta.seconds();
    if (total > 0)
        kpis.errorRatio = errors / total;
    for (auto &[labels, route] : routes) {
        route.method = labels.value("method");
        route.endpoint = labels.value("endpoint");
        if (auto it = buckets.find(labels); it != buckets.end())
            route.p95Seconds = histogramQuantile(0.95, it->second);
        kpis.routes.push_back(std::move(route));
    }
    std::sort(kpis.routes.begin(), kpis.routes.end(), [](const RouteStats &a, const RouteStats &b) {
        return a.requestsPerSecond > b.requestsPerSecond;
    });
    if (kpis.routes.size() > size_t(std::max(maxRoutes, 0)))
        kpis.routes.resize(size_t(std::max(maxRoutes, 0)));
    for (const auto &[labels, routeBuckets] : buckets)
        addBuckets(kpis.latencyBuckets, routeBuckets);
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
    const QByteArray counter = requestCounterName(current);
    if (!ScrapeDelta::samplesNamed(current, counter).empty())
        fillTraffic(delta, counter, maxRoutes, kpis);
    else
        kpis.latencyBuckets = delta.totalBucketIncrease(durationName);
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
