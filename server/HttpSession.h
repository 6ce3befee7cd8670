// SPDX-License-Identifier: MIT
// Internal to the HTTP layer: included only by HttpServer.cpp and HttpSession*.cpp.
#pragma once

#include "HttpServer.h"

#include <boost/asio/awaitable.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/thread_pool.hpp>

#include <memory>

namespace ne::server {

class RequestHandler;

/// Lets the server reach a live session from another thread (shutdown).
class SessionControl
{
public:
    virtual ~SessionControl() = default;
    /// Posts to the session's strand: an idle connection closes, a stream ends, a busy
    /// one finishes its request and then closes.
    virtual void shutdown() = 0;
};

/// What a session needs from its server.
class SessionHost
{
public:
    virtual ~SessionHost() = default;
    virtual const HttpSettings &httpSettings() const = 0;
    virtual RequestHandler &requestHandler() = 0;
    virtual bool isDraining() const = 0;
    virtual boost::asio::thread_pool &workerPool() = 0;
    virtual quint64 registerSession(std::shared_ptr<SessionControl> control) = 0;
    virtual void unregisterSession(quint64 id) = 0;
};

/// One connection, from accept to close, on the socket's strand.
boost::asio::awaitable<void> runSession(SessionHost &host, boost::asio::ip::tcp::socket socket);

} // namespace ne::server
