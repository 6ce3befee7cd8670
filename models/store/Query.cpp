// SPDX-License-Identifier: MIT
#include "Query.h"

#include <QCoreApplication>

namespace ne {

QList<FieldError> Query::problems() const
{
    const EntitySchema &schema = EntitySchema::of(kind);
    QList<FieldError> out;
    if (!schema.isSortable(sortKey))
        out.append({sortKey,
                    QCoreApplication::translate("ne::Query", "Cannot sort by “%1”.").arg(sortKey)});
    for (auto it = filters.begin(); it != filters.end(); ++it) {
        const Field *f = schema.field(it.key());
        if (!f || !f->isFilterable())
            out.append(
                {it.key(),
                 QCoreApplication::translate("ne::Query", "Cannot filter by “%1”.").arg(it.key())});
    }
    return out;
}

} // namespace ne
