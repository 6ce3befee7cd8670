// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

#include <chrono>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace ne::server {

/// One HTTP request as the handlers see it: no Beast types, so handlers compile fast and
/// are testable without a socket. Header names are stored lowercase.
struct HttpRequest
{
    QByteArray method; ///< "GET", "POST", ...
    QByteArray target; ///< raw request target ("/api/v2/images?limit=20")
    QString path;      ///< percent-decoded path, no query
    QUrlQuery query;   ///< decoded query parameters
    std::vector<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;  ///< JSON and small bodies; empty when bodyFile is used
    QString bodyFile; ///< a streamed body spooled to disk (multipart uploads)
    QString remoteAddress;
    QByteArray requestId;
    bool authorized = false; ///< set once auth and the rate limit passed
    QString principal;       ///< who, for the access log ("key:<name>", "user:<name>")
    std::chrono::steady_clock::time_point started = std::chrono::steady_clock::now();

    /// The first value of a header (name in lowercase), or an empty array.
    QByteArray header(const QByteArray &lowercaseName) const;
    bool hasHeader(const QByteArray &lowercaseName) const;
    QString param(const QString &name) const;
};

/// A response built by a handler. Exactly one of body, file or sse is used.
struct HttpResponse
{
    int status = 200;
    std::vector<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString filePath; ///< serve this file (media); a Range is applied by the session
    qint64 fileOffset = 0;
    qint64 fileLength = -1;     ///< -1: to the end
    bool sse = false;           ///< keep the connection and stream events after the headers
    qint64 sseLastEventId = -1; ///< resume after this id (Last-Event-ID); -1: from now

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    static HttpResponse json(int status, const QByteArray &body);
    static HttpResponse empty(int status);
};

} // namespace ne::server
