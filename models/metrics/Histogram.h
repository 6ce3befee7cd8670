// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/MetricFamily.h"

#include <atomic>
#include <memory>
#include <vector>

namespace ne {

/// Counts observations into fixed buckets (le = "less than or equal"), Prometheus style.
/// observe() is lock-free: one binary search and two relaxed atomic adds, so request
/// handlers on many threads can share one instance.
class Histogram
{
public:
    static constexpr MetricType type = MetricType::Histogram;

    /// upperBounds must be finite and strictly increasing; the +Inf bucket is implicit.
    explicit Histogram(std::vector<double> upperBounds = defaultBuckets());

    /// The platform's "Def" latency buckets in seconds: .005 … 10.
    static std::vector<double> defaultBuckets();
    /// The platform's "Exp" size buckets in bytes: 100·10^k for k = 0…7 (100 B … 1 GB).
    static std::vector<double> sizeBuckets();
    static std::vector<double> exponentialBuckets(double start, double factor, int count);

    void observe(double value) noexcept;

    /// A consistent-enough copy for exposition. count is derived from the buckets so that
    /// _count always equals the +Inf bucket, which quantile maths relies on.
    struct Snapshot
    {
        std::vector<double> upperBounds;       ///< without +Inf
        std::vector<quint64> cumulativeCounts; ///< upperBounds.size() + 1, last is +Inf
        double sum = 0;
        quint64 count = 0;
    };
    Snapshot snapshot() const;
    const std::vector<double> &upperBounds() const { return m_bounds; }

    void collectInto(const QByteArray &name, const LabelSet &labels,
                     std::vector<Sample> &out) const;

private:
    std::vector<double> m_bounds;
    std::unique_ptr<std::atomic<quint64>[]> m_counts; ///< per bucket, not cumulative
    std::atomic<double> m_sum{0.0};
};

} // namespace ne
