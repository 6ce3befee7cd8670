// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QVariantList>
#include <optional>

namespace ne {

/// One range scan of a keyset page. A nullable sort column is read as two segments
/// (values, then NULLs — SQLite orders NULL lowest), so that each segment is a plain
/// index range: `(col, id) < (?, ?)` costs the same at row 10 and at row 990,000.
struct KeysetSegment
{
    QString condition; ///< ANDed to the query's WHERE; never empty
    QVariantList binds;
    QString orderBy;
};

struct KeysetAfter
{
    QVariant value; ///< the last row's stored sort value (null for a NULL sort value)
    QString id;
};

QList<KeysetSegment> keysetSegments(const QString &column, bool nullable, bool descending,
                                    const std::optional<KeysetAfter> &after);

} // namespace ne
