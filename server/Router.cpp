// SPDX-License-Identifier: MIT
#include "Router.h"

namespace ne::server {

void Router::add(Route route)
{
    Compiled c;
    for (QStringView part : QStringView(route.pattern).tokenize(u'/', Qt::SkipEmptyParts)) {
        const bool capture = part.startsWith(u':');
        c.segments.append({(capture ? part.mid(1) : part).toString(), capture});
        if (!capture)
            ++c.literalCount;
    }
    const qsizetype count = c.segments.size();
    if (m_bySegmentCount.size() <= count)
        m_bySegmentCount.resize(count + 1);
    m_bySegmentCount[count].append(m_routes.size());
    route.endpoint = route.pattern.toLatin1();
    m_routes.append(std::move(route));
    m_compiled.append(std::move(c));
}

bool Router::matches(const Compiled &c, const Parts &parts)
{
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const Segment &seg = c.segments.at(i);
        if (!seg.capture && seg.text != parts.at(i))
            return false;
    }
    return true;
}

RouteMatch Router::match(const QByteArray &method, const QString &path) const
{
    RouteMatch out;
    Parts parts;
    for (QStringView part : QStringView(path).tokenize(u'/', Qt::SkipEmptyParts)) {
        if (parts.size() >= m_bySegmentCount.size())
            return out; // longer than any route
        parts.append(part);
    }
    if (parts.size() >= m_bySegmentCount.size())
        return out;
    const QList<qsizetype> &candidates = m_bySegmentCount.at(parts.size());
    const bool head = method == "HEAD";
    int bestLiterals = -1;
    qsizetype best = -1;
    bool pathMatched = false;
    for (qsizetype i : candidates) {
        const Compiled &c = m_compiled.at(i);
        if (c.literalCount <= bestLiterals || !matches(c, parts))
            continue;
        pathMatched = true;
        const Route &r = m_routes.at(i);
        if (r.method == method || (head && r.method == "GET")) {
            bestLiterals = c.literalCount;
            best = i;
        }
    }
    if (best >= 0) {
        out.result = RouteMatch::Result::Found;
        out.route = &m_routes.at(best);
        const Compiled &c = m_compiled.at(best);
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (c.segments.at(i).capture)
                out.params.insert(c.segments.at(i).text, parts.at(i).toString());
        }
        return out;
    }
    if (!pathMatched)
        return out;
    // Only a miss pays for the Allow list.
    QByteArrayList allowed;
    for (qsizetype i : candidates) {
        const QByteArray &m = m_routes.at(i).method;
        if (matches(m_compiled.at(i), parts) && !allowed.contains(m))
            allowed.append(m);
    }
    out.result = RouteMatch::Result::MethodNotAllowed;
    out.allowed = allowed.join(", ");
    return out;
}

} // namespace ne::server
