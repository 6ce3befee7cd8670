// SPDX-License-Identifier: MIT
#pragma once

#include "schema/EntitySchema.h"

#include <QMetaType>
#include <QStringList>
#include <QVariantMap>

namespace ne {

/// What a list shows: which entity, filtered, searched and sorted how. Every backend
/// applies all of it server-side; nothing is filtered over rows already loaded.
struct Query
{
    EntityKind kind = EntityKind::Article;
    QString search;      ///< free text over the schema's searchKeys; empty = no search
    QVariantMap filters; ///< field key -> exact value, for filterable fields
    QString sortKey = keys::createdAt;
    Qt::SortOrder order = Qt::DescendingOrder;
    bool trash = false; ///< list soft-deleted rows (the Trash view) instead of live ones
    bool exactTotal = false;
    QStringList ids; ///< restrict to these rows (refreshing rows in place)

    /// Problems that make the query unanswerable (unknown sort key or filter).
    QList<FieldError> problems() const;
    bool operator==(const Query &) const = default;
};

} // namespace ne

Q_DECLARE_METATYPE(ne::Query)
