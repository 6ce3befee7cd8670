// SPDX-License-Identifier: MIT
#pragma once

#include "schema/Record.h"

#include <QSqlQuery>

namespace ne {

/// Converts between record values and SQLite storage for one entity: times as UTC
/// milliseconds, lists and objects as JSON text, booleans as 0/1, ranked enums as ints.
class SqliteRowCodec
{
public:
    explicit SqliteRowCodec(const EntitySchema &schema);

    const EntitySchema &schema() const { return m_schema; }
    /// The fields stored in the entity's own table, in SELECT order.
    const QList<const Field *> &columns() const { return m_columns; }
    /// "t.id, t.title, …" for those fields.
    QString selectList() const;

    QVariant toStorage(const Field &field, const QVariant &value) const;
    QVariant fromStorage(const Field &field, const QVariant &value) const;
    /// Reads the current row of a query whose first columns are selectList().
    Record readRow(const QSqlQuery &query) const;

    static qint64 toMillis(const QDateTime &time);
    static QDateTime fromMillis(qint64 millis);

private:
    const EntitySchema &m_schema;
    QList<const Field *> m_columns;
};

} // namespace ne
