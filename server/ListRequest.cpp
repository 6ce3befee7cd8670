// SPDX-License-Identifier: MIT
#include "ListRequest.h"

#include <QUuid>

namespace ne::server {

namespace {

bool truthy(const QString &v)
{
    return v == QStringLiteral("true") || v == QStringLiteral("1");
}

} // namespace

ListRequest ListRequest::parse(EntityKind kind, const QUrlQuery &params)
{
    ListRequest r;
    r.query.kind = kind;
    const EntitySchema &schema = EntitySchema::of(kind);
    auto param = [&](const char *name) {
        return params.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    auto number = [&](const char *name, int min, int max, int fallback) {
        const QString v = param(name);
        if (v.isEmpty())
            return fallback;
        bool ok = false;
        const int n = v.toInt(&ok);
        if (!ok || n < min || n > max) {
            r.problems.append(
                {QLatin1String(name), QStringLiteral("%1 must be a whole number from %2 to %3.")
                                          .arg(QLatin1String(name))
                                          .arg(min)
                                          .arg(max)});
            return fallback;
        }
        return n;
    };
    r.limit = number("limit", 1, 100, 20);
    r.page = number("page", 1, 1000000, 1);
    const QString cursor = param("cursor");
    if (!cursor.isEmpty()) {
        r.cursor = Cursor(cursor.toLatin1());
        if (!r.cursor.position())
            r.problems.append({QStringLiteral("cursor"),
                               QStringLiteral("The cursor is not one this server issued.")});
    }
    r.query.search = param("search").left(200);
    r.query.exactTotal = truthy(param("exactTotal"));
    r.query.trash = truthy(param("trash"));
    r.includeMetadata = truthy(param("includeMetadata"));
    const QString sort = param("sort");
    if (!sort.isEmpty()) {
        if (!schema.isSortable(sort))
            r.problems.append({QStringLiteral("sort"),
                               QStringLiteral("The list cannot be sorted by “%1”.").arg(sort)});
        else
            r.query.sortKey = sort;
    }
    const QString order = param("order");
    if (order == QStringLiteral("asc"))
        r.query.order = Qt::AscendingOrder;
    else if (!order.isEmpty() && order != QStringLiteral("desc"))
        r.problems.append({QStringLiteral("order"), QStringLiteral("order must be asc or desc.")});

    // OA names beside the schema's keys: category -> categoryId, a video's type -> videoType.
    for (const Field &f : schema.filterableFields()) {
        QString value = param(f.key().toLatin1().constData());
        if (value.isEmpty() && f.key() == QStringLiteral("categoryId"))
            value = param("category");
        if (value.isEmpty() && f.key() == QStringLiteral("videoType"))
            value = param("type");
        if (value.isEmpty())
            continue;
        if (f.type() == FieldType::Enum && !f.enumValues().contains(value)) {
            r.problems.append(
                {f.key(), QStringLiteral("“%1” is not one of: %2.")
                              .arg(value.left(100), f.enumValues().join(QStringLiteral(", ")))});
            continue;
        }
        if (f.type() == FieldType::Uuid && QUuid::fromString(value).isNull()) {
            r.problems.append({f.key(), QStringLiteral("%1 must be a UUID.").arg(f.key())});
            continue;
        }
        r.query.filters.insert(f.key(), value);
    }
    if (r.page > 1 && !r.cursor.isNull())
        r.problems.append(
            {QStringLiteral("page"), QStringLiteral("Give either page or cursor, not both.")});
    if (qint64(r.page - 1) * r.limit > 10000)
        r.problems.append(
            {QStringLiteral("page"),
             QStringLiteral("Pages beyond 10,000 rows need the cursor (nextCursor).")});
    return r;
}

} // namespace ne::server
