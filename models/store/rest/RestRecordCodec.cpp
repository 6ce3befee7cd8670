// SPDX-License-Identifier: MIT
#include "RestRecordCodec.h"

#include "schema/IsoTime.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>

#include <cmath>
#include <limits>

namespace ne {

namespace {

/// Names the deployed platform (CONTRACT.md 1.2) uses where OA has another.
const QHash<QString, QString> &aliases()
{
    static const QHash<QString, QString> map{
        {QStringLiteral("thumbnail"), QStringLiteral("thumbnailUrl")},
        {QStringLiteral("size"), QStringLiteral("fileSize")},
        {QStringLiteral("format"), QStringLiteral("mimeType")},
        {QStringLiteral("views"), QStringLiteral("viewCount")},
        {QStringLiteral("readCount"), QStringLiteral("viewCount")},
        {QStringLiteral("author"), QStringLiteral("authorName")},
        {QStringLiteral("siteImageId"), QStringLiteral("featuredImageId")},
        {QStringLiteral("creationTime"), QStringLiteral("createdAt")},
        {QStringLiteral("lastModificationTime"), QStringLiteral("updatedAt")},
    };
    return map;
}

QString camelCase(const QString &snake)
{
    QString out;
    out.reserve(snake.size());
    bool upper = false;
    for (QChar c : snake) {
        if (c == QLatin1Char('_')) {
            upper = true;
            continue;
        }
        out.append(upper ? c.toUpper() : c);
        upper = false;
    }
    return out;
}

} // namespace

const Field *RestRecordCodec::fieldFor(const QString &name, const EntitySchema &schema)
{
    if (const Field *f = schema.field(name))
        return f;
    if (const Field *f = schema.fieldByColumn(name))
        return f;
    if (const auto it = aliases().constFind(name); it != aliases().constEnd())
        if (const Field *f = schema.field(*it))
            return f;
    if (name.contains(QLatin1Char('_')))
        return schema.field(camelCase(name));
    return nullptr;
}

QStringList RestRecordCodec::knownNames(const EntitySchema &schema)
{
    QStringList names = aliases().keys();
    for (const Field &f : schema.fields())
        names << f.key() << f.column();
    names.removeDuplicates();
    return names;
}

QVariant RestRecordCodec::decodeValue(const QJsonValue &value, const Field &field)
{
    switch (field.type()) {
    case FieldType::DateTime: {
        QDateTime t = IsoTime::parse(value.toString());
        if (!t.isValid()) // "2024-05-01 10:00:00" from a raw database row
            t = QDateTime::fromString(value.toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        return t.isValid() ? QVariant(t.toUTC()) : QVariant();
    }
    case FieldType::Integer:
        return value.isString() ? QVariant(value.toString().toLongLong())
                                : QVariant(integerOf(value.toDouble()));
    case FieldType::Real:
        return value.toDouble();
    case FieldType::Boolean:
        return value.isDouble() ? value.toInt() != 0 : value.toBool();
    case FieldType::StringList:
    case FieldType::UuidList: {
        QStringList list;
        if (value.isArray()) {
            for (const QJsonValue &item : value.toArray())
                list.append(item.isObject() ? item.toObject().value(QStringLiteral("id")).toString()
                                            : item.toString());
        } else if (value.isString()) {
            list = value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        }
        return list;
    }
    case FieldType::Json:
        return value.toVariant();
    case FieldType::String:
    case FieldType::Text:
    case FieldType::Uuid:
    case FieldType::Enum:
        if (value.isDouble())
            return QString::number(value.toDouble());
        return value.toString();
    }
    return value.toVariant();
}

qint64 RestRecordCodec::integerOf(double number)
{
    constexpr double limit = 9223372036854775808.0; // 2^63, exact as a double
    if (std::isnan(number))
        return 0;
    if (number >= limit)
        return std::numeric_limits<qint64>::max();
    if (number < -limit)
        return std::numeric_limits<qint64>::min();
    return qint64(number);
}

Record RestRecordCodec::decode(const QJsonObject &object, const EntitySchema &schema)
{
    QVariantMap values;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isNull() || it.value().isUndefined())
            continue;
        const Field *field = fieldFor(it.key(), schema);
        if (!field) {
            values.insert(it.key(), it.value().toVariant()); // kept, shown nowhere
            continue;
        }
        // The OA name wins over an alias when a row carries both.
        if (field->key() != it.key() && object.contains(field->key()))
            continue;
        const QVariant v = decodeValue(it.value(), *field);
        // QJsonObject iterates its keys sorted, so values mostly go at the end: the hint
        // saves the map's walk from the root for every value.
        if (v.isValid())
            values.insert(values.cend(), field->key(), v);
    }
    return Record(std::move(values));
}

QJsonObject RestRecordCodec::encode(const QVariantMap &values, const EntitySchema &schema)
{
    QJsonObject out;
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QVariant &v = it.value();
        if (!v.isValid() || v.isNull()) {
            out.insert(it.key(), QJsonValue::Null);
            continue;
        }
        const Field *field = schema.field(it.key());
        const FieldType type = field ? field->type() : FieldType::Json;
        switch (type) {
        case FieldType::DateTime:
            out.insert(it.key(), v.typeId() == QMetaType::QDateTime
                                     ? QString::fromLatin1(IsoTime::format(v.toDateTime()))
                                     : v.toString());
            break;
        case FieldType::StringList:
        case FieldType::UuidList:
            out.insert(it.key(), QJsonArray::fromStringList(v.toStringList()));
            break;
        default:
            out.insert(it.key(), QJsonValue::fromVariant(v));
        }
    }
    return out;
}

} // namespace ne
