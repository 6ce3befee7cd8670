// SPDX-License-Identifier: MIT
// One connection: keep-alive loop, header and body limits, timeouts, dispatch to the
// handler (inline on the strand or on the worker pool), graceful shutdown.
#include "HttpSession.h"

#include "ErrorTable.h"
#include "HttpWriter.h"
#include "RequestHandler.h"

#include <boost/asio/async_result.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/buffer_body.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>

#include <QRandomGenerator>
#include <QUrl>

#include <cstdio>
#include <limits>

namespace ne::server {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using boost::system::error_code;

namespace {

QByteArray requestIdFor(const QByteArray &given)
{
    if (!given.isEmpty() && given.size() <= 64) {
        bool ok = true;
        for (char c : given) {
            if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.'))
                ok = false;
        }
        if (ok)
            return given;
    }
    char id[17];
    std::snprintf(id, sizeof id, "%016llx",
                  static_cast<unsigned long long>(QRandomGenerator::global()->generate64()));
    return QByteArray(id, 16);
}

template<class Header> HttpRequest toRequest(const Header &h, const QString &remote)
{
    HttpRequest r;
    r.method = QByteArray(h.method_string().data(), qsizetype(h.method_string().size()));
    r.target = QByteArray(h.target().data(), qsizetype(h.target().size()));
    const qsizetype q = r.target.indexOf('?');
    const QByteArrayView path =
        q < 0 ? QByteArrayView(r.target) : QByteArrayView(r.target).first(q);
    r.path = path.contains('%') ? QUrl::fromPercentEncoding(path.toByteArray())
                                : QString::fromUtf8(path);
    if (q >= 0) {
        QByteArray query = r.target.mid(q + 1);
        query.replace('+', "%20");
        r.query.setQuery(QString::fromUtf8(query));
    }
    r.headers.reserve(16);
    for (const auto &field : h) {
        r.headers.emplace_back(
            QByteArray(field.name_string().data(), qsizetype(field.name_string().size())).toLower(),
            QByteArray(field.value().data(), qsizetype(field.value().size())));
    }
    r.remoteAddress = remote;
    r.requestId = requestIdFor(r.header("x-request-id"));
    return r;
}

/// Runs f on the worker pool and resumes the calling coroutine on its own executor (the
/// connection's strand) with the result. f must not throw.
template<class R, class F> auto onPool(net::thread_pool &pool, F f)
{
    return net::async_initiate<const net::use_awaitable_t<> &, void(R)>(
        [&pool](auto handler, F work) {
            auto executor = net::get_associated_executor(handler);
            net::post(
                pool, [handler = std::move(handler), work = std::move(work), executor]() mutable {
                    R result = work();
                    net::post(executor,
                              [handler = std::move(handler), result = std::move(result)]() mutable {
                                  handler(std::move(result));
                              });
                });
        },
        net::use_awaitable, std::move(f));
}

template<class F> auto offload(net::thread_pool &pool, const QByteArray &requestId, F f)
{
    return onPool<HttpResponse>(pool, [f = std::move(f), requestId]() mutable {
        try {
            return f();
        } catch (...) {
            return ErrorTable::response(ApiError::Internal, requestId);
        }
    });
}

QString remoteAddressOf(beast::tcp_stream &stream)
{
    error_code e;
    const auto ep = stream.socket().remote_endpoint(e);
    return e ? QString() : QString::fromStdString(ep.address().to_string());
}

class Session : public SessionControl, public std::enable_shared_from_this<Session>
{
public:
    Session(SessionHost &host, beast::tcp_stream &stream)
        : m_host(host)
        , m_stream(&stream)
        , m_executor(stream.get_executor())
        , m_remote(remoteAddressOf(stream))
    {}

    void shutdown() override
    {
        net::post(m_executor, [weak = weak_from_this()] {
            if (auto self = weak.lock())
                self->onShutdown();
        });
    }
    void onShutdown()
    {
        m_stopping = true;
        if (m_stream && m_idle) {
            error_code ec;
            m_stream->socket().shutdown(net::ip::tcp::socket::shutdown_both, ec);
            m_stream->cancel();
        }
        m_sse->stopping = true;
        m_sse->wake();
    }
    void detach() { m_stream = nullptr; }

    net::awaitable<void> run();

private:
    net::awaitable<bool> serveOne();
    /// Answers with error's response and counts the request (metrics, access log). match is
    /// a pointer: as a reference defaulting to a temporary, GCC 12's coroutine frame freed
    /// it wrongly (free(): invalid pointer in TestHttpServer::headerLimit).
    net::awaitable<void> sendError(ApiError error, const HttpRequest &request, bool close,
                                   const RouteMatch *match = nullptr, qint64 bytesIn = 0);
    /// Counts a request that gets no answer because its client went away (499, as nginx
    /// logs it) or stalled mid-body (408): cut uploads must show on the dashboard too.
    void countUnanswered(const HttpRequest &request, const RouteMatch &match, bool timedOut,
                         qint64 bytesIn);

    SessionHost &m_host;
    beast::tcp_stream *m_stream;
    net::any_io_executor m_executor;
    beast::flat_buffer m_buffer;
    bool m_idle = true;
    bool m_stopping = false;
    const QString m_remote; ///< asked of the socket once per connection, not per request
    std::shared_ptr<SseState> m_sse = std::make_shared<SseState>();
};

net::awaitable<void> Session::sendError(ApiError error, const HttpRequest &request, bool close,
                                        const RouteMatch *match, qint64 bytesIn)
{
    HttpResponse r = ErrorTable::response(error, request.requestId);
    error_code ec;
    const qint64 bytesOut =
        co_await writeResponse(*m_stream, r, request, !close, m_host.httpSettings(), ec);
    m_host.requestHandler().completed(request, match ? *match : RouteMatch{}, r, bytesIn, bytesOut);
}

void Session::countUnanswered(const HttpRequest &request, const RouteMatch &match, bool timedOut,
                              qint64 bytesIn)
{
    m_host.requestHandler().completed(request, match, HttpResponse::empty(timedOut ? 408 : 499),
                                      bytesIn, 0);
}

net::awaitable<void> Session::run()
{
    for (;;) {
        if (m_stopping || m_host.isDraining())
            co_return;
        const bool keepGoing = co_await serveOne();
        if (!keepGoing)
            co_return;
    }
}

net::awaitable<bool> Session::serveOne()
{
    const HttpSettings &s = m_host.httpSettings();
    RequestHandler &handler = m_host.requestHandler();
    error_code ec;
    if (m_buffer.size() == 0) {
        m_idle = true;
        m_stream->expires_after(s.idleTimeout);
        const size_t n = co_await m_stream->async_read_some(
            m_buffer.prepare(2048), net::redirect_error(net::use_awaitable, ec));
        m_idle = false;
        if (ec || m_stopping)
            co_return false;
        m_buffer.commit(n);
    }
    m_idle = false;
    http::request_parser<http::empty_body> headerParser;
    headerParser.header_limit(std::uint32_t(s.maxHeaderBytes));
    // Each body policy sets its own limit below. (Boost 1.74 mishandles boost::none here.)
    headerParser.body_limit(std::numeric_limits<std::uint64_t>::max());
    m_stream->expires_after(s.headerTimeout);
    co_await http::async_read_header(*m_stream, m_buffer, headerParser,
                                     net::redirect_error(net::use_awaitable, ec));
    const QString &remote = m_remote;
    if (ec == http::error::header_limit) {
        co_await sendError(ApiError::HeadersTooLarge, toRequest(headerParser.get(), remote), true);
        co_return false;
    }
    if (ec) {
        if (ec != net::error::eof && ec != beast::error::timeout &&
            ec != net::error::operation_aborted && ec != net::error::connection_reset)
            co_await sendError(ApiError::BadRequest, HttpRequest{}, true);
        co_return false;
    }
    HttpRequest request = toRequest(headerParser.get(), remote);
    const unsigned version = headerParser.get().version();
    bool keepAlive = headerParser.get().keep_alive();
    const RouteMatch match = handler.route(request);
    const BodyPolicy policy = match.route ? match.route->body : BodyPolicy::None;
    const bool hasBody = !headerParser.is_done();
    const bool expectContinue =
        request.header("expect").compare("100-continue", Qt::CaseInsensitive) == 0;
    HttpResponse response;
    qint64 bytesIn = 0;
    const std::uint64_t limit = match.route && match.route->bodyLimit ? match.route->bodyLimit
                                : policy == BodyPolicy::Stream        ? s.maxUploadBody
                                                                      : s.maxJsonBody;
    if (hasBody && headerParser.content_length() && *headerParser.content_length() > limit) {
        co_await sendError(ApiError::PayloadTooLarge, request, true, &match); // before reading it
        co_return false;
    }

    if (policy == BodyPolicy::Stream && match.result == RouteMatch::Result::Found) {
        HttpResponse refusal;
        std::shared_ptr<BodySink> sink = co_await onPool<std::shared_ptr<BodySink>>(
            m_host.workerPool(), [&]() -> std::shared_ptr<BodySink> {
                try {
                    return std::shared_ptr<BodySink>(handler.openSink(request, match, refusal));
                } catch (...) {
                    refusal = ErrorTable::response(ApiError::Internal, request.requestId);
                    return nullptr;
                }
            });
        if (!sink) {
            response = std::move(refusal);
            keepAlive = keepAlive && !hasBody;
        } else {
            if (hasBody && expectContinue)
                co_await writeContinue(*m_stream, ec);
            const StreamResult got =
                co_await readBodyInto(*m_stream, m_buffer, headerParser, *sink, s, limit);
            bytesIn = got.bytes;
            if (!got.ok) {
                sink->abort();
                // A client that went away or stalled gets no answer; a limit or a sink
                // failure does, and the connection closes (the body was not all read).
                if (got.error != ApiError::Timeout && got.error != ApiError::BadRequest)
                    co_await sendError(got.error, request, true, &match, bytesIn);
                else
                    countUnanswered(request, match, got.error == ApiError::Timeout, bytesIn);
                co_return false;
            }
            response = co_await offload(m_host.workerPool(), request.requestId,
                                        [&] { return sink->finish(request); });
        }
    } else {
        if (hasBody) {
            if (expectContinue && match.result == RouteMatch::Result::Found)
                co_await writeContinue(*m_stream, ec);
            http::request_parser<http::string_body> bodyParser(std::move(headerParser));
            bodyParser.body_limit(s.maxJsonBody);
            m_stream->expires_after(s.bodyTimeout);
            co_await http::async_read(*m_stream, m_buffer, bodyParser,
                                      net::redirect_error(net::use_awaitable, ec));
            if (ec == http::error::body_limit) {
                co_await sendError(ApiError::PayloadTooLarge, request, true, &match);
                co_return false;
            }
            if (ec) {
                countUnanswered(request, match, ec == beast::error::timeout,
                                qint64(bodyParser.get().body().size()));
                co_return false;
            }
            const std::string &b = bodyParser.get().body();
            request.body = QByteArray(b.data(), qsizetype(b.size()));
            bytesIn = request.body.size();
        }
        if (!handler.handleInline(request, match, response)) {
            response = co_await offload(m_host.workerPool(), request.requestId,
                                        [&] { return handler.handleBlocking(request, match); });
        }
    }

    if (m_stopping || m_host.isDraining())
        keepAlive = false;
    qint64 bytesOut = 0;
    if (response.sse) {
        bytesOut = co_await streamEvents(*m_stream, response, handler.events(), m_sse, s);
        handler.completed(request, match, response, bytesIn, bytesOut);
        co_return false;
    }
    bytesOut = co_await writeResponse(*m_stream, response, request, keepAlive, s, ec);
    handler.completed(request, match, response, bytesIn, bytesOut);
    Q_UNUSED(version);
    co_return keepAlive && !ec;
}

} // namespace

net::awaitable<void> runSession(SessionHost &host, net::ip::tcp::socket socket)
{
    beast::tcp_stream stream(std::move(socket));
    auto session = std::make_shared<Session>(host, stream);
    const quint64 id = host.registerSession(session);
    host.requestHandler().connectionOpened();
    try {
        co_await session->run();
    } catch (const std::exception &) {
        // A bug in a handler must cost one connection, never the process.
    }
    session->detach();
    error_code ec;
    stream.socket().shutdown(net::ip::tcp::socket::shutdown_send, ec);
    stream.close();
    host.requestHandler().connectionClosed();
    host.unregisterSession(id);
}

} // namespace ne::server
