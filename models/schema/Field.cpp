// SPDX-License-Identifier: MIT
#include "Field.h"

#include <QCoreApplication>

namespace ne {

Field::Field(QString key, QString column, FieldType type)
    : m_key(std::move(key))
    , m_column(std::move(column))
    , m_type(type)
{}

Field Field::string(const QString &key, const QString &column, int maxLength)
{
    Field f(key, column, FieldType::String);
    f.m_maxLength = maxLength;
    return f;
}

Field Field::text(const QString &key, const QString &column)
{
    return Field(key, column, FieldType::Text);
}

Field Field::integer(const QString &key, const QString &column)
{
    return Field(key, column, FieldType::Integer);
}

Field Field::real(const QString &key, const QString &column)
{
    return Field(key, column, FieldType::Real);
}

Field Field::boolean(const QString &key, const QString &column, bool defaultValue)
{
    Field f(key, column, FieldType::Boolean);
    f.m_default = defaultValue;
    return f;
}

Field Field::dateTime(const QString &key, const QString &column)
{
    return Field(key, column, FieldType::DateTime);
}

Field Field::uuid(const QString &key, const QString &column)
{
    return Field(key, column, FieldType::Uuid);
}

Field Field::enumeration(const QString &key, const QString &column, const QStringList &values)
{
    Field f(key, column, FieldType::Enum);
    f.m_enumValues = values;
    return f;
}

Field Field::stringList(const QString &key, const QString &column)
{
    return Field(key, column, FieldType::StringList);
}

Field Field::json(const QString &key, const QString &column)
{
    return Field(key, column, FieldType::Json);
}

Field Field::uuidList(const QString &key, int minItems, int maxItems)
{
    Field f(key, QString(), FieldType::UuidList);
    f.m_minItems = minItems;
    f.m_maxItems = maxItems;
    return f;
}

Field &Field::required()
{
    m_required = true;
    return *this;
}

Field &Field::readOnly()
{
    m_editable = false;
    return *this;
}

Field &Field::createOnly()
{
    m_createOnly = true;
    return *this;
}

Field &Field::listed()
{
    m_listed = true;
    return *this;
}

Field &Field::sortable()
{
    m_sortable = true;
    return *this;
}

Field &Field::filterable()
{
    m_filterable = true;
    return *this;
}

Field &Field::storedAsRank()
{
    m_storedAsRank = true;
    return *this;
}

Field &Field::withDefault(const QVariant &value)
{
    m_default = value;
    return *this;
}

Field &Field::withLabel(const char *untranslatedLabel)
{
    m_label = untranslatedLabel;
    return *this;
}

Field &Field::hidden()
{
    m_hidden = true;
    return *this;
}

QString Field::label() const
{
    if (m_label)
        return QCoreApplication::translate("ne::Field", m_label);
    return m_key;
}

} // namespace ne
