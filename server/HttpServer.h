// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <chrono>
#include <memory>

namespace ne::server {

class RequestHandler;

/// Limits and timeouts of the HTTP layer.
struct HttpSettings
{
    QString address = QStringLiteral("127.0.0.1");
    quint16 port = 8080;
    int ioThreads = 2;
    int workerThreads = 16;               ///< the bounded pool for blocking work (DB, Redis, files)
    std::chrono::seconds idleTimeout{60}; ///< keep-alive wait for the next request
    std::chrono::seconds headerTimeout{10}; ///< from the first byte to the end of headers
    std::chrono::seconds bodyTimeout{30};   ///< longest pause while a body arrives
    std::chrono::seconds writeTimeout{30};
    std::chrono::seconds shutdownGrace{20}; ///< in-flight requests get this long on SIGTERM
    std::chrono::seconds sseHeartbeat{15};
    size_t maxHeaderBytes = 8 * 1024;
    size_t maxJsonBody = 1024 * 1024;
    quint64 maxUploadBody = 50ull * 1024 * 1024 + 64 * 1024; ///< file plus multipart framing
};

/// The Boost.Beast server: an acceptor and one coroutine per connection on a strand, a
/// few io threads, and a separate bounded pool for blocking work. Beast stays inside the
/// .cpp so that the rest of the server compiles quickly.
class HttpServer
{
public:
    HttpServer(HttpSettings settings, RequestHandler &handler);
    ~HttpServer();
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    /// Binds and listens. Returns false with a message a person can act on (port taken,
    /// address invalid, permission denied).
    bool listen(QString *error);
    quint16 port() const;
    /// Serves until SIGINT/SIGTERM or stop(), then drains: stops accepting, lets in-flight
    /// requests finish (up to shutdownGrace), closes idle connections. Blocks.
    void run();
    /// Begins a graceful shutdown; safe from any thread.
    void stop();
    /// Runs f on the worker pool (scheduled jobs such as cache warm-up).
    void postBlocking(std::function<void()> f);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace ne::server
