// SPDX-License-Identifier: MIT
#pragma once

#include "store/rest/JsonScanner.h"
#include "store/rest/RestFieldNames.h"
#include "store/rest/RestList.h"

#include <QVarLengthArray>

#include <optional>
#include <vector>

namespace ne {

/// Reads ours/OA's list answer, {"<collection>": [rows], "total": …}, in one pass from its
/// UTF-8 body into Records, without a QJsonDocument tree or a QString per member name: that
/// decoding was a fifth of a REST page's time (issue 5). Gives up (nullopt) on other shapes
/// and wherever the answer would hang on QJsonObject's internals (a repeated name, two other
/// names for one field, a row that is no object, Qt's lenient syntax); RestList then reads
/// the body through QJsonDocument, so the Records always are RestRecordCodec's.
class RestListReader
{
public:
    static std::optional<RestList> read(QByteArrayView body, EntityKind kind);

private:
    /// One field's value in the row being read.
    struct Slot
    {
        QVariant value;
        bool keySeen = false;   ///< under its own name, which wins even when null
        bool fromOther = false; ///< under a column name or an alias
    };

    explicit RestListReader(EntityKind kind);

    bool readRows(JsonScanner &json, QList<Record> &records);
    std::optional<Record> readRow(JsonScanner &json);
    const RestFieldNames::Name *nameOf(const JsonScanner::Text &name, qsizetype at);
    bool readMember(JsonScanner &json, const JsonScanner::Text &name, qsizetype at);
    bool readOther(JsonScanner &json, const QString &name);
    bool readValue(JsonScanner &json, qsizetype fieldIndex, bool isKey);
    Record takeRecord();

    static QVariant value(JsonScanner &json, const Field &field);
    static QVariant text(const JsonScanner::Text &text, const Field &field);
    static QVariant dateTime(const JsonScanner::Text &text);
    static QStringList ids(JsonScanner &json);
    static QString idOf(JsonScanner &json);

    const RestFieldNames &m_names;
    const QList<Field> &m_fields;
    qsizetype m_idIndex;
    std::vector<Slot> m_slots;          ///< per field, emptied after each row
    std::vector<qsizetype> m_seenInRow; ///< per known name, the row it last came in
    std::vector<const RestFieldNames::Name *> m_lastNames; ///< by position in the last row
    QVarLengthArray<QString, 8> m_other;                   ///< names in this row the table lacks
    QVariantMap m_unknown; ///< this row's members of no field, kept as they are
    qsizetype m_row = 0;   ///< 1-based
    QString m_firstId;
};

} // namespace ne
