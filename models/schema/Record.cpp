// SPDX-License-Identifier: MIT
#include "Record.h"

namespace ne {

QVariantMap Record::editableValues(const EntitySchema &schema) const
{
    QVariantMap out;
    for (const Field &f : schema.fields()) {
        if (f.isEditable() && m_values.contains(f.key()))
            out.insert(f.key(), m_values.value(f.key()));
    }
    return out;
}

} // namespace ne
