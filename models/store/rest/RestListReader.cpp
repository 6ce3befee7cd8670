// SPDX-License-Identifier: MIT
#include "RestListReader.h"

#include "schema/IsoTime.h"
#include "store/rest/RestRecordCodec.h"

#include <QDateTime>

#include <map>

namespace ne {

RestListReader::RestListReader(EntityKind kind)
    : m_names(RestFieldNames::of(kind))
    , m_fields(m_names.schema().fields())
    , m_idIndex(m_names.schema().field(keys::id) - m_fields.constData())
    , m_slots(size_t(m_fields.size()))
    , m_seenInRow(size_t(m_names.size()), 0)
{}

std::optional<RestList> RestListReader::read(QByteArrayView body, EntityKind kind)
{
    JsonScanner json(body);
    if (!json.take('{'))
        return std::nullopt;
    RestListReader reader(kind);
    const QString collection = entityCollection(kind);
    RestList list;
    QJsonObject members; // all but the rows: what RestEnvelope::collection reads
    bool hasRows = false;
    for (bool first = true; json.more(first, '}');) {
        const QString name = json.string().toString();
        json.expect(':');
        const char next = json.peek();
        if (name == collection) {
            if (std::exchange(hasRows, true) || !reader.readRows(json, list.records))
                return std::nullopt;
        } else if (next == '{' || next == '[') {
            // collection() reads numbers, flags and text: an empty one of the type answers
            // the same.
            json.skip();
            members.insert(name, QJsonValue(next == '{' ? QJsonValue::Object : QJsonValue::Array));
        } else {
            members.insert(name,
                           next == '"' ? QJsonValue(json.string().toString()) : json.scalar());
        }
    }
    if (!hasRows || !json.atEnd())
        return std::nullopt;
    list.envelope = RestEnvelope::collection(members);
    list.envelope.count = list.records.size();
    list.envelope.firstId = reader.m_firstId;
    return list;
}

bool RestListReader::readRows(JsonScanner &json, QList<Record> &records)
{
    if (json.peek() == 'n')
        return json.scalar().isNull(); // a page without rows
    if (!json.take('['))
        return false; // not a Collection answer
    for (bool first = true; json.more(first, ']');) {
        std::optional<Record> row = readRow(json);
        if (!row)
            return false;
        records.append(std::move(*row));
    }
    return !json.failed();
}

std::optional<Record> RestListReader::readRow(JsonScanner &json)
{
    if (!json.take('{'))
        return std::nullopt;
    ++m_row;
    m_other.clear();
    qsizetype at = 0;
    for (bool first = true; json.more(first, '}'); ++at) {
        const JsonScanner::Text name = json.string();
        if (!json.expect(':') || !readMember(json, name, at))
            return std::nullopt;
    }
    if (json.failed())
        return std::nullopt;
    return takeRecord();
}

const RestFieldNames::Name *RestListReader::nameOf(const JsonScanner::Text &name, qsizetype at)
{
    if (name.escaped)
        return m_names.find(name.toString().toUtf8());
    // The rows of one answer mostly repeat their names in one order: a guess saves the hash.
    if (at >= qsizetype(m_lastNames.size()))
        m_lastNames.resize(size_t(at) + 1);
    const RestFieldNames::Name *&last = m_lastNames[size_t(at)];
    if (!last || !last->is(name.raw))
        last = m_names.find(name.raw);
    return last;
}

bool RestListReader::readMember(JsonScanner &json, const JsonScanner::Text &name, qsizetype at)
{
    const RestFieldNames::Name *known = nameOf(name, at);
    if (!known)
        return readOther(json, name.toString());
    if (std::exchange(m_seenInRow[size_t(known->index)], m_row) == m_row)
        return false; // a repeated name
    // The paging check takes the first id as toVariant() spells it; for text that is the
    // Record's id, for a number it is not.
    if (m_row == 1 && known->isKey && known->fieldIndex == m_idIndex && json.peek() != '"' &&
        json.peek() != 'n')
        return false;
    return readValue(json, known->fieldIndex, known->isKey);
}

bool RestListReader::readOther(JsonScanner &json, const QString &name)
{
    if (m_other.contains(name))
        return false; // a repeated name
    m_other.append(name);
    if (const Field *f = RestRecordCodec::fieldFor(name, m_names.schema()))
        return readValue(json, f - m_fields.constData(), name == f->key());
    if (!json.takeNull())
        m_unknown.insert(name, json.variant()); // kept, shown nowhere
    return true;
}

bool RestListReader::readValue(JsonScanner &json, qsizetype fieldIndex, bool isKey)
{
    Slot &slot = m_slots[size_t(fieldIndex)];
    const bool isNull = json.takeNull();
    if (isKey) {
        slot.keySeen = true;
        slot.value = isNull ? QVariant() : value(json, m_fields[fieldIndex]);
        return true;
    }
    if (isNull)
        return true;
    if (slot.keySeen) {
        json.skip();
        return true;
    }
    if (std::exchange(slot.fromOther, true))
        return false; // QJsonObject's key order would pick one of the two
    slot.value = value(json, m_fields[fieldIndex]);
    return true;
}

Record RestListReader::takeRecord()
{
    if (m_row == 1) {
        const Slot &id = m_slots[size_t(m_idIndex)];
        m_firstId = id.keySeen ? id.value.toString() : QString();
    }
    // Built as a std::map the values move into; in key order, each goes at the end without
    // a walk from the root.
    std::map<QString, QVariant> values;
    for (const qsizetype i : m_names.keyOrder()) {
        Slot &slot = m_slots[size_t(i)];
        if (slot.value.isValid())
            values.emplace_hint(values.end(), m_fields[i].key(), std::move(slot.value));
        slot.keySeen = slot.fromOther = false; // the value is moved out or was never set
    }
    for (auto it = m_unknown.cbegin(); it != m_unknown.cend(); ++it)
        values.emplace(it.key(), it.value());
    m_unknown.clear();
    return Record(QVariantMap(std::move(values)));
}

QVariant RestListReader::value(JsonScanner &json, const Field &field)
{
    const char next = json.peek();
    const bool isList =
        field.type() == FieldType::StringList || field.type() == FieldType::UuidList;
    if (next == '"')
        return text(json.string(), field);
    if (next == '[' && isList)
        return ids(json);
    if ((next == '{' || next == '[') && field.type() == FieldType::Json)
        return json.variant();
    if (next == '{' || next == '[') {
        // Other types read an array or object by its type alone: an empty one answers the same.
        json.skip();
        return RestRecordCodec::decodeValue(
            QJsonValue(next == '{' ? QJsonValue::Object : QJsonValue::Array), field);
    }
    return RestRecordCodec::decodeValue(json.scalar(), field);
}

QVariant RestListReader::text(const JsonScanner::Text &text, const Field &field)
{
    switch (field.type()) {
    case FieldType::DateTime:
        return dateTime(text);
    case FieldType::String:
    case FieldType::Text:
    case FieldType::Uuid:
    case FieldType::Enum:
    case FieldType::Json:
        return text.toString();
    default: // numbers, flags and lists written as text: rare, so the codec's own way
        return RestRecordCodec::decodeValue(QJsonValue(text.toString()), field);
    }
}

QVariant RestListReader::dateTime(const JsonScanner::Text &text)
{
    // Times are short ASCII: widened on the stack they need no QString.
    char16_t wide[40];
    QString decoded;
    QStringView view;
    const QByteArrayView raw = text.raw;
    if (!text.escaped && text.ascii && raw.size() <= qsizetype(std::size(wide))) {
        std::copy(raw.begin(), raw.end(), wide);
        view = QStringView(wide, raw.size());
    } else {
        decoded = text.toString();
        view = decoded;
    }
    QDateTime t = IsoTime::parse(view);
    if (!t.isValid()) // "2024-05-01 10:00:00" from a raw database row
        t = QDateTime::fromString(view.toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return t.isValid() ? QVariant(t.toUTC()) : QVariant();
}

QStringList RestListReader::ids(JsonScanner &json)
{
    QStringList list;
    json.take('[');
    for (bool first = true; json.more(first, ']');) {
        const char next = json.peek();
        if (next == '"') {
            list.append(json.string().toString());
        } else if (next == '{') {
            list.append(idOf(json));
        } else {
            json.skip();
            list.append(QString());
        }
    }
    return list;
}

QString RestListReader::idOf(JsonScanner &json)
{
    QString id;
    json.take('{');
    for (bool first = true; json.more(first, '}');) {
        const bool isId = json.string() == "id";
        json.expect(':');
        if (isId && json.peek() == '"') {
            id = json.string().toString(); // a repeated "id": the last wins, as in Qt
        } else {
            json.skip();
            if (isId)
                id = QString();
        }
    }
    return id;
}

} // namespace ne
