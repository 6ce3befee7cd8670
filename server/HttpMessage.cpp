// SPDX-License-Identifier: MIT
#include "HttpMessage.h"

namespace ne::server {

QByteArray HttpRequest::header(const QByteArray &lowercaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowercaseName)
            return value;
    }
    return {};
}

bool HttpRequest::hasHeader(const QByteArray &lowercaseName) const
{
    for (const auto &h : headers) {
        if (h.first == lowercaseName)
            return true;
    }
    return false;
}

QString HttpRequest::param(const QString &name) const
{
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.emplace_back(name, value);
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

HttpResponse HttpResponse::json(int status, const QByteArray &body)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.headers.reserve(4); // Content-Type, ETag, X-Cache and one more without growing
    r.headers.emplace_back(QByteArrayLiteral("Content-Type"),
                           QByteArrayLiteral("application/json; charset=utf-8"));
    return r;
}

HttpResponse HttpResponse::empty(int status)
{
    HttpResponse r;
    r.status = status;
    return r;
}

} // namespace ne::server
