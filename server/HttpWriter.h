// SPDX-License-Identifier: MIT
// Internal to the HTTP layer: response writing, streamed bodies and SSE for HttpSession.
#pragma once

#include "ErrorTable.h"
#include "HttpMessage.h"
#include "HttpServer.h"

#include <boost/asio/awaitable.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/parser.hpp>

#include <memory>

namespace ne::server {

class BodySink;
class EventBus;

/// Wakes an SSE stream: set on the session's strand only.
struct SseState
{
    boost::asio::steady_timer *timer = nullptr;
    bool pending = false;
    bool stopping = false;
    void wake()
    {
        pending = true;
        if (timer)
            timer->cancel();
    }
};

struct StreamResult
{
    bool ok = true;
    ApiError error = ApiError::Internal; ///< why, when !ok (Timeout/BadRequest: client gone)
    qint64 bytes = 0;
};

/// Writes status line, headers and body (or a file range) in as few writes as possible.
/// HEAD requests get the headers only. Returns the body bytes written.
boost::asio::awaitable<qint64> writeResponse(boost::beast::tcp_stream &stream,
                                             HttpResponse &response, const HttpRequest &request,
                                             bool keepAlive, const HttpSettings &settings,
                                             boost::system::error_code &ec);
boost::asio::awaitable<void> writeContinue(boost::beast::tcp_stream &stream,
                                           boost::system::error_code &ec);
/// Reads the rest of the body chunk by chunk into sink, enforcing limit and a bodyTimeout
/// pause limit.
boost::asio::awaitable<StreamResult>
readBodyInto(boost::beast::tcp_stream &stream, boost::beast::flat_buffer &buffer,
             boost::beast::http::request_parser<boost::beast::http::empty_body> &headerParser,
             BodySink &sink, const HttpSettings &settings, std::uint64_t limit);
/// Sends response's headers, then change events until the client leaves or the server
/// stops. Returns the bytes written.
boost::asio::awaitable<qint64> streamEvents(boost::beast::tcp_stream &stream,
                                            const HttpResponse &response, EventBus &bus,
                                            std::shared_ptr<SseState> state,
                                            const HttpSettings &settings);

} // namespace ne::server
