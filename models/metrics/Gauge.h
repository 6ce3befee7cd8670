// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/MetricFamily.h"

#include <atomic>

namespace ne {

/// A value that goes up and down (connections in use, resident memory). Lock-free.
class Gauge
{
public:
    static constexpr MetricType type = MetricType::Gauge;

    void set(double value) noexcept { m_value.store(value, std::memory_order_relaxed); }
    void inc(double amount = 1.0) noexcept { m_value.fetch_add(amount, std::memory_order_relaxed); }
    void dec(double amount = 1.0) noexcept { m_value.fetch_sub(amount, std::memory_order_relaxed); }
    double value() const noexcept { return m_value.load(std::memory_order_relaxed); }

    void collectInto(const QByteArray &name, const LabelSet &labels,
                     std::vector<Sample> &out) const;

private:
    std::atomic<double> m_value{0.0};
};

} // namespace ne
