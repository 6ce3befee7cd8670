// SPDX-License-Identifier: MIT
#include "KeysetSql.h"

namespace ne {

QList<KeysetSegment> keysetSegments(const QString &column, bool nullable, bool descending,
                                    const std::optional<KeysetAfter> &after)
{
    const QString col = QStringLiteral("t.") + column;
    const QString dir = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString cmp = descending ? QStringLiteral(" < ") : QStringLiteral(" > ");
    const QString valueOrder = col + dir + QStringLiteral(", t.id") + dir;
    const QString idOrder = QStringLiteral("t.id") + dir;

    KeysetSegment values{col + QStringLiteral(" IS NOT NULL"), {}, valueOrder};
    KeysetSegment nulls{col + QStringLiteral(" IS NULL"), {}, idOrder};
    const bool afterNull = after && after->value.isNull();
    if (after && !afterNull) {
        values.condition = u'(' + col + QStringLiteral(", t.id)") + cmp + QStringLiteral("(?, ?)");
        values.binds = {after->value, after->id};
    }
    if (afterNull) {
        nulls.condition += QStringLiteral(" AND t.id") + cmp + u'?';
        nulls.binds = {after->id};
    }
    if (!nullable)
        return {values};
    // Descending: values first, NULLs last. Ascending: NULLs first, then values.
    if (descending)
        return afterNull ? QList<KeysetSegment>{nulls} : QList<KeysetSegment>{values, nulls};
    if (after && !afterNull)
        return {values};
    return {nulls, values};
}

} // namespace ne
