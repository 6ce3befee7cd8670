// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <vector>

namespace ne {

/// One cumulative histogram bucket: how many observations were <= upperBound.
struct Bucket
{
    double upperBound = 0;
    double count = 0;
    friend bool operator==(const Bucket &, const Bucket &) = default;
};

/// Prometheus' histogram_quantile(q, buckets) (promql/quantile.go, bucketQuantile), so
/// that the dashboard and a Prometheus server print the same number:
/// - buckets are sorted, equal bounds merged, counts forced monotonic;
/// - linear interpolation inside the bucket that holds rank q·total (the first bucket
///   starts at 0 unless its bound is <= 0);
/// - a rank that falls into the +Inf bucket returns the previous bucket's upper bound;
/// - q < 0 gives -Inf, q > 1 gives +Inf;
/// - no +Inf bucket or fewer than two buckets gives NaN (undefined);
/// - zero observations gives std::nullopt: nothing happened in the interval, which is a
///   gap in a chart, not a latency of zero.
std::optional<double> histogramQuantile(double q, std::vector<Bucket> buckets);

/// Increase of a counter between two readings. A drop means the process restarted and the
/// counter began again from zero, so the increase is the new value (Prometheus' rule).
double counterIncrease(double previous, double current);

/// Adds b's counts into a, bucket by bucket with equal bounds ("sum by (le)").
void addBuckets(std::vector<Bucket> &a, const std::vector<Bucket> &b);

} // namespace ne
