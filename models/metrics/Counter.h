// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/MetricFamily.h"

#include <atomic>

namespace ne {

/// A monotonically increasing value (requests served, bytes sent). Lock-free; safe to
/// update from any thread. Resets only when the process restarts, which readers detect.
class Counter
{
public:
    static constexpr MetricType type = MetricType::Counter;

    /// Adds amount; negative or NaN amounts are ignored because a counter never goes down.
    void inc(double amount = 1.0) noexcept;
    double value() const noexcept { return m_value.load(std::memory_order_relaxed); }

    void collectInto(const QByteArray &name, const LabelSet &labels,
                     std::vector<Sample> &out) const;

private:
    std::atomic<double> m_value{0.0};
};

} // namespace ne
