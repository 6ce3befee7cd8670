// SPDX-License-Identifier: MIT
#include "metrics/Histogram.h"

#include "metrics/PromTextWriter.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace ne {

Histogram::Histogram(std::vector<double> upperBounds)
    : m_bounds(std::move(upperBounds))
    , m_counts(new std::atomic<quint64>[m_bounds.size() + 1])
{
    for (size_t i = 0; i < m_bounds.size(); ++i) {
        if (!std::isfinite(m_bounds[i]) || (i > 0 && m_bounds[i] <= m_bounds[i - 1]))
            throw std::invalid_argument("histogram bounds must be finite and increasing");
    }
    for (size_t i = 0; i <= m_bounds.size(); ++i)
        m_counts[i].store(0, std::memory_order_relaxed);
}

std::vector<double> Histogram::defaultBuckets()
{
    return {.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10};
}

std::vector<double> Histogram::sizeBuckets()
{
    return exponentialBuckets(100, 10, 8);
}

std::vector<double> Histogram::exponentialBuckets(double start, double factor, int count)
{
    std::vector<double> bounds;
    bounds.reserve(size_t(std::max(count, 0)));
    double bound = start;
    for (int i = 0; i < count; ++i, bound *= factor)
        bounds.push_back(bound);
    return bounds;
}

void Histogram::observe(double value) noexcept
{
    // lower_bound finds the first bound >= value: exactly the "le" bucket. NaN lands in
    // +Inf like in the Go client.
    const auto it = std::isnan(value) ? m_bounds.end()
                                      : std::lower_bound(m_bounds.begin(), m_bounds.end(), value);
    m_counts[size_t(it - m_bounds.begin())].fetch_add(1, std::memory_order_relaxed);
    m_sum.fetch_add(value, std::memory_order_relaxed);
}

Histogram::Snapshot Histogram::snapshot() const
{
    Snapshot snap;
    snap.upperBounds = m_bounds;
    snap.cumulativeCounts.resize(m_bounds.size() + 1);
    quint64 running = 0;
    for (size_t i = 0; i <= m_bounds.size(); ++i) {
        running += m_counts[i].load(std::memory_order_relaxed);
        snap.cumulativeCounts[i] = running;
    }
    snap.count = running;
    snap.sum = m_sum.load(std::memory_order_relaxed);
    return snap;
}

void Histogram::collectInto(const QByteArray &name, const LabelSet &labels,
                            std::vector<Sample> &out) const
{
    const Snapshot snap = snapshot();
    const QByteArray bucketName = name + "_bucket";
    for (size_t i = 0; i < snap.cumulativeCounts.size(); ++i) {
        LabelSet withLe = labels;
        withLe.set("le", i < snap.upperBounds.size() ? formatMetricValue(snap.upperBounds[i])
                                                     : QByteArray("+Inf"));
        out.push_back(Sample{bucketName, std::move(withLe), double(snap.cumulativeCounts[i]), {}});
    }
    out.push_back(Sample{name + "_sum", labels, snap.sum, {}});
    out.push_back(Sample{name + "_count", labels, double(snap.count), {}});
}

} // namespace ne
