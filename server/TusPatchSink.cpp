// SPDX-License-Identifier: MIT
#include "TusPatchSink.h"

#include "schema/EntityKind.h"
#include "store/StoreError.h"

#include <QLocale>

namespace ne::server {

namespace {
constexpr qint64 kHashChunk = 1024 * 1024;
}

TusPatchSink::TusPatchSink(ResumableStore &store, MediaIngest &ingest, ResumableUpload upload,
                           std::unique_ptr<ResumableStore::Lock> lock, qint64 offset,
                           std::optional<Checksum> checksum)
    : m_store(store)
    , m_ingest(ingest)
    , m_upload(std::move(upload))
    , m_lock(std::move(lock))
    , m_start(offset)
    , m_checksum(std::move(checksum))
    , m_file(store.dataPath(m_upload.id))
{
    if (m_checksum) {
        m_chunkHash.emplace(m_checksum->algorithm);
        m_lock->holdBackOffset(m_start);
    }
    if (m_file.open(QIODevice::ReadWrite) && !m_file.seek(m_start))
        m_file.close();
}

void TusPatchSink::describe(HttpResponse &response, const ResumableUpload &upload, qint64 offset)
{
    response.setHeader("Tus-Resumable", "1.0.0");
    response.setHeader("Upload-Offset", QByteArray::number(offset));
    response.setHeader(
        "Upload-Expires",
        QLocale::c()
            .toString(upload.expires.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
            .toLatin1());
    response.setHeader("Cache-Control", "no-store");
    if (upload.isCompleted()) {
        response.setHeader("Upload-Resource", upload.resultLocation);
        response.setHeader("Upload-Resource-Status", QByteArray::number(upload.resultStatus));
    }
}

bool TusPatchSink::write(const char *data, size_t size)
{
    if (m_start + m_received + qint64(size) > m_upload.length) {
        m_refusal = ApiError::PayloadTooLarge; // more than Upload-Length announced
        return false;
    }
    if (m_file.write(data, qint64(size)) != qint64(size)) {
        m_refusal = ApiError::Internal;
        return false;
    }
    m_received += qint64(size);
    const QByteArrayView bytes(data, qsizetype(size));
    if (m_chunkHash)
        m_chunkHash->addData(bytes);
    if (m_lock->hash().hashed == m_start + m_received - qint64(size)) {
        // The common case: the content hash advances with the bytes, no second read. A
        // checksummed chunk that turns out wrong sets it back (finish()).
        m_lock->hash().sha256.addData(bytes);
        m_lock->hash().hashed += qint64(size);
        m_contentHashAhead = m_checksum.has_value();
    }
    return true;
}

void TusPatchSink::abort()
{
    m_file.flush();
    // Unchecked bytes are kept for the resume; bytes that came with a checksum cannot be
    // verified any more and are dropped.
    if (m_checksum) {
        m_file.resize(m_start);
        forgetUnverifiedHash();
    }
    m_file.close();
}

HttpResponse TusPatchSink::finish(HttpRequest &request)
{
    m_file.flush();
    if (m_checksum && m_chunkHash->result() != m_checksum->expected) {
        m_file.resize(m_start);
        forgetUnverifiedHash();
        HttpResponse r = ErrorTable::response(
            ApiError::Validation, request.requestId,
            QStringLiteral(
                "Upload-Checksum does not match the bytes received; they were discarded."));
        r.status = 460;
        describe(r, m_upload, m_start);
        return r;
    }
    const qint64 offset = m_start + m_received;
    m_upload.expires = QDateTime::currentDateTimeUtc().addSecs(m_store.expiry().count());
    m_store.save(m_upload);
    if (offset == m_upload.length && !m_upload.isCompleted())
        return complete(request);
    HttpResponse r = HttpResponse::empty(204);
    describe(r, m_upload, offset);
    return r;
}

void TusPatchSink::forgetUnverifiedHash()
{
    if (!m_contentHashAhead)
        return;
    // The bytes it took are gone; completion hashes the file again from the start (rare).
    m_lock->hash().sha256.reset();
    m_lock->hash().hashed = 0;
    m_contentHashAhead = false;
}

void TusPatchSink::catchUpHash()
{
    ResumableStore::ContentHash &h = m_lock->hash();
    if (h.hashed > m_file.size()) { // cannot happen unless the file was cut behind our back
        h.sha256.reset();
        h.hashed = 0;
    }
    m_file.seek(h.hashed);
    while (!m_file.atEnd()) {
        const QByteArray chunk = m_file.read(kHashChunk);
        if (chunk.isEmpty())
            break;
        h.sha256.addData(chunk);
        h.hashed += chunk.size();
    }
}

HttpResponse TusPatchSink::complete(HttpRequest &request)
{
    catchUpHash();
    const QString sha = QString::fromLatin1(m_lock->hash().sha256.result().toHex());
    const QString fileName =
        m_upload.metadata.value(QStringLiteral("filename")).toString().left(255);
    QVariantMap fields = m_upload.metadata;
    if (const QString tags = fields.value(QStringLiteral("tags")).toString(); !tags.isEmpty())
        fields.insert(QStringLiteral("tags"), tags.split(QLatin1Char(','), Qt::SkipEmptyParts));
    MediaIngest::Result result;
    try {
        result = m_ingest.ingest(m_file, sha, fileName, fields,
                                 MediaIngest::Accept::ImagesAndVideos, request.requestId);
    } catch (const StoreError &e) {
        // The bytes stay complete on disk: an empty PATCH at the final offset retries.
        HttpResponse r = ErrorTable::response(e, request.requestId);
        describe(r, m_upload, m_upload.length);
        return r;
    }
    if (result.id.isEmpty()) { // refused (not media, too large): the bytes are of no use
        m_file.close();
        m_store.remove(m_upload.id);
        result.response.setHeader("Tus-Resumable", "1.0.0");
        return result.response;
    }
    m_upload.resultLocation =
        "/api/v2/" + entityCollection(result.kind).toLatin1() + '/' + result.id.toLatin1();
    m_upload.resultStatus = result.response.status;
    m_store.save(m_upload);
    // The bytes are stored now (maybe as this very file under its media name: remove, never
    // truncate); the record stays until expiry.
    m_file.remove();
    HttpResponse r = HttpResponse::empty(204);
    describe(r, m_upload, m_upload.length);
    return r;
}

} // namespace ne::server
