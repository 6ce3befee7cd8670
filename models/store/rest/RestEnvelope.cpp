// SPDX-License-Identifier: MIT
#include "RestEnvelope.h"

#include "store/rest/RestRecordCodec.h"

#include <QJsonObject>

namespace ne {

namespace {

qint64 number(const QJsonObject &o, const char *key, qint64 fallback = -1)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? RestRecordCodec::integerOf(v.toDouble()) : fallback;
}

RestEnvelope successItems(const QJsonObject &data)
{
    RestEnvelope e;
    e.style = RestEnvelope::Style::SuccessItems;
    e.items = data.value(QStringLiteral("items")).toArray(); // null when empty
    e.total = number(data, "totalCount");
    e.totalIsExact = e.total >= 0;
    e.page = int(number(data, "pageNumber", 1));
    e.pageSize = int(number(data, "pageSize", 0));
    e.pages = int(number(data, "totalPages", 0));
    if (data.value(QStringLiteral("hasNextPage")).isBool())
        e.hasNext = data.value(QStringLiteral("hasNextPage")).toBool();
    return e;
}

QString firstIdOf(const QJsonArray &items)
{
    const QJsonObject first = items.isEmpty() ? QJsonObject() : items.first().toObject();
    return first.value(QStringLiteral("id")).toVariant().toString();
}

std::optional<RestEnvelope> shape(EntityKind kind, const QJsonDocument &document)
{
    using Style = RestEnvelope::Style;
    if (document.isArray()) {
        RestEnvelope e;
        e.style = Style::BareArray;
        e.items = document.array();
        e.total = e.items.size();
        e.totalIsExact = true;
        return e;
    }
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject o = document.object();
    const QString key = entityCollection(kind);
    if (o.value(key).isArray() || (o.contains(key) && o.value(key).isNull())) {
        RestEnvelope e = RestEnvelope::collection(o);
        e.items = o.value(key).toArray();
        return e;
    }
    const QJsonValue data = o.value(QStringLiteral("data"));
    if (data.isObject() && data.toObject().contains(QStringLiteral("items")))
        return successItems(data.toObject());
    if (data.isArray() || (data.isNull() && o.contains(QStringLiteral("data")))) {
        RestEnvelope e;
        e.style = Style::DataCount;
        e.items = data.toArray();
        e.total = number(o, "total", number(o, "totalCount"));
        e.totalIsExact = e.total >= 0;
        return e;
    }
    return std::nullopt;
}

} // namespace

RestEnvelope RestEnvelope::collection(const QJsonObject &o)
{
    RestEnvelope e;
    e.style = RestEnvelope::Style::Collection;
    e.total = number(o, "total");
    // OA totals are exact; ours say when they are an estimate.
    e.totalIsExact =
        o.value(QStringLiteral("totalIsExact")).toBool(!o.contains(QStringLiteral("nextCursor")));
    e.nextCursor = o.value(QStringLiteral("nextCursor")).toString();
    e.page = int(number(o, "page", 0));
    e.pageSize = int(number(o, "limit", 0));
    e.pages = int(number(o, "pages", 0));
    return e;
}

std::optional<RestEnvelope> RestEnvelope::parse(EntityKind kind, const QJsonDocument &document)
{
    std::optional<RestEnvelope> e = shape(kind, document);
    if (e) {
        e->count = e->items.size();
        e->firstId = firstIdOf(e->items);
    }
    return e;
}

} // namespace ne
