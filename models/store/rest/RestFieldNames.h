// SPDX-License-Identifier: MIT
#pragma once

#include "schema/EntitySchema.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstring>
#include <vector>

namespace ne {

/// The JSON names RestRecordCodec::fieldFor knows for one entity, as UTF-8 bytes, so that a
/// reader matches a member's name without making a QString of it. Immutable and shared:
/// use RestFieldNames::of(), from any thread.
class RestFieldNames
{
public:
    struct Name
    {
        QByteArray utf8;
        const Field *field = nullptr;
        qsizetype fieldIndex = 0; ///< into EntitySchema::fields()
        qsizetype index = 0;      ///< into names(), to tell a repeated member
        bool isKey = false;       ///< the field's own (OA) name, which wins over the others

        bool is(QByteArrayView name) const
        {
            return name.size() == utf8.size() &&
                   std::memcmp(name.data(), utf8.constData(), size_t(name.size())) == 0;
        }
    };

    explicit RestFieldNames(const EntitySchema &schema);

    static const RestFieldNames &of(EntityKind kind);

    const EntitySchema &schema() const { return m_schema; }
    qsizetype size() const { return qsizetype(m_names.size()); }
    /// Null for a name fieldFor must camelCase, or that is none of the schema's.
    const Name *find(QByteArrayView utf8) const;
    /// Field indices sorted by key, the order a QVariantMap keeps them in.
    const std::vector<qsizetype> &keyOrder() const { return m_keyOrder; }

private:
    static size_t hash(QByteArrayView utf8);

    const EntitySchema &m_schema;
    std::vector<Name> m_names;
    std::vector<int> m_slots; ///< open addressing, -1 when free; a power of two long
    std::vector<qsizetype> m_keyOrder;
};

} // namespace ne
