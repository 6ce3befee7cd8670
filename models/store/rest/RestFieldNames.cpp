// SPDX-License-Identifier: MIT
#include "RestFieldNames.h"

#include <array>

#include "store/rest/RestRecordCodec.h"

#include <algorithm>
#include <bit>
#include <numeric>

namespace ne {

RestFieldNames::RestFieldNames(const EntitySchema &schema)
    : m_schema(schema)
{
    // fieldFor decides what every name means, so the two cannot disagree.
    for (const QString &name : RestRecordCodec::knownNames(schema)) {
        if (const Field *f = RestRecordCodec::fieldFor(name, schema))
            m_names.push_back({name.toUtf8(), f, f - schema.fields().constData(),
                               qsizetype(m_names.size()), name == f->key()});
    }
    // At most half full, so that a miss, the usual answer for an unknown name, ends soon.
    m_slots.assign(std::bit_ceil(m_names.size() * 2 + 1), -1);
    for (const Name &n : m_names) {
        size_t at = hash(n.utf8) & (m_slots.size() - 1);
        while (m_slots[at] >= 0)
            at = (at + 1) & (m_slots.size() - 1);
        m_slots[at] = int(n.index);
    }
    const QList<Field> &fields = schema.fields();
    m_keyOrder.resize(size_t(fields.size()));
    std::iota(m_keyOrder.begin(), m_keyOrder.end(), 0);
    std::sort(m_keyOrder.begin(), m_keyOrder.end(),
              [&fields](qsizetype a, qsizetype b) { return fields[a].key() < fields[b].key(); });
}

const RestFieldNames &RestFieldNames::of(EntityKind kind)
{
    // In EntityKind's order.
    static const std::array<RestFieldNames, 4> tables{
        RestFieldNames(EntitySchema::of(EntityKind::Image)),
        RestFieldNames(EntitySchema::of(EntityKind::Article)),
        RestFieldNames(EntitySchema::of(EntityKind::News)),
        RestFieldNames(EntitySchema::of(EntityKind::Video)),
    };
    return tables[size_t(kind)];
}

const RestFieldNames::Name *RestFieldNames::find(QByteArrayView utf8) const
{
    for (size_t at = hash(utf8) & (m_slots.size() - 1); m_slots[at] >= 0;
         at = (at + 1) & (m_slots.size() - 1)) {
        const Name &n = m_names[size_t(m_slots[at])];
        if (n.is(utf8))
            return &n;
    }
    return nullptr;
}

size_t RestFieldNames::hash(QByteArrayView utf8)
{
    size_t h = 14695981039346656037ULL; // FNV-1a: short keys, no setup
    for (const char c : utf8)
        h = (h ^ uchar(c)) * 1099511628211ULL;
    return h;
}

} // namespace ne
