// SPDX-License-Identifier: MIT
#pragma once

#include "EntityKind.h"
#include "Field.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QVariantMap>

namespace ne {

/// A problem with one field, worded for the person who typed it.
struct FieldError
{
    QString key;
    QString message;
    bool operator==(const FieldError &) const = default;
};

enum class ValidationMode
{
    Create, ///< every required field must be present
    Update, ///< only the fields given are checked; read-only and create-only ones are refused
};

/// The description of one entity: its table and its fields, each listed once.
/// Instances are immutable and shared: use EntitySchema::of().
class EntitySchema
{
    Q_DECLARE_TR_FUNCTIONS(ne::EntitySchema)
public:
    EntitySchema(EntityKind kind, QString table, QList<Field> fields, QStringList searchKeys);

    static const EntitySchema &of(EntityKind kind);

    EntityKind kind() const { return m_kind; }
    const QString &table() const { return m_table; }
    const QList<Field> &fields() const { return m_fields; }
    const Field *field(QStringView key) const;
    /// The same, hashed: records carry their keys as QStrings, and this is looked up for
    /// every value of every row that is encoded or decoded.
    const Field *field(const QString &key) const;
    const Field *fieldByColumn(QStringView column) const;
    QList<Field> listedFields() const;
    QList<Field> filterableFields() const;
    /// The fields a list can be ordered by (each with a keyset index in every backend).
    QList<Field> sortableFields() const;
    bool isSortable(QStringView key) const;
    /// Fields whose text full-text search looks at.
    const QStringList &searchKeys() const { return m_searchKeys; }
    /// The translated name of the entity, singular and plural.
    QString displayName() const;
    QString displayPluralName() const;
    /// The status value a bulk "publish" sets, if the entity has one ("published" / "active").
    QString publishedStatus() const;
    QString archivedStatus() const;

    /// Checks values against types, required fields, lengths and enums.
    /// Returns one error per offending field; an empty list means valid.
    QList<FieldError> validate(const QVariantMap &values, ValidationMode mode) const;

    /// Default values for a new record (enum defaults, booleans), as a form starts.
    QVariantMap defaults() const;
    /// What a new row starts from: the editable defaults, overridden by values.
    QVariantMap newRowValues(const QVariantMap &values = {}) const;

private:
    QList<Field> fieldsWhere(bool (Field::*test)() const) const;
    std::optional<QString> checkValue(const Field &field, const QVariant &value) const;
    void checkCrossField(const QVariantMap &values, QList<FieldError> &errors) const;

    EntityKind m_kind;
    QString m_table;
    QList<Field> m_fields;
    QHash<QString, qsizetype> m_byKey; ///< index into m_fields
    QStringList m_searchKeys;
};

/// Keys every entity has, set by the backend.
namespace keys {
inline const QString id = QStringLiteral("id");
inline const QString version = QStringLiteral("version");
inline const QString createdAt = QStringLiteral("createdAt");
inline const QString updatedAt = QStringLiteral("updatedAt");
inline const QString deletedAt = QStringLiteral("deletedAt");
inline const QString status = QStringLiteral("status");
inline const QString title = QStringLiteral("title");
inline const QString articleIds = QStringLiteral("articleIds");
inline const QString mainStoryId = QStringLiteral("mainStoryId");
} // namespace keys

} // namespace ne
