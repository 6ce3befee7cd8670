// SPDX-License-Identifier: MIT
#pragma once

#include "schema/Record.h"
#include "store/rest/RestMessage.h"

namespace ne {

/// Reading single answers: the row in a reply (bare, or wrapped in {data} or
/// {success,data}), with its version from the ETag when the body has none; and the one
/// place that turns a non-2xx or missing answer into a StoreError.
class RestItem
{
public:
    /// Throws StoreError unless the reply is a 2xx HTTP answer.
    static void check(const RestReply &reply);
    static Record decode(const RestReply &reply, const EntitySchema &schema);
    /// Whether every value in changes is what row holds now (a lost write that landed).
    static bool holds(const Record &row, const QVariantMap &changes);
};

} // namespace ne
