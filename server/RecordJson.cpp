// SPDX-License-Identifier: MIT
#include "RecordJson.h"

#include "JsonWriter.h"
#include "schema/IsoTime.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <array>

namespace ne::server {

namespace {

/// Every field's JSON name, quoted and with its colon, per entity kind in schema order:
/// encoding a key once instead of once per row.
const QByteArray &encodedKey(const EntitySchema &schema, const Field &field)
{
    static const auto table = [] {
        std::array<QList<QByteArray>, 4> keys;
        for (const EntityKind kind :
             {EntityKind::Image, EntityKind::Article, EntityKind::News, EntityKind::Video}) {
            for (const Field &f : EntitySchema::of(kind).fields()) {
                QByteArray quoted;
                JsonWriter(quoted).key(f.key());
                keys[size_t(kind)].append(quoted);
            }
        }
        return keys;
    }();
    return table[size_t(schema.kind())].at(&field - schema.fields().constData());
}

void writeValue(JsonWriter &out, const Field &f, const QVariant &v)
{
    if (!v.isValid() || v.isNull()) {
        out.null();
        return;
    }
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
        const QByteArray wrapped =
            QJsonDocument(QJsonArray{QJsonValue::fromVariant(v)}).toJson(QJsonDocument::Compact);
        out.raw(wrapped.mid(1, wrapped.size() - 2));
        break;
    }
    default:
        out.value(v.toString());
    }
}

} // namespace

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
    const QString thumbnailKey = QStringLiteral("thumbnailUrl");
    bool thumbnailWritten = false;
    out.beginObject();
    // The record's own keys, in its (sorted) order: one pass, no lookup per schema field.
    const QVariantMap &values = record.values();
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const Field *f = schema.field(it.key());
        if (!f || f->key() == QStringLiteral("storagePath") || f->key() == keys::deletedAt)
            continue;
        if (f->type() == FieldType::Json && !includeMetadata)
            continue;
        const QVariant *v = &it.value();
        QVariant replaced;
        if (!mediaUrl.isEmpty()) {
            if (f->key() == QStringLiteral("url")) {
                replaced = mediaUrl;
                v = &replaced;
            } else if (f->key() == thumbnailKey) {
                thumbnailWritten = true;
                if (v->toString().isEmpty()) {
                    replaced = QString(mediaUrl + QStringLiteral("/thumbnail"));
                    v = &replaced;
                }
            }
        }
        out.encodedKey(encodedKey(schema, *f));
        writeValue(out, *f, *v);
    }
    if (!mediaUrl.isEmpty() && !thumbnailWritten) {
        if (const Field *f = schema.field(thumbnailKey)) {
            out.encodedKey(encodedKey(schema, *f));
            out.value(QString(mediaUrl + QStringLiteral("/thumbnail")));
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
