// SPDX-License-Identifier: MIT
#pragma once

#include "schema/EntityKind.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ne {

/// One list answer, whichever of the platform's envelopes it came in (CONTRACT.md 1.1):
/// ours and OA's {<collection>:[…], total, page, limit, pages, nextCursor?}, the deployed
/// server's {data:[…]|null, count, total?} and {success, data:{items, totalCount,
/// pageNumber, pageSize, hasNextPage}}, or a bare array.
struct RestEnvelope
{
    enum class Style
    {
        Collection,   ///< OA / nextevent-server: cursor, else page numbers
        DataCount,    ///< {data,count,total}: offset paging
        SuccessItems, ///< {success,data:{items,…}}: page + pageSize
        BareArray,    ///< one page, no paging
    };

    Style style = Style::Collection;
    QJsonArray items;    ///< the rows as JSON; empty when RestListReader decoded them itself
    qsizetype count = 0; ///< how many rows the answer holds
    /// The first row's "id" as text: how RestPaging tells a server that ignores offsets.
    QString firstId;
    qint64 total = -1;
    bool totalIsExact = false;
    QString nextCursor; ///< the server's own cursor, if it sent one
    int page = 0;       ///< 1-based page this answer is, 0 when not paged by number
    int pageSize = 0;
    int pages = 0;
    std::optional<bool> hasNext;

    /// nullopt when the document is none of the shapes above.
    static std::optional<RestEnvelope> parse(EntityKind kind, const QJsonDocument &document);
    /// The paging facts of a Collection answer, from its members other than the rows
    /// (count and firstId are the caller's).
    static RestEnvelope collection(const QJsonObject &members);
};

} // namespace ne
