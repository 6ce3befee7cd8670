// SPDX-License-Identifier: MIT
// Parses a generated ~1 MB /metrics payload (the platform's metric names, many routes)
// repeatedly and prints the median time per parse; the budget is 5 ms.
// Also times KpiCalculator on two such scrapes, the other per-tick cost of the dashboard.
//   BenchPromParse [iterations] [target-bytes]
#include "metrics/PlatformKpis.h"
#include "metrics/PromTextReader.h"
#include "metrics/Registry.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace ne;

namespace {
/// A registry shaped like a busy nextevent-server: routes × methods × statuses.
QByteArray generatePayload(qsizetype targetBytes, int seed)
{
    Registry registry;
    const std::vector<QByteArray> labels{"method", "endpoint", "status_code"};
    CounterVec &requests = registry.counter("http_requests_total", "Total HTTP requests", labels);
    HistogramVec &latency =
        registry.histogram("http_request_duration_seconds", "HTTP latency", labels);
    registry.counter("cache_hits_total", "Hits", {"cache_type", "key_type"})
        .withLabels({"redis", "article"})
        .inc(1000 + seed);
    registry.gauge("db_connections_active", "Active").get().set(7);
    const QByteArray methods[] = {"GET", "POST", "PUT", "DELETE"};
    const QByteArray statuses[] = {"200", "404", "500"};
    // Rendering is costly, so check the size only every few routes.
    for (int route = 0; route % 8 != 0 || registry.exposition().size() < targetBytes; ++route) {
        const QByteArray endpoint = "/api/v2/resource" + QByteArray::number(route) + "/:id";
        for (const QByteArray &method : methods) {
            for (const QByteArray &status : statuses) {
                requests.withLabels({method, endpoint, status}).inc(100 + route + seed);
                Histogram &h = latency.withLabels({method, endpoint, status});
                for (int i = 0; i < 50 + seed; ++i)
                    h.observe(0.001 * ((i * 37 + route) % 700));
            }
        }
    }
    return registry.exposition();
}

/// CPU time of this thread: on a shared, loaded machine wall time also counts the time
/// other processes held the core, so both are printed.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int iterations = argc > 1 ? std::max(1, atoi(argv[1])) : 200;
    const qsizetype target = argc > 2 ? std::max(1024, atoi(argv[2])) : 1024 * 1024;
    const QByteArray before = generatePayload(target, 0);
    const QByteArray after = generatePayload(target, 10);
    const PromTextReader reader;

    std::vector<double> parseMs, parseCpuMs, kpiMs, kpiCpuMs;
    qsizetype samples = 0;
    for (int i = 0; i < iterations; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpu = threadCpuMs();
        const ParseResult result = reader.parse(after);
        parseCpuMs.push_back(threadCpuMs() - cpu);
        parseMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!result.ok()) {
            std::fprintf(stderr, "parse failed: %s\n", qPrintable(result.error->toString()));
            return 1;
        }
        samples = 0;
        for (const MetricFamily &f : result.families)
            samples += qsizetype(f.samples.size());
    }
    const ParseResult first = reader.parse(before);
    const ParseResult second = reader.parse(after);
    for (int i = 0; i < std::max(1, iterations / 10); ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpu = threadCpuMs();
        const PlatformKpis kpis = KpiCalculator::compute(first.families, second.families, 1.0, 0);
        kpiCpuMs.push_back(threadCpuMs() - cpu);
        kpiMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!kpis.requestsPerSecond)
            return 1;
    }
    const double parse = median(parseMs);
    const double parseCpu = median(parseCpuMs);
    std::printf("payload: %lld bytes, %lld samples\n", qlonglong(after.size()), qlonglong(samples));
    std::printf("parse: median %.3f ms wall, %.3f ms cpu over %d runs (%.0f MB/s cpu); "
                "budget 5 ms: %s\n",
                parse, parseCpu, iterations, double(after.size()) / 1e3 / parseCpu,
                parseCpu <= 5.0 ? "met" : "MISSED");
    std::printf("kpis from two scrapes: median %.3f ms wall, %.3f ms cpu\n", median(kpiMs),
                median(kpiCpuMs));
    return 0;
}
