// SPDX-License-Identifier: MIT
#include "RecordJson.h"

#include "JsonWriter.h"
#include "schema/IsoTime.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace ne::server {

void RecordJson::write(JsonWriter &out, const Record &record, const EntitySchema &schema,
                       bool includeMetadata)
{
    // Images: a direct PostgreSQL client names its media "pgmedia:<sha256>"; over HTTP the
    // same bytes are served by the media route, which also renders every stored image's
    // preview (rows keep no thumbnail URL of their own for it).
    QString mediaUrl;
    if (schema.kind() == EntityKind::Image) {
        const QString mediaRoute = QStringLiteral("/api/v2/media/");
        mediaUrl = record.value(QStringLiteral("url")).toString();
        const QString sha = record.value(QStringLiteral("contentSha256")).toString();
        if (!sha.isEmpty() && !mediaUrl.startsWith(mediaRoute) && !mediaUrl.contains(u"://"))
            mediaUrl = mediaRoute + sha;
        if (!mediaUrl.startsWith(mediaRoute))
            mediaUrl.clear();
    }
    out.beginObject();
    for (const Field &f : schema.fields()) {
        if (f.key() == QStringLiteral("storagePath") || f.key() == keys::deletedAt)
            continue;
        if (f.type() == FieldType::Json && !includeMetadata)
            continue;
        QVariant v = record.value(f.key());
        if (!mediaUrl.isEmpty()) {
            if (f.key() == QStringLiteral("url"))
                v = mediaUrl;
            else if (f.key() == QStringLiteral("thumbnailUrl") && v.toString().isEmpty())
                v = QString(mediaUrl + QStringLiteral("/thumbnail"));
        }
        if (!v.isValid() || v.isNull()) {
            if (record.contains(f.key())) {
                out.key(f.key());
                out.null();
            }
            continue;
        }
        out.key(f.key());
        switch (f.type()) {
        case FieldType::DateTime: {
            const QDateTime time = v.toDateTime();
            if (time.isValid())
                out.value(QLatin1StringView(IsoTime::format(time)));
            else
                out.null();
            break;
        }
        case FieldType::StringList:
        case FieldType::UuidList:
            out.beginArray();
            for (const QString &item : v.toStringList())
                out.value(item);
            out.endArray();
            break;
        case FieldType::Integer:
            out.value(v.toLongLong());
            break;
        case FieldType::Real:
            out.value(v.toDouble());
            break;
        case FieldType::Boolean:
            out.value(v.toBool());
            break;
        case FieldType::Json: {
            // Free-form and rare (image metadata): Qt's own writer, unwrapped from an array
            // so that scalars serialise too.
            const QByteArray wrapped = QJsonDocument(QJsonArray{QJsonValue::fromVariant(v)})
                                           .toJson(QJsonDocument::Compact);
            out.raw(wrapped.mid(1, wrapped.size() - 2));
            break;
        }
        default:
            out.value(v.toString());
        }
    }
    out.endObject();
}

QByteArray RecordJson::toJson(const Record &record, const EntitySchema &schema,
                              bool includeMetadata)
{
    QByteArray body;
    JsonWriter out(body);
    write(out, record, schema, includeMetadata);
    return body;
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
            const QDateTime t = IsoTime::parse(v.toString());
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
