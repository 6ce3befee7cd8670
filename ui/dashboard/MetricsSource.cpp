// SPDX-License-Identifier: MIT
#include "dashboard/MetricsSource.h"

namespace ne {

MetricsSource::~MetricsSource() = default;

} // namespace ne
