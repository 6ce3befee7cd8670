// SPDX-License-Identifier: MIT
#include "metrics/Counter.h"

namespace ne {

void Counter::inc(double amount) noexcept
{
    if (!(amount >= 0.0))
        return;
    m_value.fetch_add(amount, std::memory_order_relaxed);
}

void Counter::collectInto(const QByteArray &name, const LabelSet &labels,
                          std::vector<Sample> &out) const
{
    out.push_back(Sample{name, labels, value(), std::nullopt});
}

} // namespace ne
