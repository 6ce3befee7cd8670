// SPDX-License-Identifier: MIT
#include "RecordJson.h"

#include "JsonWriter.h"
#include "schema/IsoTime.h"
#include "store/postgres/PgRowCodec.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <array>
#include <cstring>

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

/// Fields no list or item answer carries.
bool isWritten(const Field &f, bool includeMetadata)
{
    return f.key() != QStringLiteral("storagePath") && f.key() != keys::deletedAt &&
           (includeMetadata || f.type() != FieldType::Json);
}

/// Images: a direct PostgreSQL client names its media "pgmedia:<sha256>"; over HTTP the
/// same bytes are served by the media route, which also renders every stored image's
/// preview (rows keep no thumbnail URL of their own for it). Empty when the image's
/// media is elsewhere (an absolute URL).
QString servedMediaUrl(QString url, const QString &sha)
{
    const QString mediaRoute = QStringLiteral("/api/v2/media/");
    if (!sha.isEmpty() && !url.startsWith(mediaRoute) && !url.contains(u"://"))
        url = mediaRoute + sha;
    return url.startsWith(mediaRoute) ? url : QString();
}

/// Writes the media URL mapping of servedMediaUrl(): the url replaced, and a thumbnail
/// URL where the row has none.
class MediaUrlWriter
{
public:
    explicit MediaUrlWriter(QString mediaUrl)
        : m_mediaUrl(std::move(mediaUrl))
    {}

    /// True for the fields write() may take over.
    bool concerns(const Field &f) const
    {
        return !m_mediaUrl.isEmpty() &&
               (f.key() == QStringLiteral("url") || f.key() == QStringLiteral("thumbnailUrl"));
    }

    /// Writes f's value if the mapping replaces it; current is the row's own value.
    bool write(JsonWriter &out, const Field &f, const QString &current)
    {
        if (f.key() == QStringLiteral("url")) {
            out.value(m_mediaUrl);
            return true;
        }
        m_thumbnailWritten = true;
        if (!current.isEmpty())
            return false;
        out.value(QString(m_mediaUrl + QStringLiteral("/thumbnail")));
        return true;
    }

    void finish(JsonWriter &out, const EntitySchema &schema)
    {
        if (m_mediaUrl.isEmpty() || m_thumbnailWritten)
            return;
        if (const Field *f = schema.field(QStringLiteral("thumbnailUrl"))) {
            out.encodedKey(encodedKey(schema, *f));
            out.value(QString(m_mediaUrl + QStringLiteral("/thumbnail")));
        }
    }

private:
    QString m_mediaUrl;
    bool m_thumbnailWritten = false;
};

/// The text of the row's field key, or an empty string.
QString rowText(const PgRowText &row, const QString &key)
{
    for (size_t i = 0; i < row.fields().size(); ++i)
        if (row.fields()[i]->key() == key)
            return row.text(i) ? QString::fromUtf8(row.text(i)) : QString();
    return {};
}

} // namespace

void RecordJson::write(JsonWriter &out, const Record &record, const EntitySchema &schema,
                       bool includeMetadata)
{
    MediaUrlWriter media(
        schema.kind() == EntityKind::Image
            ? servedMediaUrl(record.value(QStringLiteral("url")).toString(),
                             record.value(QStringLiteral("contentSha256")).toString())
            : QString());
    out.beginObject();
    // The record's own keys, in its (sorted) order: one pass, no lookup per schema field.
    const QVariantMap &values = record.values();
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const Field *f = schema.field(it.key());
        if (!f || !isWritten(*f, includeMetadata))
            continue;
        out.encodedKey(encodedKey(schema, *f));
        if (!media.concerns(*f) || !media.write(out, *f, it.value().toString()))
            writeValue(out, *f, it.value());
    }
    media.finish(out, schema);
    out.endObject();
}

void RecordJson::writeRow(JsonWriter &out, const PgRowText &row, const EntitySchema &schema,
                          bool includeMetadata)
{
    MediaUrlWriter media(schema.kind() == EntityKind::Image
                             ? servedMediaUrl(rowText(row, QStringLiteral("url")),
                                              rowText(row, QStringLiteral("contentSha256")))
                             : QString());
    out.beginObject();
    const std::vector<const Field *> &fields = row.fields();
    for (size_t i = 0; i < fields.size(); ++i) {
        const Field &f = *fields[i];
        if (!isWritten(f, includeMetadata))
            continue;
        const char *text = row.text(i);
        out.encodedKey(encodedKey(schema, f));
        if (media.concerns(f) && media.write(out, f, QString::fromUtf8(text)))
            continue;
        if (!text) {
            out.null();
            continue;
        }
        // The common types go from PostgreSQL's text to JSON as they are; the rest
        // through the Store's own value (PgRowCodec), as write() does.
        switch (f.type()) {
        case FieldType::Integer:
            out.raw(QByteArrayView(text)); // PostgreSQL's integer text is JSON's
            break;
        case FieldType::Boolean:
            out.value(text[0] == 't');
            break;
        case FieldType::DateTime:
            writeValue(out, f, IsoTime::parsePostgres(text));
            break;
        case FieldType::String:
        case FieldType::Text:
        case FieldType::Uuid:
            out.valueUtf8(text, qsizetype(std::strlen(text)));
            break;
        case FieldType::Enum:
            if (!f.isStoredAsRank()) {
                out.valueUtf8(text, qsizetype(std::strlen(text)));
                break;
            }
            [[fallthrough]];
        default:
            writeValue(out, f, pg::PgRowCodec::fromText(f, text));
        }
    }
    if (schema.kind() == EntityKind::News) {
        if (const Field *f = schema.field(keys::articleIds)) {
            out.encodedKey(encodedKey(schema, *f));
            writeValue(out, *f,
                       QJsonDocument::fromJson(QByteArray(row.articleIdsJson()))
                           .toVariant()
                           .toStringList());
        }
        if (const Field *f = schema.field(keys::mainStoryId); f && row.mainStoryId()) {
            out.encodedKey(encodedKey(schema, *f));
            out.valueUtf8(row.mainStoryId(), qsizetype(std::strlen(row.mainStoryId())));
        }
    }
    media.finish(out, schema);
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
