// SPDX-License-Identifier: MIT
#pragma once

#include "schema/Field.h"

#include <QCoreApplication>
#include <QVariant>

namespace ne {

/// How a field's value reads in a table cell: local times, sizes in KB/MB, yes/no.
class ValueFormatter
{
    Q_DECLARE_TR_FUNCTIONS(ne::ValueFormatter)
public:
    static QString display(const Field &field, const QVariant &value);
    /// The English label of an enum value, as translations know it: "on_demand" -> "On demand".
    static QByteArray untranslatedEnumLabel(const QString &value);
    /// Translated display name of an enum value.
    static QString enumLabel(const QString &value);
};

} // namespace ne
