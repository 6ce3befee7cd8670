// SPDX-License-Identifier: MIT
#include "ErrorTable.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace ne::server {

namespace {

// clang-format off
constexpr std::array<ApiErrorInfo, 17> kTable{{
    {ApiError::BadRequest,           400, "BAD_REQUEST",            "The request is malformed."},
    {ApiError::Validation,           400, "VALIDATION_ERROR",       "Some fields need attention."},
    {ApiError::Unauthorized,         401, "UNAUTHORIZED",           "Credentials are missing, wrong or expired."},
    {ApiError::Forbidden,            403, "FORBIDDEN",              "You are not allowed to do this."},
    {ApiError::NotFound,             404, "NOT_FOUND",              "Nothing is here."},
    {ApiError::MethodNotAllowed,     405, "METHOD_NOT_ALLOWED",     "This method is not allowed here."},
    {ApiError::Conflict,             409, "CONFLICT",               "The item changed or the value is taken."},
    {ApiError::PreconditionFailed,   412, "PRECONDITION_FAILED",    "Someone else changed this item; reload it."},
    {ApiError::PreconditionRequired, 428, "PRECONDITION_REQUIRED",  "Send If-Match with the item's ETag."},
    {ApiError::PayloadTooLarge,      413, "REQUEST_TOO_LARGE",      "The request body is too large."},
    {ApiError::UnsupportedMediaType, 415, "UNSUPPORTED_MEDIA_TYPE", "This content type is not accepted here."},
    {ApiError::RateLimited,          429, "RATE_LIMIT_EXCEEDED",    "Too many requests; slow down."},
    {ApiError::HeadersTooLarge,      431, "HEADERS_TOO_LARGE",      "The request headers are too large."},
    {ApiError::Gone,                 410, "GONE",                   "This resource has expired."},
    {ApiError::Internal,             500, "INTERNAL_ERROR",         "The server failed; the request id identifies it in the log."},
    {ApiError::Unavailable,          503, "SERVICE_UNAVAILABLE",    "A backing service is unavailable; retry later."},
    {ApiError::Timeout,              504, "TIMEOUT",                "The request took too long."},
}};
// clang-format on

} // namespace

const ApiErrorInfo &ErrorTable::info(ApiError error)
{
    for (const ApiErrorInfo &row : kTable) {
        if (row.error == error)
            return row;
    }
    return kTable[14];
}

ApiError ErrorTable::fromStoreKind(StoreError::Kind kind)
{
    switch (kind) {
    case StoreError::Kind::Unavailable:
        return ApiError::Unavailable;
    case StoreError::Kind::Unauthorized:
        return ApiError::Unauthorized;
    case StoreError::Kind::Forbidden:
        return ApiError::Forbidden;
    case StoreError::Kind::NotFound:
        return ApiError::NotFound;
    case StoreError::Kind::Conflict:
        return ApiError::Conflict;
    case StoreError::Kind::Invalid:
        return ApiError::Validation;
    case StoreError::Kind::TooLarge:
        return ApiError::PayloadTooLarge;
    case StoreError::Kind::Cancelled:
        return ApiError::Timeout;
    case StoreError::Kind::Server:
        return ApiError::Internal;
    }
    return ApiError::Internal;
}

HttpResponse ErrorTable::response(ApiError error, const QByteArray &requestId,
                                  const QString &message, const QList<ErrorDetail> &details)
{
    const ApiErrorInfo &row = info(error);
    QJsonArray detailArray;
    for (const ErrorDetail &d : details) {
        detailArray.append(QJsonObject{{QStringLiteral("field"), d.field},
                                       {QStringLiteral("message"), d.message},
                                       {QStringLiteral("code"), d.code}});
    }
    QJsonObject body{
        {QStringLiteral("code"), QString::fromLatin1(row.code)},
        {QStringLiteral("message"), message.isEmpty() ? QString::fromUtf8(row.message) : message},
        {QStringLiteral("details"), detailArray},
        {QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("requestId"), QString::fromLatin1(requestId)},
    };
    HttpResponse r = HttpResponse::json(
        row.status,
        QJsonDocument(QJsonObject{{QStringLiteral("error"), body}}).toJson(QJsonDocument::Compact));
    return r;
}

HttpResponse ErrorTable::response(const StoreError &e, const QByteArray &requestId)
{
    QList<ErrorDetail> details;
    for (const FieldError &f : e.fieldErrors())
        details.append({f.key, f.message, QStringLiteral("invalid")});
    const ApiError error = fromStoreKind(e.kind());
    // Internal details stay in the log; people get the generic message.
    const QString message = error == ApiError::Internal ? QString() : e.message();
    return response(error, requestId, message, details);
}

} // namespace ne::server
