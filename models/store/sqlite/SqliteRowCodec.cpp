// SPDX-License-Identifier: MIT
#include "SqliteRowCodec.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ne {

SqliteRowCodec::SqliteRowCodec(const EntitySchema &schema)
    : m_schema(schema)
{
    for (const Field &f : schema.fields()) {
        if (f.hasColumn())
            m_columns.append(&f);
    }
}

QString SqliteRowCodec::selectList() const
{
    QStringList parts;
    parts.reserve(m_columns.size());
    for (const Field *f : m_columns)
        parts.append(QStringLiteral("t.") + f->column());
    return parts.join(QStringLiteral(", "));
}

qint64 SqliteRowCodec::toMillis(const QDateTime &time)
{
    return time.toMSecsSinceEpoch();
}

QDateTime SqliteRowCodec::fromMillis(qint64 millis)
{
    return QDateTime::fromMSecsSinceEpoch(millis, Qt::UTC);
}

QVariant SqliteRowCodec::toStorage(const Field &field, const QVariant &value) const
{
    if (!value.isValid() || value.isNull())
        return QVariant();
    switch (field.type()) {
    case FieldType::DateTime:
        return toMillis(value.toDateTime());
    case FieldType::Boolean:
        return value.toBool() ? 1 : 0;
    case FieldType::Integer:
        return value.toLongLong();
    case FieldType::Real:
        return value.toDouble();
    case FieldType::Enum:
        if (field.isStoredAsRank())
            return int(field.enumValues().indexOf(value.toString()));
        return value.toString();
    case FieldType::StringList:
        return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(value.toStringList()))
                                     .toJson(QJsonDocument::Compact));
    case FieldType::Json:
        if (value.typeId() == QMetaType::QString)
            return value;
        return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(value.toMap()))
                                     .toJson(QJsonDocument::Compact));
    case FieldType::Uuid:
    case FieldType::String:
    case FieldType::Text:
    case FieldType::UuidList:
        return value.toString().isEmpty() && field.type() == FieldType::Uuid ? QVariant()
                                                                             : value.toString();
    }
    return value;
}

QVariant SqliteRowCodec::fromStorage(const Field &field, const QVariant &value) const
{
    if (value.isNull())
        return QVariant();
    switch (field.type()) {
    case FieldType::DateTime:
        return fromMillis(value.toLongLong());
    case FieldType::Boolean:
        return value.toLongLong() != 0;
    case FieldType::Integer:
        return value.toLongLong();
    case FieldType::Real:
        return value.toDouble();
    case FieldType::Enum:
        if (field.isStoredAsRank())
            return field.enumValues().value(value.toInt());
        return value.toString();
    case FieldType::StringList: {
        QStringList out;
        for (const QJsonValue &v : QJsonDocument::fromJson(value.toString().toUtf8()).array())
            out.append(v.toString());
        return out;
    }
    case FieldType::Json:
        return QJsonDocument::fromJson(value.toString().toUtf8()).object().toVariantMap();
    case FieldType::Uuid:
    case FieldType::String:
    case FieldType::Text:
    case FieldType::UuidList:
        return value.toString();
    }
    return value;
}

Record SqliteRowCodec::readRow(const QSqlQuery &query) const
{
    QVariantMap values;
    for (int i = 0; i < m_columns.size(); ++i) {
        const QVariant v = fromStorage(*m_columns[i], query.value(i));
        if (v.isValid())
            values.insert(m_columns[i]->key(), v);
    }
    return Record(std::move(values));
}

} // namespace ne
