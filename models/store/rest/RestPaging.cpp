// SPDX-License-Identifier: MIT
#include "RestPaging.h"

namespace ne {

namespace {

QList<QByteArray> parts(const Cursor &cursor)
{
    return cursor.token().split('.');
}

} // namespace

QUrlQuery RestPaging::listQuery(const Query &query, const Cursor &cursor, int limit)
{
    QUrlQuery q;
    limit = std::clamp(limit, 1, maxLimit);
    const QList<QByteArray> p = parts(cursor);
    if (cursor.token().startsWith("c.")) {
        q.addQueryItem(QStringLiteral("cursor"), QString::fromLatin1(cursor.token().mid(2)));
    } else if (cursor.token().startsWith("p.") && p.size() >= 3) {
        q.addQueryItem(QStringLiteral("page"), QString::fromLatin1(p.at(1)));
        limit = std::clamp(p.at(2).toInt(), 1, maxLimit); // pages keep their first size
    } else if (cursor.token().startsWith("o.") && p.size() >= 2) {
        q.addQueryItem(QStringLiteral("offset"), QString::fromLatin1(p.at(1)));
    }
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    q.addQueryItem(QStringLiteral("pageSize"), QString::number(limit)); // the platform's news
    if (!query.search.isEmpty())
        q.addQueryItem(QStringLiteral("search"), query.search);
    for (auto it = query.filters.begin(); it != query.filters.end(); ++it)
        q.addQueryItem(it.key(), it.value().toString());
    if (query.sortKey != keys::createdAt || query.order != Qt::DescendingOrder) {
        q.addQueryItem(QStringLiteral("sort"), query.sortKey);
        q.addQueryItem(QStringLiteral("order"), query.order == Qt::AscendingOrder
                                                    ? QStringLiteral("asc")
                                                    : QStringLiteral("desc"));
    }
    if (query.trash)
        q.addQueryItem(QStringLiteral("trash"), QStringLiteral("true"));
    if (query.exactTotal)
        q.addQueryItem(QStringLiteral("exactTotal"), QStringLiteral("true"));
    // Percent-encode everything a value may hold ('+', '&', '#', non-ASCII).
    QUrlQuery encoded;
    for (const auto &[key, value] : q.queryItems(QUrl::FullyDecoded))
        encoded.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(key)),
                             QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return encoded;
}

Cursor RestPaging::next(const RestEnvelope &e, const Cursor &current, int limit)
{
    const qsizetype n = e.count;
    if (n == 0)
        return {};
    switch (e.style) {
    case RestEnvelope::Style::Collection:
        if (!e.nextCursor.isEmpty())
            return Cursor("c." + e.nextCursor.toLatin1());
        // A server that pages by cursor ends by sending none: its page/pages describe the
        // first page only. Page numbers are for servers without cursors, and only after
        // a full page.
        if (current.token().startsWith("c.") ||
            n < std::min(e.pageSize > 0 ? e.pageSize : limit, maxLimit))
            return {};
        if (e.page > 0 && e.pages > e.page)
            return Cursor("p." + QByteArray::number(e.page + 1) + '.' +
                          QByteArray::number(e.pageSize > 0 ? e.pageSize : limit));
        return {};
    case RestEnvelope::Style::SuccessItems: {
        const bool more = e.hasNext ? *e.hasNext : (e.pages > e.page);
        if (!more)
            return {};
        return Cursor("p." + QByteArray::number(e.page + 1) + '.' +
                      QByteArray::number(e.pageSize > 0 ? e.pageSize : n));
    }
    case RestEnvelope::Style::DataCount: {
        const QList<QByteArray> p = parts(current);
        const qint64 offset = (current.token().startsWith("o.") ? p.value(1).toLongLong() : 0) + n;
        if ((e.total >= 0 && offset >= e.total) || (e.total < 0 && n < std::min(limit, maxLimit)))
            return {};
        // The first id rides along so that a server ignoring offset cannot loop forever.
        return Cursor("o." + QByteArray::number(offset) + '.' +
                      e.firstId.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
    }
    case RestEnvelope::Style::BareArray:
        return {};
    }
    return {};
}

bool RestPaging::repeatsPrevious(const Cursor &current, const QString &firstId)
{
    if (!current.token().startsWith("o."))
        return false;
    const QList<QByteArray> p = parts(current);
    return p.size() >= 3 && !firstId.isEmpty() &&
           QByteArray::fromBase64(p.at(2), QByteArray::Base64UrlEncoding) == firstId.toUtf8();
}

} // namespace ne
