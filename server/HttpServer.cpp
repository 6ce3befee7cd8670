// SPDX-License-Identifier: MIT
#include "HttpServer.h"

#include "EventBus.h"
#include "HttpSession.h"
#include "RequestHandler.h"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <atomic>
#include <map>
#include <mutex>
#include <thread>

namespace ne::server {

namespace net = boost::asio;
using tcp = net::ip::tcp;

struct HttpServer::Impl : SessionHost
{
    Impl(HttpSettings s, RequestHandler &h)
        : settings(std::move(s))
        , handler(h)
        , ioc(std::max(1, settings.ioThreads))
        , workers(size_t(std::max(1, settings.workerThreads)))
        , acceptor(ioc)
        , signals(ioc, SIGINT, SIGTERM)
        , drainTimer(ioc)
    {}

    net::awaitable<void> acceptLoop();
    void beginShutdown();
    void checkDrained();

    // SessionHost
    const HttpSettings &httpSettings() const override { return settings; }
    RequestHandler &requestHandler() override { return handler; }
    bool isDraining() const override { return draining.load(); }
    net::thread_pool &workerPool() override { return workers; }
    quint64 registerSession(std::shared_ptr<SessionControl> control) override
    {
        std::lock_guard lock(mutex);
        const quint64 id = ++nextSession;
        sessions.emplace(id, control);
        return id;
    }
    void unregisterSession(quint64 id) override
    {
        std::lock_guard lock(mutex);
        sessions.erase(id);
    }

    HttpSettings settings;
    RequestHandler &handler;
    net::io_context ioc;
    net::thread_pool workers;
    tcp::acceptor acceptor;
    net::signal_set signals;
    net::steady_timer drainTimer;
    std::chrono::steady_clock::time_point drainDeadline;
    std::atomic<bool> draining{false};
    std::mutex mutex;
    std::map<quint64, std::weak_ptr<SessionControl>> sessions;
    quint64 nextSession = 0;
};

net::awaitable<void> HttpServer::Impl::acceptLoop()
{
    for (;;) {
        boost::system::error_code ec;
        tcp::socket socket = co_await acceptor.async_accept(
            net::make_strand(ioc), net::redirect_error(net::use_awaitable, ec));
        if (ec) {
            if (draining || ec == net::error::operation_aborted)
                co_return;
            // EMFILE and friends: back off briefly instead of spinning.
            net::steady_timer t(ioc, std::chrono::milliseconds(50));
            co_await t.async_wait(net::redirect_error(net::use_awaitable, ec));
            continue;
        }
        socket.set_option(tcp::no_delay(true), ec);
        auto executor = socket.get_executor();
        net::co_spawn(executor, runSession(*this, std::move(socket)), net::detached);
    }
}

void HttpServer::Impl::beginShutdown()
{
    if (draining.exchange(true))
        return;
    boost::system::error_code ec;
    acceptor.close(ec);
    signals.cancel(ec);
    std::vector<std::shared_ptr<SessionControl>> live;
    {
        std::lock_guard lock(mutex);
        for (auto &[id, weak] : sessions) {
            if (auto s = weak.lock())
                live.push_back(std::move(s));
        }
    }
    for (auto &s : live)
        s->shutdown();
    drainDeadline = std::chrono::steady_clock::now() + settings.shutdownGrace;
    checkDrained();
}

void HttpServer::Impl::checkDrained()
{
    bool empty = false;
    {
        std::lock_guard lock(mutex);
        empty = sessions.empty();
    }
    if (empty || std::chrono::steady_clock::now() >= drainDeadline) {
        ioc.stop();
        return;
    }
    drainTimer.expires_after(std::chrono::milliseconds(20));
    drainTimer.async_wait([this](boost::system::error_code) { checkDrained(); });
}

HttpServer::HttpServer(HttpSettings settings, RequestHandler &handler)
    : d(std::make_unique<Impl>(std::move(settings), handler))
{}

HttpServer::~HttpServer()
{
    d->workers.stop();
    d->workers.join();
}

bool HttpServer::listen(QString *error)
{
    boost::system::error_code ec;
    const auto address = net::ip::make_address(d->settings.address.toStdString(), ec);
    if (ec) {
        *error = QStringLiteral("“%1” is not an IP address to listen on.").arg(d->settings.address);
        return false;
    }
    const tcp::endpoint endpoint(address, d->settings.port);
    d->acceptor.open(endpoint.protocol(), ec);
    if (!ec)
        d->acceptor.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec)
        d->acceptor.bind(endpoint, ec);
    if (!ec)
        d->acceptor.listen(4096, ec);
    if (ec) {
        QString why = QString::fromStdString(ec.message());
        if (ec == net::error::address_in_use)
            why = QStringLiteral("the port is already in use by another program");
        else if (ec == net::error::access_denied)
            why = QStringLiteral("permission denied (ports below 1024 need privileges)");
        *error = QStringLiteral("Cannot listen on %1:%2: %3.")
                     .arg(d->settings.address)
                     .arg(d->settings.port)
                     .arg(why);
        return false;
    }
    return true;
}

quint16 HttpServer::port() const
{
    boost::system::error_code ec;
    const auto ep = d->acceptor.local_endpoint(ec);
    return ec ? 0 : ep.port();
}

void HttpServer::run()
{
    d->signals.async_wait([this](boost::system::error_code ec, int) {
        if (!ec)
            d->beginShutdown();
    });
    net::co_spawn(d->ioc, d->acceptLoop(), net::detached);
    std::vector<std::thread> threads;
    for (int i = 1; i < d->settings.ioThreads; ++i)
        threads.emplace_back([this] { d->ioc.run(); });
    d->ioc.run();
    for (auto &t : threads)
        t.join();
}

void HttpServer::stop()
{
    net::post(d->ioc, [this] { d->beginShutdown(); });
}

void HttpServer::postBlocking(std::function<void()> f)
{
    net::post(d->workers, std::move(f));
}

} // namespace ne::server
