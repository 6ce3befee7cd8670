// SPDX-License-Identifier: MIT
#pragma once

#include "HttpMessage.h"
#include "RouteParams.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include <optional>

namespace ne::server {

/// How the session reads a route's body before the handler runs.
enum class BodyPolicy
{
    None,   ///< no body expected (a body is still read and dropped up to the JSON limit)
    Json,   ///< read into memory, at most the JSON limit (1 MB)
    Stream, ///< streamed to a file sink, at most the upload limit (50 MB) or bodyLimit
};

/// One route: a method and a path template whose ":name" segments capture a value.
/// The template doubles as the `endpoint` label of the request metrics, like gin's FullPath.
struct Route
{
    QByteArray method;
    QString pattern;
    int handler = 0; ///< the application's handler number
    BodyPolicy body = BodyPolicy::None;
    bool requiresAuth = true;
    bool isRead = false;      ///< may be opened to anonymous users by configuration
    bool inlineOk = false;    ///< may run on the io thread (no blocking work)
    quint64 bodyLimit = 0;    ///< overrides the policy's body limit when set (tus PATCH)
    QByteArray endpoint = {}; ///< the pattern in Latin-1, the metrics label (set by Router::add)
};

/// The outcome of matching a request line.
struct RouteMatch
{
    enum class Result
    {
        Found,
        NotFound,
        MethodNotAllowed
    };
    Result result = Result::NotFound;
    const Route *route = nullptr;
    RouteParams params;
    QByteArray allowed; ///< "GET, PUT" when MethodNotAllowed
};

/// Matches method and path against templates. Immutable after setup, so it is shared by
/// all io threads without locking. Literal segments win over captures.
///
/// Matching runs on every request, so it allocates nothing until a route is chosen: the
/// path is cut into views, and only the routes with as many segments are compared.
class Router
{
public:
    void add(Route route);
    RouteMatch match(const QByteArray &method, const QString &path) const;
    const QList<Route> &routes() const { return m_routes; }

private:
    struct Segment
    {
        QString text; ///< the literal, or the capture's name without ':'
        bool capture = false;
    };
    struct Compiled
    {
        QList<Segment> segments;
        int literalCount = 0;
    };
    using Parts = QVarLengthArray<QStringView, 8>;
    static bool matches(const Compiled &c, const Parts &parts);

    QList<Route> m_routes;
    QList<Compiled> m_compiled;
    QList<QList<qsizetype>> m_bySegmentCount; ///< route indexes, in the order they were added
};

} // namespace ne::server
