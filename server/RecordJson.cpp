// SPDX-License-Identifier: MIT
#include "RecordJson.h"

#include <QDateTime>
#include <QJsonArray>

namespace ne::server {

QString RecordJson::formatTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject RecordJson::toJson(const Record &record, const EntitySchema &schema,
                               bool includeMetadata)
{
    QJsonObject out;
    for (const Field &f : schema.fields()) {
        if (f.key() == QStringLiteral("storagePath") || f.key() == keys::deletedAt)
            continue;
        if (f.type() == FieldType::Json && !includeMetadata)
            continue;
        const QVariant v = record.value(f.key());
        if (!v.isValid() || v.isNull()) {
            if (record.contains(f.key()))
                out.insert(f.key(), QJsonValue::Null);
            continue;
        }
        switch (f.type()) {
        case FieldType::DateTime:
            out.insert(f.key(), formatTime(v.toDateTime()));
            break;
        case FieldType::StringList:
        case FieldType::UuidList:
            out.insert(f.key(), QJsonArray::fromStringList(v.toStringList()));
            break;
        case FieldType::Integer:
            out.insert(f.key(), v.toLongLong());
            break;
        case FieldType::Real:
            out.insert(f.key(), v.toDouble());
            break;
        case FieldType::Boolean:
            out.insert(f.key(), v.toBool());
            break;
        case FieldType::Json:
            out.insert(f.key(), QJsonValue::fromVariant(v));
            break;
        default:
            out.insert(f.key(), v.toString());
        }
    }
    if (schema.kind() == EntityKind::Image) {
        const QString mediaRoute = QStringLiteral("/api/v2/media/");
        QString url = out.value(QStringLiteral("url")).toString();
        const QString sha = out.value(QStringLiteral("contentSha256")).toString();
        if (!sha.isEmpty() && !url.startsWith(mediaRoute) && !url.contains(u"://")) {
            // A direct PostgreSQL client names its media "pgmedia:<sha256>"; over HTTP the
            // same bytes are served by the media route.
            url = mediaRoute + sha;
            out.insert(QStringLiteral("url"), url);
        }
        // Every stored image has a preview route; rows keep no URL of their own for it.
        if (url.startsWith(mediaRoute) &&
            out.value(QStringLiteral("thumbnailUrl")).toString().isEmpty())
            out.insert(QStringLiteral("thumbnailUrl"), QString(url + QStringLiteral("/thumbnail")));
    }
    return out;
}

QVariantMap RecordJson::fromJson(const QJsonObject &object, const EntitySchema &schema)
{
    QVariantMap out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const Field *f = schema.field(it.key());
        const QJsonValue v = it.value();
        if (!f || v.isNull()) {
            out.insert(it.key(), v.isNull() ? QVariant() : v.toVariant());
            continue;
        }
        switch (f->type()) {
        case FieldType::DateTime: {
            const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
            out.insert(f->key(), t.isValid() ? QVariant(t) : QVariant(v.toString()));
            break;
        }
        case FieldType::StringList:
        case FieldType::UuidList: {
            QStringList list;
            if (v.isArray()) {
                for (const QJsonValue &item : v.toArray())
                    list.append(item.toString());
            } else if (v.isString()) {
                list = v.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
            }
            out.insert(f->key(), list);
            break;
        }
        case FieldType::Integer:
            if (v.isDouble())
                out.insert(f->key(), qint64(v.toDouble()));
            else
                out.insert(f->key(), v.toVariant());
            break;
        case FieldType::Json:
            out.insert(f->key(),
                       v.isObject() ? QVariant(v.toObject().toVariantMap()) : v.toVariant());
            break;
        case FieldType::String:
        case FieldType::Text:
        case FieldType::Uuid:
        case FieldType::Enum:
            // A number or object where text belongs is kept as is, so validation refuses it.
            out.insert(f->key(), v.isString() ? QVariant(v.toString()) : v.toVariant());
            break;
        default:
            out.insert(f->key(), v.toVariant());
        }
    }
    return out;
}

} // namespace ne::server
