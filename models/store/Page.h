// SPDX-License-Identifier: MIT
#pragma once

#include "schema/Record.h"
#include "store/Cursor.h"

#include <QList>

namespace ne {

/// One page of a list. total is an estimate unless Query::exactTotal asked for a count.
struct Page
{
    QList<Record> records;
    Cursor nextCursor; ///< null on the last page
    qint64 total = -1; ///< -1 when the backend cannot tell
    bool totalIsExact = false;
};

/// A category a row can be filed under; categories are per entity kind.
struct Category
{
    QString id;
    QString name;
};

} // namespace ne

Q_DECLARE_METATYPE(ne::Page)
