// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QHttpMultiPart;
class QIODevice;

namespace ne {

/// Lets the caller of a long request (an upload) abort it; RestClient fills in abort
/// while the request is on the wire.
struct RestCancel
{
    bool cancelled = false;
    std::function<void()> abort;
    void cancel()
    {
        cancelled = true;
        if (abort)
            abort();
    }
};

/// One HTTP exchange RestClient performs. Reads (idempotent) may be retried; writes never
/// are: when their outcome is unknown the reply says so and the caller reconciles.
struct RestRequest
{
    QByteArray method = "GET";
    QUrl url;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    bool idempotent = true;
    int maxRetries = -1;       ///< reads only; -1 = RestSettings::maxReadRetries
    bool useDiskCache = false; ///< thumbnails: served from QNetworkDiskCache when fresh
    /// Builds a fresh multipart body for each attempt (a 401 replays the request).
    std::function<QHttpMultiPart *()> multipart;
    /// Builds a fresh streamed body (opened, read-only, random access) for each attempt;
    /// sent with contentType and the device's size as Content-Length.
    std::function<QIODevice *()> bodyDevice;
    std::function<void(qint64 sent, qint64 total)> uploadProgress;
    std::shared_ptr<RestCancel> cancel;

    static RestRequest read(QUrl url);
    static RestRequest write(QByteArray method, QUrl url, QByteArray body = {});
};

/// What came back. status 0 means no HTTP answer: transportError says why, and for a
/// write outcomeUnknown says whether the server may have acted on it anyway.
struct RestReply
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QString transportError;
    bool outcomeUnknown = false;
    bool fromCache = false;

    QByteArray header(const QByteArray &name) const;
    bool isSuccess() const { return status >= 200 && status < 300; }
};

} // namespace ne
