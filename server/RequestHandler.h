// SPDX-License-Identifier: MIT
#pragma once

#include "BodySink.h"
#include "HttpMessage.h"
#include "Router.h"

#include <memory>

namespace ne::server {

class EventBus;

/// What the HTTP layer asks of the application. HttpServer knows sockets and parsing;
/// this interface knows routes, auth and data. Each method says which thread calls it.
class RequestHandler
{
public:
    virtual ~RequestHandler() = default;

    /// Matches the request line (io thread, cheap, no I/O).
    virtual RouteMatch route(const HttpRequest &request) const = 0;
    /// Answers from memory when it can (io thread): auth from cached principals, rate
    /// limit, L1 cache hits, /metrics. Returns false to ask for handleBlocking().
    virtual bool handleInline(HttpRequest &request, const RouteMatch &match,
                              HttpResponse &response) = 0;
    /// Everything else (worker pool thread): database, Redis, files. Never throws.
    virtual HttpResponse handleBlocking(HttpRequest &request, const RouteMatch &match) = 0;
    /// For BodyPolicy::Stream routes, before the body is read (worker pool thread):
    /// authorises and opens the sink, or fills error and returns null.
    virtual std::unique_ptr<BodySink> openSink(HttpRequest &request, const RouteMatch &match,
                                               HttpResponse &error) = 0;
    /// After the response is written (io thread): access log and request metrics.
    virtual void completed(const HttpRequest &request, const RouteMatch &match,
                           const HttpResponse &response, qint64 bytesIn, qint64 bytesOut) = 0;
    /// Change events for /api/v2/events.
    virtual EventBus &events() = 0;
    /// Connection gauges (io thread).
    virtual void connectionOpened() {}
    virtual void connectionClosed() {}
};

} // namespace ne::server
