// SPDX-License-Identifier: MIT
#pragma once

#include "store/Cursor.h"
#include "store/Query.h"

#include <QUrlQuery>

namespace ne::server {

/// The query parameters of a list GET, checked: OA's page/limit/search/status/type/
/// category plus the extensions cursor, sort, order, exactTotal and trash.
struct ListRequest
{
    Query query;
    Cursor cursor;
    int limit = 20;
    int page = 1;
    bool includeMetadata = false;
    QList<FieldError> problems; ///< non-empty: answer 400 VALIDATION_ERROR

    static ListRequest parse(EntityKind kind, const QUrlQuery &params);
};

} // namespace ne::server
