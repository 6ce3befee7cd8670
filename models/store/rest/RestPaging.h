// SPDX-License-Identifier: MIT
#pragma once

#include "store/Cursor.h"
#include "store/Query.h"
#include "store/rest/RestEnvelope.h"

#include <QUrlQuery>

namespace ne {

/// Query + Cursor -> list URL parameters, and a list answer -> the next Cursor. The
/// cursor the pages hold is ours: the server's own cursor when it sends one ("c."), else
/// a page number ("p.") or an offset ("o.") for servers that only know those.
class RestPaging
{
public:
    /// The largest page any variant of the API serves (OA: limit 1–100).
    static constexpr int maxLimit = 100;

    static QUrlQuery listQuery(const Query &query, const Cursor &cursor, int limit);
    /// The cursor after this answer; null at the end.
    static Cursor next(const RestEnvelope &envelope, const Cursor &current, int limit);
    /// True when a server that ignores offsets answered the previous page again.
    static bool repeatsPrevious(const Cursor &current, const QString &firstId);
};

} // namespace ne
