// SPDX-License-Identifier: MIT
#pragma once

#include "schema/EntitySchema.h"

#include <vector>

namespace ne {

/// One row of a list page as PostgreSQL wrote it (text format), for callers that pass
/// rows on without building Records: the server writes them straight into JSON, where a
/// QVariantMap per row cost more than the query (profiled: a third of a list request).
/// Valid only during the visit it is handed to.
class PgRowText
{
public:
    PgRowText(const std::vector<const Field *> &fields, const std::vector<const char *> &texts)
        : m_fields(fields)
        , m_texts(texts)
    {}

    /// The entity's stored fields, in the order of text().
    const std::vector<const Field *> &fields() const { return m_fields; }
    /// Field i's column in PostgreSQL's text format, or nullptr for NULL. Values as
    /// PgRowCodec selects them: hashes in hex, string lists as a JSON array, enum ranks.
    const char *text(size_t i) const { return m_texts[i]; }
    /// News only: the article ids as a JSON array, and its main story's id
    /// (nullptr when it has none). Null for other entities.
    const char *articleIdsJson() const { return extra(0); }
    const char *mainStoryId() const { return extra(1); }

private:
    const char *extra(size_t i) const
    {
        return m_fields.size() + i < m_texts.size() ? m_texts[m_fields.size() + i] : nullptr;
    }

    const std::vector<const Field *> &m_fields;
    const std::vector<const char *> &m_texts;
};

} // namespace ne
