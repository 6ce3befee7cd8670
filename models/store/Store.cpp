// SPDX-License-Identifier: MIT
#include "Store.h"

namespace ne {

Store::~Store() = default;

QFuture<std::optional<Record>> Store::findByContent(EntityKind, const QString &)
{
    return QtFuture::makeReadyFuture(std::optional<Record>());
}

} // namespace ne
