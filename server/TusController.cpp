// SPDX-License-Identifier: MIT
#include "TusController.h"

#include "ErrorTable.h"
#include "TusPatchSink.h"

namespace ne::server {

namespace {

HttpResponse tusError(ApiError error, const QByteArray &requestId, const QString &message)
{
    HttpResponse r = ErrorTable::response(error, requestId, message);
    r.setHeader("Tus-Resumable", "1.0.0");
    return r;
}

std::optional<TusPatchSink::Checksum> parseChecksum(const QByteArray &header, bool *ok)
{
    *ok = true;
    if (header.isEmpty())
        return std::nullopt;
    const QList<QByteArray> parts = header.trimmed().split(' ');
    *ok = false;
    if (parts.size() != 2)
        return std::nullopt;
    QCryptographicHash::Algorithm algorithm;
    if (parts[0] == "sha1")
        algorithm = QCryptographicHash::Sha1;
    else if (parts[0] == "sha256")
        algorithm = QCryptographicHash::Sha256;
    else
        return std::nullopt;
    const auto digest =
        QByteArray::fromBase64Encoding(parts[1], QByteArray::AbortOnBase64DecodingErrors);
    if (!digest || digest.decoded.size() != QCryptographicHash::hashLength(algorithm))
        return std::nullopt;
    *ok = true;
    return TusPatchSink::Checksum{algorithm, digest.decoded};
}

} // namespace

TusController::TusController(ResumableStore &store, MediaIngest &ingest, Limits limits)
    : m_store(store)
    , m_ingest(ingest)
    , m_limits(limits)
{}

HttpResponse TusController::options() const
{
    HttpResponse r = HttpResponse::empty(204);
    r.setHeader("Tus-Resumable", "1.0.0");
    r.setHeader("Tus-Version", "1.0.0");
    r.setHeader("Tus-Extension", "creation,expiration,checksum,termination");
    r.setHeader("Tus-Max-Size", QByteArray::number(m_limits.maxBytes));
    r.setHeader("Tus-Checksum-Algorithm", "sha1,sha256");
    return r;
}

std::optional<HttpResponse> TusController::versionProblem(const HttpRequest &request)
{
    if (request.header("tus-resumable") == "1.0.0")
        return std::nullopt;
    HttpResponse r = ErrorTable::response(ApiError::PreconditionFailed, request.requestId,
                                          QStringLiteral("Send Tus-Resumable: 1.0.0."));
    r.setHeader("Tus-Resumable", "1.0.0");
    r.setHeader("Tus-Version", "1.0.0");
    return r;
}

bool TusController::parseMetadata(const QByteArray &header, QVariantMap *out)
{
    for (const QByteArray &pair : header.split(',')) {
        const QByteArray item = pair.trimmed();
        if (item.isEmpty())
            continue;
        const qsizetype space = item.indexOf(' ');
        const QByteArray key = space < 0 ? item : item.left(space);
        if (key.isEmpty() || out->contains(QString::fromLatin1(key)))
            return false;
        QString value;
        if (space >= 0) {
            const auto decoded = QByteArray::fromBase64Encoding(
                item.mid(space + 1).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return false;
            value = QString::fromUtf8(decoded.decoded);
        }
        out->insert(QString::fromLatin1(key), value);
    }
    return true;
}

HttpResponse TusController::create(const HttpRequest &request)
{
    if (auto problem = versionProblem(request))
        return *problem;
    m_store.sweepExpired();
    bool ok = false;
    const qint64 length = request.header("upload-length").toLongLong(&ok);
    if (!ok || length < 0)
        return tusError(ApiError::BadRequest, request.requestId,
                        QStringLiteral("Send Upload-Length with the file's size in bytes (deferred "
                                       "lengths are not supported)."));
    QVariantMap metadata;
    const QByteArray metadataHeader = request.header("upload-metadata");
    if (!parseMetadata(metadataHeader, &metadata))
        return tusError(ApiError::BadRequest, request.requestId,
                        QStringLiteral("Upload-Metadata must be comma-separated “key base64value” "
                                       "pairs with unique keys."));
    const bool video =
        metadata.value(QStringLiteral("kind")).toString() == QStringLiteral("video") ||
        metadata.value(QStringLiteral("filetype")).toString().startsWith(QStringLiteral("video/"));
    const qint64 limit = video ? m_limits.maxBytes : m_limits.maxImageBytes;
    if (length > limit)
        return tusError(ApiError::PayloadTooLarge, request.requestId,
                        QStringLiteral("%1 may have at most %2 MB.")
                            .arg(video ? QStringLiteral("Videos") : QStringLiteral("Images"))
                            .arg(limit / (1024 * 1024)));
    const ResumableUpload upload =
        m_store.create(length, metadataHeader, metadata, request.principal, video);
    HttpResponse r = HttpResponse::empty(201);
    TusPatchSink::describe(r, upload, 0);
    r.setHeader("Location", "/api/v2/uploads/" + upload.id.toLatin1());
    return r;
}

std::optional<ResumableUpload> TusController::lookUp(const HttpRequest &request, const QString &id,
                                                     HttpResponse &error)
{
    auto upload = m_store.find(id);
    if (!upload || upload->owner != request.principal) {
        error = tusError(ApiError::NotFound, request.requestId,
                         QStringLiteral("No upload has this id."));
        return std::nullopt;
    }
    if (upload->isExpired(QDateTime::currentDateTimeUtc())) {
        if (const auto lock = m_store.tryLock(id))
            m_store.remove(id);
        error = tusError(
            ApiError::Gone, request.requestId,
            QStringLiteral("This upload expired and its bytes were removed; start a new one."));
        return std::nullopt;
    }
    return upload;
}

qint64 TusController::offsetOf(const ResumableUpload &upload) const
{
    return upload.isCompleted() ? upload.length : m_store.offset(upload.id);
}

HttpResponse TusController::head(const HttpRequest &request, const QString &id)
{
    if (auto problem = versionProblem(request))
        return *problem;
    HttpResponse error;
    const auto upload = lookUp(request, id, error);
    if (!upload)
        return error;
    HttpResponse r = HttpResponse::empty(200);
    TusPatchSink::describe(r, *upload, offsetOf(*upload));
    r.setHeader("Upload-Length", QByteArray::number(upload->length));
    if (!upload->metadataHeader.isEmpty())
        r.setHeader("Upload-Metadata", upload->metadataHeader);
    return r;
}

HttpResponse TusController::terminate(const HttpRequest &request, const QString &id)
{
    if (auto problem = versionProblem(request))
        return *problem;
    HttpResponse error;
    if (!lookUp(request, id, error))
        return error;
    const auto lock = m_store.tryLock(id);
    if (!lock)
        return tusError(
            ApiError::Conflict, request.requestId,
            QStringLiteral(
                "The upload is receiving bytes right now; retry when that request ends."));
    m_store.remove(id);
    HttpResponse r = HttpResponse::empty(204);
    r.setHeader("Tus-Resumable", "1.0.0");
    return r;
}

std::unique_ptr<BodySink> TusController::openPatch(const HttpRequest &request, const QString &id,
                                                   HttpResponse &error)
{
    if (auto problem = versionProblem(request)) {
        error = *problem;
        return nullptr;
    }
    if (request.header("content-type") != "application/offset+octet-stream") {
        error = tusError(
            ApiError::UnsupportedMediaType, request.requestId,
            QStringLiteral("PATCH bodies must be Content-Type: application/offset+octet-stream."));
        return nullptr;
    }
    const auto upload = lookUp(request, id, error);
    if (!upload)
        return nullptr;
    bool ok = false;
    const std::optional<TusPatchSink::Checksum> checksum =
        parseChecksum(request.header("upload-checksum"), &ok);
    if (!ok) {
        error = tusError(
            ApiError::BadRequest, request.requestId,
            QStringLiteral("Upload-Checksum must be “sha1 <base64>” or “sha256 <base64>”."));
        return nullptr;
    }
    auto lock = m_store.tryLock(id);
    if (!lock) {
        error = tusError(
            ApiError::Conflict, request.requestId,
            QStringLiteral(
                "Another request is writing this upload; ask HEAD for the offset and retry."));
        return nullptr;
    }
    const qint64 offset = offsetOf(*upload);
    const qint64 given = request.header("upload-offset").toLongLong(&ok);
    if (!ok || given != offset) {
        error = tusError(
            ApiError::Conflict, request.requestId,
            QStringLiteral("Upload-Offset must be %1, the bytes received so far.").arg(offset));
        error.setHeader("Upload-Offset", QByteArray::number(offset));
        return nullptr;
    }
    const qint64 contentLength = request.header("content-length").toLongLong(&ok);
    if (ok && offset + contentLength > upload->length) {
        error = tusError(
            ApiError::PayloadTooLarge, request.requestId,
            QStringLiteral("The body goes past Upload-Length (%1 bytes).").arg(upload->length));
        return nullptr;
    }
    auto sink = std::make_unique<TusPatchSink>(m_store, m_ingest, *upload, std::move(lock), offset,
                                               checksum);
    if (!sink->isOpen()) {
        error = tusError(ApiError::Internal, request.requestId, {});
        return nullptr;
    }
    return sink;
}

} // namespace ne::server
