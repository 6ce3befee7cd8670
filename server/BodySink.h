// SPDX-License-Identifier: MIT
#pragma once

#include "ErrorTable.h"
#include "HttpMessage.h"

namespace ne::server {

/// Where a streamed request body goes (multipart uploads, tus PATCH). The session calls
/// write() with each chunk as it arrives on its strand, then finish() on the worker pool,
/// or abort() when the client goes away. A sink never holds the whole body in memory.
class BodySink
{
public:
    virtual ~BodySink() = default;
    /// False stops the upload (disk full, more bytes than announced); the session answers
    /// with refusal().
    virtual bool write(const char *data, size_t size) = 0;
    /// Why write() returned false.
    virtual ApiError refusal() const { return ApiError::Internal; }
    /// The body is complete: do the blocking work and answer. Runs on the worker pool.
    virtual HttpResponse finish(HttpRequest &request) = 0;
    /// The connection was cut or timed out mid-body. A tus sink keeps what it received.
    virtual void abort() = 0;
};

} // namespace ne::server
