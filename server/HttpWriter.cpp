// SPDX-License-Identifier: MIT
#include "HttpWriter.h"

#include "BodySink.h"
#include "EventBus.h"

#include <boost/asio/post.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/http/buffer_body.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/status.hpp>

#include <array>
#include <fcntl.h>
#include <unistd.h>

namespace ne::server {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using boost::system::error_code;

namespace {

constexpr size_t kChunk = 256 * 1024;

/// Beast knows no reason phrase for tus's 460.
std::string_view reasonOf(int status)
{
    if (status == 460)
        return "Checksum Mismatch";
    const auto reason = http::obsolete_reason(http::int_to_status(unsigned(status)));
    return {reason.data(), reason.size()};
}

std::string headBytes(const HttpResponse &r, const HttpRequest &request, bool keepAlive,
                      qint64 contentLength)
{
    std::string out;
    out.reserve(256);
    const std::string_view reason = reasonOf(r.status);
    out += "HTTP/1.1 ";
    out += std::to_string(r.status);
    out += ' ';
    out.append(reason.data(), reason.size());
    out += "\r\nServer: nextevent-server\r\n";
    for (const auto &[name, value] : r.headers) {
        out.append(name.constData(), size_t(name.size()));
        out += ": ";
        out.append(value.constData(), size_t(value.size()));
        out += "\r\n";
    }
    if (!request.requestId.isEmpty()) {
        out += "X-Request-ID: ";
        out.append(request.requestId.constData(), size_t(request.requestId.size()));
        out += "\r\n";
    }
    if (contentLength >= 0) {
        out += "Content-Length: ";
        out += std::to_string(contentLength);
        out += "\r\n";
    }
    if (!keepAlive)
        out += "Connection: close\r\n";
    out += "\r\n";
    return out;
}

} // namespace

net::awaitable<void> writeContinue(beast::tcp_stream &stream, error_code &ec)
{
    static const std::string line = "HTTP/1.1 100 Continue\r\n\r\n";
    co_await net::async_write(stream, net::buffer(line),
                              net::redirect_error(net::use_awaitable, ec));
}

net::awaitable<qint64> writeResponse(beast::tcp_stream &stream, HttpResponse &response,
                                     const HttpRequest &request, bool keepAlive,
                                     const HttpSettings &settings, error_code &ec)
{
    const bool head = request.method == "HEAD";
    const bool noBody = response.status == 204 || response.status == 304 || response.status < 200;
    stream.expires_after(settings.writeTimeout);
    if (response.filePath.isEmpty()) {
        const std::string h =
            headBytes(response, request, keepAlive, noBody ? -1 : response.body.size());
        if (head || noBody) {
            co_await net::async_write(stream, net::buffer(h),
                                      net::redirect_error(net::use_awaitable, ec));
            co_return 0;
        }
        const std::array<net::const_buffer, 2> buffers{
            net::buffer(h), net::buffer(response.body.constData(), size_t(response.body.size()))};
        co_await net::async_write(stream, buffers, net::redirect_error(net::use_awaitable, ec));
        co_return response.body.size();
    }
    const int fd = ::open(response.filePath.toLocal8Bit().constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        HttpResponse missing = ErrorTable::response(ApiError::NotFound, request.requestId);
        co_return co_await writeResponse(stream, missing, request, keepAlive, settings, ec);
    }
    struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    qint64 remaining = response.fileLength;
    if (remaining < 0)
        remaining = qint64(::lseek(fd, 0, SEEK_END)) - response.fileOffset;
    const std::string h = headBytes(response, request, keepAlive, remaining);
    co_await net::async_write(stream, net::buffer(h), net::redirect_error(net::use_awaitable, ec));
    if (ec || head)
        co_return 0;
    std::vector<char> chunk(kChunk);
    qint64 offset = response.fileOffset;
    qint64 written = 0;
    while (remaining > 0 && !ec) {
        const ssize_t n =
            ::pread(fd, chunk.data(), size_t(std::min<qint64>(remaining, kChunk)), offset);
        if (n <= 0) {
            ec = net::error::eof; // the file shrank under us: cut the response short
            break;
        }
        stream.expires_after(settings.writeTimeout);
        co_await net::async_write(stream, net::buffer(chunk.data(), size_t(n)),
                                  net::redirect_error(net::use_awaitable, ec));
        offset += n;
        remaining -= n;
        written += n;
    }
    co_return written;
}

net::awaitable<StreamResult> readBodyInto(beast::tcp_stream &stream, beast::flat_buffer &buffer,
                                          http::request_parser<http::empty_body> &headerParser,
                                          BodySink &sink, const HttpSettings &settings,
                                          std::uint64_t limit)
{
    StreamResult result;
    http::request_parser<http::buffer_body> parser(std::move(headerParser));
    parser.body_limit(limit);
    std::vector<char> chunk(kChunk);
    while (!parser.is_done()) {
        parser.get().body().data = chunk.data();
        parser.get().body().size = chunk.size();
        stream.expires_after(settings.bodyTimeout);
        error_code ec;
        co_await http::async_read(stream, buffer, parser,
                                  net::redirect_error(net::use_awaitable, ec));
        if (ec == http::error::need_buffer)
            ec = {};
        const size_t n = chunk.size() - parser.get().body().size;
        if (n > 0) {
            if (!sink.write(chunk.data(), n)) {
                result.ok = false;
                result.error = sink.refusal();
                co_return result;
            }
            result.bytes += qint64(n);
        }
        if (ec) {
            result.ok = false;
            result.error = ec == http::error::body_limit ? ApiError::PayloadTooLarge
                           : ec == beast::error::timeout ? ApiError::Timeout
                                                         : ApiError::BadRequest;
            co_return result;
        }
    }
    co_return result;
}

net::awaitable<qint64> streamEvents(beast::tcp_stream &stream, const HttpResponse &response,
                                    EventBus &bus, std::shared_ptr<SseState> state,
                                    const HttpSettings &settings)
{
    HttpRequest none;
    std::string h = headBytes(response, none, false, -1);
    h += "retry: 3000\n\n";
    error_code ec;
    stream.expires_after(settings.writeTimeout);
    co_await net::async_write(stream, net::buffer(h), net::redirect_error(net::use_awaitable, ec));
    qint64 written = qint64(h.size());
    auto executor = stream.get_executor();
    net::steady_timer timer(executor);
    state->timer = &timer;
    const int token =
        bus.subscribe([executor, state] { net::post(executor, [state] { state->wake(); }); });
    qint64 last = response.sseLastEventId >= 0 ? response.sseLastEventId : bus.lastId();
    while (!ec && !state->stopping) {
        bool gap = false;
        const std::vector<ChangeEvent> events = bus.since(last, &gap, &last);
        std::string out;
        if (gap)
            out += "event: resync\ndata: {}\n\n";
        for (const ChangeEvent &e : events) {
            out += "id: " + std::to_string(e.id) + "\nevent: change\ndata: ";
            out.append(e.data.constData(), size_t(e.data.size()));
            out += "\n\n";
        }
        if (out.empty()) {
            if (state->pending) {
                state->pending = false;
                continue;
            }
            timer.expires_after(settings.sseHeartbeat);
            error_code waitEc;
            co_await timer.async_wait(net::redirect_error(net::use_awaitable, waitEc));
            if (state->pending || state->stopping)
                continue;
            out = ": keep-alive\n\n";
        }
        state->pending = false;
        stream.expires_after(settings.writeTimeout);
        co_await net::async_write(stream, net::buffer(out),
                                  net::redirect_error(net::use_awaitable, ec));
        written += qint64(out.size());
    }
    bus.unsubscribe(token);
    state->timer = nullptr;
    co_return written;
}

} // namespace ne::server
