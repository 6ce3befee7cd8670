// SPDX-License-Identifier: MIT
#include "metrics/Gauge.h"

namespace ne {

void Gauge::collectInto(const QByteArray &name, const LabelSet &labels,
                        std::vector<Sample> &out) const
{
    out.push_back(Sample{name, labels, value(), std::nullopt});
}

} // namespace ne
