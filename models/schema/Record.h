// SPDX-License-Identifier: MIT
#pragma once

#include "EntitySchema.h"

#include <QMetaType>
#include <QVariantMap>

namespace ne {

/// One row of any entity, keyed by the schema's field keys (the OA JSON names).
/// Implicitly shared through QVariantMap, so passing records between threads is cheap.
class Record
{
public:
    Record() = default;
    explicit Record(QVariantMap values)
        : m_values(std::move(values))
    {}

    QString id() const { return m_values.value(keys::id).toString(); }
    qint64 version() const { return m_values.value(keys::version).toLongLong(); }
    bool isDeleted() const { return m_values.value(keys::deletedAt).isValid(); }
    bool isNull() const { return m_values.isEmpty(); }

    QVariant value(const QString &key) const { return m_values.value(key); }
    void setValue(const QString &key, const QVariant &value) { m_values.insert(key, value); }
    bool contains(const QString &key) const { return m_values.contains(key); }
    const QVariantMap &values() const { return m_values; }

    /// The editable values a copy starts from: no id, counters, timestamps or file identity.
    QVariantMap editableValues(const EntitySchema &schema) const;

    bool operator==(const Record &other) const { return m_values == other.m_values; }

private:
    QVariantMap m_values;
};

} // namespace ne

Q_DECLARE_METATYPE(ne::Record)
