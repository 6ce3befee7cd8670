// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

namespace ne {

enum class FieldType
{
    String,  ///< single line, maxLength applies
    Text,    ///< multi-line body, no practical limit
    Integer, ///< 64-bit integer
    Real,
    Boolean,
    DateTime,   ///< UTC; JSON as RFC 3339
    Uuid,       ///< a reference to another row, or a row's own id
    Enum,       ///< one of enumValues; stored as text, or as its rank when storedAsRank
    StringList, ///< tags
    Json,       ///< free object (image metadata)
    UuidList,   ///< ordered references kept in a join table (a news issue's articles)
};

/// One field of an entity, described once. SQL mapping, JSON mapping, validation, the
/// table's columns and the generated form all read this, so a field is added in one place.
class Field
{
public:
    Field() = default;
    Field(QString key, QString column, FieldType type);

    static Field string(const QString &key, const QString &column, int maxLength);
    static Field text(const QString &key, const QString &column);
    static Field integer(const QString &key, const QString &column);
    static Field real(const QString &key, const QString &column);
    static Field boolean(const QString &key, const QString &column, bool defaultValue);
    static Field dateTime(const QString &key, const QString &column);
    static Field uuid(const QString &key, const QString &column);
    static Field enumeration(const QString &key, const QString &column, const QStringList &values);
    static Field stringList(const QString &key, const QString &column);
    static Field json(const QString &key, const QString &column);
    static Field uuidList(const QString &key, int minItems, int maxItems);

    Field &required();
    Field &readOnly();   ///< set by the backend, shown but never edited
    Field &createOnly(); ///< editable on create, fixed afterwards (a video's type)
    Field &listed();     ///< a column in the table view
    /// The table can sort on it server-side; a keyset index backs it. Each such index is
    /// written on every change of a row, so type and status columns filter instead.
    Field &sortable();
    Field &filterable(); ///< offered as a filter (status, type, category)
    Field &storedAsRank();
    Field &withDefault(const QVariant &value);
    Field &withLabel(const char *untranslatedLabel);
    Field &hidden(); ///< kept in records but not shown in forms (file hashes, storage paths)

    const QString &key() const { return m_key; }
    const QString &column() const { return m_column; }
    FieldType type() const { return m_type; }
    const QStringList &enumValues() const { return m_enumValues; }
    int maxLength() const { return m_maxLength; }
    int minItems() const { return m_minItems; }
    int maxItems() const { return m_maxItems; }
    bool isRequired() const { return m_required; }
    bool isEditable() const { return m_editable; }
    bool isCreateOnly() const { return m_createOnly; }
    bool isListed() const { return m_listed; }
    bool isSortable() const { return m_sortable; }
    bool isFilterable() const { return m_filterable; }
    bool isStoredAsRank() const { return m_storedAsRank; }
    bool isHidden() const { return m_hidden; }
    /// A column of the entity's own table (false for join-table lists).
    bool hasColumn() const { return !m_column.isEmpty(); }
    const QVariant &defaultValue() const { return m_default; }
    /// Translated label for headers and forms.
    QString label() const;
    const char *untranslatedLabel() const { return m_label; }

private:
    QString m_key;
    QString m_column;
    FieldType m_type = FieldType::String;
    QStringList m_enumValues;
    QVariant m_default;
    const char *m_label = nullptr;
    int m_maxLength = 0;
    int m_minItems = 0;
    int m_maxItems = 0;
    bool m_required = false;
    bool m_editable = true;
    bool m_createOnly = false;
    bool m_listed = false;
    bool m_sortable = false;
    bool m_filterable = false;
    bool m_storedAsRank = false;
    bool m_hidden = false;
};

} // namespace ne
