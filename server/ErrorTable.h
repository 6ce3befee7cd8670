// SPDX-License-Identifier: MIT
#pragma once

#include "HttpMessage.h"

#include "store/StoreError.h"

#include <QList>

namespace ne::server {

/// Every error the server can answer with. StoreError kinds map onto these; HTTP-level
/// failures (limits, routing, rate) are listed beside them so one table holds all.
enum class ApiError
{
    BadRequest,
    Validation,
    Unauthorized,
    Forbidden,
    NotFound,
    MethodNotAllowed,
    Conflict,
    PreconditionFailed,
    PreconditionRequired,
    PayloadTooLarge,
    UnsupportedMediaType,
    RateLimited,
    HeadersTooLarge,
    Gone,
    Internal,
    Unavailable,
    Timeout,
};

/// One row of the table: the status, the OA error code and a default message.
struct ApiErrorInfo
{
    ApiError error;
    int status;
    const char *code;
    const char *message;
};

/// A field-level problem in details[].
struct ErrorDetail
{
    QString field;
    QString message;
    QString code;
};

/// The one place where errors become HTTP statuses and the OA error body
/// `{"error":{code,message,details[],timestamp,requestId}}`.
class ErrorTable
{
public:
    static const ApiErrorInfo &info(ApiError error);
    static ApiError fromStoreKind(StoreError::Kind kind);
    static int status(ApiError error) { return info(error).status; }

    static HttpResponse response(ApiError error, const QByteArray &requestId,
                                 const QString &message = {},
                                 const QList<ErrorDetail> &details = {});
    /// A StoreError as a response; field errors become details[].
    static HttpResponse response(const StoreError &e, const QByteArray &requestId);
};

} // namespace ne::server
