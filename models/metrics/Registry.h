// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/Counter.h"
#include "metrics/Gauge.h"
#include "metrics/Histogram.h"
#include "metrics/MetricVec.h"

#include <functional>
#include <map>
#include <memory>
#include <mutex>

namespace ne {

using CounterVec = MetricVec<Counter>;
using GaugeVec = MetricVec<Gauge>;
using HistogramVec = MetricVec<Histogram>;

/// The metrics of one process. Passed explicitly to whoever records (no global default
/// registry). Registration and collect() are thread-safe; so are updates of the metrics.
class Registry
{
public:
    Registry();
    ~Registry();
    Registry(const Registry &) = delete;
    Registry &operator=(const Registry &) = delete;

    /// Registers name, or returns the existing vec when type and label names match.
    /// Throws std::invalid_argument for an invalid name or a conflicting registration.
    CounterVec &counter(const QByteArray &name, const QByteArray &help,
                        std::vector<QByteArray> labelNames = {});
    GaugeVec &gauge(const QByteArray &name, const QByteArray &help,
                    std::vector<QByteArray> labelNames = {});
    HistogramVec &histogram(const QByteArray &name, const QByteArray &help,
                            std::vector<QByteArray> labelNames = {},
                            std::vector<double> upperBounds = Histogram::defaultBuckets());

    /// Runs before every collect(): lets samplers (ProcessSampler) refresh their gauges.
    void addCollectHook(std::function<void()> hook);

    /// Every family, sorted by name. The same shape PromTextReader returns.
    std::vector<MetricFamily> collect() const;
    /// collect() rendered as Prometheus text 0.0.4: the body of GET /metrics.
    QByteArray exposition() const;

private:
    template<class Vec>
    Vec &registerVec(const QByteArray &name, const QByteArray &help,
                     std::vector<QByteArray> &&labelNames, typename Vec::Factory factory);

    mutable std::mutex m_mutex;
    std::map<QByteArray, std::unique_ptr<Collectable>> m_vecs;
    std::vector<std::function<void()>> m_hooks;
};

/// True for [a-zA-Z_:][a-zA-Z0-9_:]*.
bool isValidMetricName(QByteArrayView name);
/// True for [a-zA-Z_][a-zA-Z0-9_]*.
bool isValidLabelName(QByteArrayView name);

} // namespace ne
