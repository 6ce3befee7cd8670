// SPDX-License-Identifier: MIT
#pragma once

#include "schema/Record.h"
#include "store/rest/RestEnvelope.h"

#include <QList>

namespace ne {

struct RestReply;

/// One list answer decoded: its paging facts and its rows as Records.
struct RestList
{
    RestEnvelope envelope;
    QList<Record> records;

    /// Straight from the body (RestListReader) when it is ours/OA's plain collection
    /// answer, else through QJsonDocument; the Records are the same either way. The reply
    /// has passed RestItem::check. Throws StoreError when the body is no list.
    static RestList decode(const RestReply &reply, EntityKind kind);
};

} // namespace ne
