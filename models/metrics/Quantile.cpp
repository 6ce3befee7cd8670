// SPDX-License-Identifier: MIT
#include "metrics/Quantile.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ne {

namespace {
void coalesce(std::vector<Bucket> &buckets)
{
    std::sort(buckets.begin(), buckets.end(),
              [](const Bucket &a, const Bucket &b) { return a.upperBound < b.upperBound; });
    std::vector<Bucket> merged;
    merged.reserve(buckets.size());
    for (const Bucket &b : buckets) {
        if (!merged.empty() && merged.back().upperBound == b.upperBound)
            merged.back().count += b.count;
        else
            merged.push_back(b);
    }
    buckets = std::move(merged);
}

/// Float sums of counters can come out a hair non-monotonic; Prometheus takes the max.
void ensureMonotonic(std::vector<Bucket> &buckets)
{
    double max = -std::numeric_limits<double>::infinity();
    for (Bucket &b : buckets) {
        if (b.count > max)
            max = b.count;
        else
            b.count = max;
    }
}
} // namespace

std::optional<double> histogramQuantile(double q, std::vector<Bucket> buckets)
{
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    if (std::isnan(q))
        return nan;
    if (q < 0)
        return -std::numeric_limits<double>::infinity();
    if (q > 1)
        return std::numeric_limits<double>::infinity();
    coalesce(buckets);
    if (buckets.size() < 2 || !std::isinf(buckets.back().upperBound) ||
        buckets.back().upperBound < 0)
        return nan;
    ensureMonotonic(buckets);
    const double observations = buckets.back().count;
    if (observations == 0)
        return std::nullopt;
    if (std::isnan(observations))
        return nan;
    double rank = q * observations;
    const auto it = std::find_if(buckets.begin(), buckets.end(),
                                 [rank](const Bucket &b) { return b.count >= rank; });
    const size_t b = size_t(it - buckets.begin());
    if (b == buckets.size() - 1)
        return buckets[b - 1].upperBound;
    if (b == 0 && buckets[0].upperBound <= 0)
        return buckets[0].upperBound;
    double bucketStart = 0;
    const double bucketEnd = buckets[b].upperBound;
    double count = buckets[b].count;
    if (b > 0) {
        bucketStart = buckets[b - 1].upperBound;
        count -= buckets[b - 1].count;
        rank -= buckets[b - 1].count;
    }
    return bucketStart + (bucketEnd - bucketStart) * (rank / count);
}

double counterIncrease(double previous, double current)
{
    return current < previous ? current : current - previous;
}

void addBuckets(std::vector<Bucket> &a, const std::vector<Bucket> &b)
{
    for (const Bucket &bucket : b) {
        auto it = std::find_if(a.begin(), a.end(),
                               [&](const Bucket &x) { return x.upperBound == bucket.upperBound; });
        if (it != a.end())
            it->count += bucket.count;
        else
            a.push_back(bucket);
    }
    std::sort(a.begin(), a.end(),
              [](const Bucket &x, const Bucket &y) { return x.upperBound < y.upperBound; });
}

} // namespace ne
