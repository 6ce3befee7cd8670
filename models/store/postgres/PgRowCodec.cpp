// SPDX-License-Identifier: MIT
#include "store/postgres/PgRowCodec.h"

#include "schema/IsoTime.h"

#include "store/StoreError.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>
#include <algorithm>
#include <cstring>
#include <numeric>

#include <pqxx/connection_base>
#include <pqxx/prepared_statement>
#include <pqxx/transaction_base>

namespace ne::pg {

namespace {

const QString kSha = QStringLiteral("contentSha256");

bool isHashColumn(const Field &f)
{
    return f.key() == kSha;
}

std::string selectExpression(const Field &f)
{
    const std::string col = "t." + f.column().toStdString();
    if (isHashColumn(f))
        return "encode(" + col + ", 'hex')";
    if (f.type() == FieldType::StringList)
        return "to_json(" + col + ")";
    return col;
}

StoreError badValue(const Field &f)
{
    return StoreError::invalid(
        {{f.key(), StoreError::tr("%1 has a value of the wrong kind.").arg(f.label())}});
}

std::string quoteArrayItem(const QString &v)
{
    std::string out = "\"";
    for (char c : v.toStdString()) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

} // namespace

PgRowCodec::PgRowCodec(const EntitySchema &schema)
    : m_schema(schema)
{
    for (const Field &f : schema.fields()) {
        if (f.hasColumn())
            m_columns.push_back(&f);
    }
    for (const Field *f : m_columns)
        m_selectList += selectExpression(*f) + ", ";
    m_idColumn = int(std::find_if(m_columns.begin(), m_columns.end(),
                                  [](const Field *f) { return f->key() == keys::id; }) -
                     m_columns.begin());
    m_keyOrder.resize(m_columns.size());
    std::iota(m_keyOrder.begin(), m_keyOrder.end(), 0);
    std::sort(m_keyOrder.begin(), m_keyOrder.end(),
              [this](int a, int b) { return m_columns[a]->key() < m_columns[b]->key(); });
    if (schema.kind() == EntityKind::News) {
        m_selectList += "(SELECT coalesce(json_agg(na.article_id ORDER BY na.position), '[]') "
                        "FROM news_articles na WHERE na.news_id = t.id), "
                        "(SELECT na.article_id FROM news_articles na WHERE na.news_id = t.id "
                        "AND na.is_main_story), ";
    }
    m_selectList.resize(m_selectList.size() - 2);
}

Record PgRowCodec::readRow(const pqxx::row &row, int first) const
{
    QVariantMap values;
    for (int at : m_keyOrder) {
        const Field *f = m_columns[at];
        const pqxx::field field = row[first + at];
        values.insert(values.cend(), f->key(),
                      field.is_null() ? QVariant() : fromText(*f, field.c_str()));
    }
    int i = first + int(m_columns.size());
    if (m_schema.kind() == EntityKind::News) {
        const QJsonArray ids = QJsonDocument::fromJson(QByteArray(row[i++].c_str())).array();
        QStringList list;
        for (const QJsonValue &v : ids)
            list.append(v.toString());
        values.insert(keys::articleIds, list);
        const pqxx::field main = row[i++];
        if (!main.is_null())
            values.insert(keys::mainStoryId, QString::fromLatin1(main.c_str()));
    }
    return Record(std::move(values));
}

QVariant PgRowCodec::fromText(const Field &f, const char *text)
{
    switch (f.type()) {
    case FieldType::Integer:
        return QByteArray(text).toLongLong();
    case FieldType::Real:
        return QByteArray(text).toDouble();
    case FieldType::Boolean:
        return text[0] == 't';
    case FieldType::DateTime:
        return IsoTime::parsePostgres(text);
    case FieldType::Enum:
        if (f.isStoredAsRank()) {
            const int rank = QByteArray(text).toInt();
            return rank >= 0 && rank < f.enumValues().size() ? QVariant(f.enumValues().at(rank))
                                                             : QVariant();
        }
        return QString::fromUtf8(text);
    case FieldType::StringList:
        return QJsonDocument::fromJson(QByteArray(text)).toVariant().toStringList();
    case FieldType::Json:
        return QJsonDocument::fromJson(QByteArray(text)).object().toVariantMap();
    case FieldType::String:
    case FieldType::Text:
    case FieldType::Uuid:
    case FieldType::UuidList:
        return QString::fromUtf8(text);
    }
    return QString::fromUtf8(text);
}

std::string PgRowCodec::paramExpression(const Field &field, int index)
{
    if (isHashColumn(field))
        return "decode(" + placeholder(index) + ", 'hex')";
    return placeholder(index) + "::" + sqlType(field);
}

std::string PgRowCodec::sqlType(const Field &f)
{
    switch (f.type()) {
    case FieldType::Integer:
        return "bigint";
    case FieldType::Real:
        return "float8";
    case FieldType::Boolean:
        return "boolean";
    case FieldType::DateTime:
        return "timestamptz";
    case FieldType::Uuid:
        return "uuid";
    case FieldType::Enum:
        return f.isStoredAsRank() ? "smallint" : "text";
    case FieldType::StringList:
        return "text[]";
    case FieldType::Json:
        return "jsonb";
    case FieldType::String:
    case FieldType::Text:
    case FieldType::UuidList:
        return "text";
    }
    return "text";
}

Param PgRowCodec::toParam(const Field &f, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return std::nullopt;
    switch (f.type()) {
    case FieldType::Integer: {
        bool ok = false;
        const qlonglong v = value.toLongLong(&ok);
        if (!ok)
            throw badValue(f);
        return std::to_string(v);
    }
    case FieldType::Real: {
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (!ok)
            throw badValue(f);
        return QString::number(v, 'g', 17).toStdString();
    }
    case FieldType::Boolean:
        return value.toBool() ? "true" : "false";
    case FieldType::DateTime: {
        const QDateTime dt = value.toDateTime();
        if (!dt.isValid())
            throw badValue(f);
        return dt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")).toStdString();
    }
    case FieldType::Uuid: {
        const QString s = value.toString().trimmed();
        if (s.isEmpty())
            return std::nullopt;
        const auto u = normalizedUuid(s);
        if (!u)
            throw badValue(f);
        return *u;
    }
    case FieldType::Enum:
        if (f.isStoredAsRank()) {
            const qsizetype rank = f.enumValues().indexOf(value.toString());
            if (rank < 0)
                throw badValue(f);
            return std::to_string(rank);
        }
        return value.toString().toStdString();
    case FieldType::StringList:
        return textArray(value.toStringList());
    case FieldType::Json:
        if (value.typeId() == QMetaType::QString)
            return value.toString().toStdString();
        return QJsonDocument(QJsonObject::fromVariantMap(value.toMap()))
            .toJson(QJsonDocument::Compact)
            .toStdString();
    case FieldType::String:
    case FieldType::Text:
        if (isHashColumn(f))
            return value.toString().toLower().toStdString();
        return value.toString().toStdString();
    case FieldType::UuidList:
        return uuidArray(value.toStringList());
    }
    return value.toString().toStdString();
}

std::string PgRowCodec::uuidArray(const QStringList &ids)
{
    std::string out = "{";
    for (const QString &id : ids) {
        const auto u = normalizedUuid(id);
        if (!u)
            throw StoreError::invalid(
                {{keys::id, StoreError::tr("“%1” is not a valid id.").arg(id)}});
        out += *u + ',';
    }
    if (out.size() > 1)
        out.pop_back();
    return out + '}';
}

std::string PgRowCodec::textArray(const QStringList &values)
{
    std::string out = "{";
    for (const QString &v : values)
        out += quoteArrayItem(v) + ',';
    if (out.size() > 1)
        out.pop_back();
    return out + '}';
}

std::optional<std::string> normalizedUuid(const QString &text)
{
    const QString s = text.trimmed();
    const QUuid u = QUuid::fromString(s);
    if (u.isNull()) {
        static const QRegularExpression nil(
            QStringLiteral("^\\{?00000000-0000-0000-0000-000000000000\\}?$"));
        if (!nil.match(s).hasMatch())
            return std::nullopt;
    }
    return u.toString(QUuid::WithoutBraces).toStdString();
}

std::string placeholder(int index)
{
    return "$" + std::to_string(index);
}

pqxx::result execPrepared(pqxx::transaction_base &tx, const std::string &sql, const Params &params)
{
    const QByteArray hash =
        QCryptographicHash::hash(QByteArray::fromStdString(sql), QCryptographicHash::Md5)
            .toHex()
            .left(20);
    const std::string name = "ne_" + hash.toStdString();
    tx.conn().prepare(name, sql);
    std::vector<const char *> pointers;
    pointers.reserve(params.size());
    for (const Param &p : params)
        pointers.push_back(p ? p->c_str() : nullptr);
    return tx.exec_prepared(name, pqxx::prepare::make_dynamic_params(pointers));
}

} // namespace ne::pg
