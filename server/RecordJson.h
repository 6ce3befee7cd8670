// SPDX-License-Identifier: MIT
#pragma once

#include "schema/Record.h"
#include "store/postgres/PgRowText.h"

#include <QJsonObject>

namespace ne::server {

class JsonWriter;

/// Records to and from OA JSON (camelCase keys, RFC 3339 UTC times), driven by the
/// entity's schema so all four entities share one mapping. Stateless.
class RecordJson
{
public:
    /// Every field but the storage path; image metadata only when includeMetadata.
    static void write(JsonWriter &out, const Record &record, const EntitySchema &schema,
                      bool includeMetadata = true);
    /// write() for a row straight from the database: the same JSON, without a Record.
    static void writeRow(JsonWriter &out, const PgRowText &row, const EntitySchema &schema,
                         bool includeMetadata = true);
    /// write() into a body of its own.
    static QByteArray toJson(const Record &record, const EntitySchema &schema,
                             bool includeMetadata = true);
    /// Body values as the repository expects them (QDateTime, QStringList, QVariantMap,
    /// qint64). Keys the schema does not know are kept so that validate() names them.
    static QVariantMap fromJson(const QJsonObject &object, const EntitySchema &schema);
};

} // namespace ne::server
