// SPDX-License-Identifier: MIT
#include "RestMessage.h"

namespace ne {

RestRequest RestRequest::read(QUrl url)
{
    RestRequest r;
    r.url = std::move(url);
    return r;
}

RestRequest RestRequest::write(QByteArray method, QUrl url, QByteArray body)
{
    RestRequest r;
    r.method = std::move(method);
    r.url = std::move(url);
    r.body = std::move(body);
    r.idempotent = false;
    return r;
}

QByteArray RestReply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

} // namespace ne
