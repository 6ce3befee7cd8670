// SPDX-License-Identifier: MIT
#pragma once

#include "schema/EntitySchema.h"
#include "schema/Record.h"

#include <pqxx/result>
#include <pqxx/row>

#include <optional>
#include <string>
#include <vector>

namespace ne::pg {

/// A statement parameter in PostgreSQL's text format; nullopt is SQL NULL.
using Param = std::optional<std::string>;
using Params = std::vector<Param>;

/// Maps one entity between Records (field keys, Store value conventions) and SQL
/// (columns, text-format parameters). Internal to the PostgreSQL backend.
class PgRowCodec
{
public:
    explicit PgRowCodec(const EntitySchema &schema);

    const EntitySchema &schema() const { return m_schema; }
    /// Fields stored in the entity's own table.
    const std::vector<const Field *> &columns() const { return m_columns; }
    /// The position of the id among columns().
    int idColumn() const { return m_idColumn; }
    /// The select list for a row aliased t (news adds its article ids and main story).
    const std::string &selectList() const { return m_selectList; }
    /// How many columns selectList() selects: columns(), then news' two extras.
    size_t selectWidth() const
    {
        return m_columns.size() + (m_schema.kind() == EntityKind::News ? 2 : 0);
    }
    /// Reads a row produced by selectList(), starting at column first.
    Record readRow(const pqxx::row &row, int first = 0) const;

    /// The SQL expression that writes a parameter into field's column ("$3", or
    /// "decode($3, 'hex')" for the content hash).
    static std::string paramExpression(const Field &field, int index);
    /// The cast type of field's column in comparisons ("timestamptz", "bigint", "text").
    static std::string sqlType(const Field &field);
    /// A value in the Store convention as a text parameter. Throws Invalid if impossible.
    static Param toParam(const Field &field, const QVariant &value);
    /// A column's text value (as selected by selectList) in the Store convention.
    static QVariant fromText(const Field &field, const char *text);
    static std::string uuidArray(const QStringList &ids);
    static std::string textArray(const QStringList &values);

private:
    const EntitySchema &m_schema;
    std::vector<const Field *> m_columns;
    /// Positions in m_columns sorted by field key: readRow() appends to the QVariantMap
    /// in key order, so each insert lands at the end instead of searching the tree.
    std::vector<int> m_keyOrder;
    int m_idColumn = 0;
    std::string m_selectList;
};

/// A uuid as lowercase text without braces (the nil uuid included), or nullopt if the
/// text is not a uuid.
std::optional<std::string> normalizedUuid(const QString &text);

/// "$1,$2,…" helpers and statement naming.
std::string placeholder(int index);
/// Executes sql as a named prepared statement on tx's connection (prepared once per
/// connection, identified by a hash of the text).
pqxx::result execPrepared(pqxx::transaction_base &tx, const std::string &sql, const Params &params);

} // namespace ne::pg
