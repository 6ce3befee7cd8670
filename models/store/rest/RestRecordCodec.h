// SPDX-License-Identifier: MIT
#pragma once

#include "schema/EntitySchema.h"
#include "schema/Record.h"

#include <QJsonObject>

namespace ne {

/// JSON object <-> Record for one entity, driven by its EntitySchema. Reads OA camelCase,
/// the deployed platform's snake_case columns and its few other names (thumbnail, size,
/// views, …), so rows from either server look the same to the pages.
class RestRecordCodec
{
public:
    static Record decode(const QJsonObject &object, const EntitySchema &schema);
    static QJsonObject encode(const QVariantMap &values, const EntitySchema &schema);

    /// The schema field a JSON name stands for (key, column, alias or camelCased), or null.
    static const Field *fieldFor(const QString &name, const EntitySchema &schema);
    /// Every name fieldFor knows without camelCasing: the keys, columns and aliases.
    static QStringList knownNames(const EntitySchema &schema);
    /// One non-null member's value as a Record holds it for field (invalid: left out).
    static QVariant decodeValue(const QJsonValue &value, const Field &field);
    /// A JSON number as an integer, saturated at qint64's range (0 for NaN): casting a
    /// double out of range is undefined, and a hostile answer may carry 1e300.
    static qint64 integerOf(double number);
};

} // namespace ne
