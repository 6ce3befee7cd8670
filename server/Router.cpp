// SPDX-License-Identifier: MIT
#include "Router.h"

namespace ne::server {

namespace {

QStringList splitPath(const QString &path)
{
    QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return parts;
}

} // namespace

void Router::add(Route route)
{
    Compiled c;
    c.segments = splitPath(route.pattern);
    for (const QString &s : c.segments) {
        if (!s.startsWith(QLatin1Char(':')))
            ++c.literalCount;
    }
    m_routes.append(std::move(route));
    m_compiled.append(std::move(c));
}

bool Router::matchSegments(const Compiled &c, const QStringList &parts, RouteParams *params)
{
    if (c.segments.size() != parts.size())
        return false;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &seg = c.segments.at(i);
        if (seg.startsWith(QLatin1Char(':'))) {
            if (parts.at(i).isEmpty())
                return false;
            if (params)
                params->insert(seg.mid(1), parts.at(i));
        } else if (seg != parts.at(i)) {
            return false;
        }
    }
    return true;
}

RouteMatch Router::match(const QByteArray &method, const QString &path) const
{
    RouteMatch out;
    const QStringList parts = splitPath(path);
    int bestLiterals = -1;
    QByteArrayList allowed;
    const QByteArray wanted = method == "HEAD" ? QByteArrayLiteral("GET") : method;
    for (qsizetype i = 0; i < m_routes.size(); ++i) {
        const Compiled &c = m_compiled.at(i);
        if (!matchSegments(c, parts, nullptr))
            continue;
        const Route &r = m_routes.at(i);
        if (r.method != method && r.method != wanted) {
            if (!allowed.contains(r.method))
                allowed.append(r.method);
            continue;
        }
        if (c.literalCount > bestLiterals) {
            bestLiterals = c.literalCount;
            out.route = &r;
            out.params.clear();
            matchSegments(c, parts, &out.params);
        }
    }
    if (out.route) {
        out.result = RouteMatch::Result::Found;
    } else if (!allowed.isEmpty()) {
        out.result = RouteMatch::Result::MethodNotAllowed;
        out.allowed = allowed.join(", ");
    }
    return out;
}

} // namespace ne::server
