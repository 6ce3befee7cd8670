// SPDX-License-Identifier: MIT
#include "Store.h"

namespace ne {

Store::~Store() = default;

} // namespace ne
