// SPDX-License-Identifier: MIT
#include "TusUpload.h"

#include "concurrency/PoolRun.h"
#include "concurrency/WorkerPool.h"
#include "store/rest/FileSlice.h"
#include "store/rest/RestClient.h"
#include "store/rest/RestErrors.h"
#include "store/rest/RestItem.h"
#include "store/rest/TusResumeBook.h"

#include <QFileInfo>
#include <QTimer>

namespace ne {

namespace {

constexpr int kMaxStalls = 5;   ///< dropped PATCHes in a row before giving up for now
constexpr int kMaxBusyAsks = 5; ///< 409 "still writing" answers waited out
constexpr int kBusyWaitMs = 200;

QByteArray metadataPair(const char *key, const QString &value)
{
    return QByteArray(key) + ' ' + value.toUtf8().toBase64();
}

} // namespace

TusUpload::TusUpload(RestClient *client, TusResumeBook *book, QString filePath, QString mimeType,
                     QByteArray checksumAlgorithm, std::shared_ptr<RestCancel> cancel,
                     QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_book(book)
    , m_path(std::move(filePath))
    , m_mime(std::move(mimeType))
    , m_algorithm(std::move(checksumAlgorithm))
    , m_cancel(std::move(cancel))
{}

QFuture<TusOutcome> TusUpload::start()
{
    m_promise.start();
    QFuture<TusOutcome> future = m_promise.future();
    m_size = QFileInfo(m_path).size();
    m_key = TusResumeBook::keyOf(m_client->settings().baseUrl, m_path);
    m_url = m_book->find(m_key);
    if (m_url.isValid())
        ask(0);
    else
        create();
    return future;
}

void TusUpload::send(RestRequest request, std::function<void(const RestReply &)> handler)
{
    request.headers.append({QByteArrayLiteral("Tus-Resumable"), QByteArrayLiteral("1.0.0")});
    request.cancel = m_cancel;
    m_client->send(std::move(request))
        .then(this, std::move(handler))
        .onFailed(this, [this](const StoreError &e) { fail(e); })
        .onFailed(this, [this] {
            fail(StoreError(StoreError::Kind::Server,
                            RestErrors::tr("The upload failed unexpectedly.")));
        });
}

void TusUpload::create()
{
    RestRequest request =
        RestRequest::write("POST", m_client->settings().apiUrl(QStringLiteral("/uploads")));
    request.headers.append({"Upload-Length", QByteArray::number(m_size)});
    request.headers.append(
        {"Upload-Metadata", metadataPair("filename", QFileInfo(m_path).fileName()) + ',' +
                                metadataPair("filetype", m_mime)});
    send(request, [this](const RestReply &reply) {
        if (reply.status == 0)
            throw RestErrors::transport(reply); // nothing to resume yet: a retry starts over
        if (reply.status != 201 || reply.header("location").isEmpty())
            throw RestErrors::fromReply(reply);
        m_url = urlOf(reply.header("location"));
        m_offset = 0;
        m_book->remember(m_key, m_url, m_path);
        patchNext();
    });
}

void TusUpload::ask(int attempt)
{
    RestRequest request = RestRequest::read(m_url);
    request.method = "HEAD";
    send(request, [this, attempt](const RestReply &reply) {
        if (reply.status == 404 || reply.status == 410 || reply.status == 403) {
            // Expired or removed on the server: the bytes are gone, start again.
            m_book->forget(m_key);
            create();
            return;
        }
        if (reply.status == 409 && attempt < kMaxBusyAsks) {
            // The server is still closing the PATCH that was cut off.
            QTimer::singleShot(kBusyWaitMs, this, [this, attempt] { ask(attempt + 1); });
            return;
        }
        bool ok = false;
        const qint64 offset = reply.header("upload-offset").toLongLong(&ok);
        if (reply.status != 200 || !ok)
            throw RestErrors::fromReply(reply);
        if (reply.header("upload-length").toLongLong() != m_size) {
            m_book->forget(m_key); // another file's upload: never mix their bytes
            create();
            return;
        }
        m_offset = offset;
        if (const QByteArray resource = reply.header("upload-resource"); !resource.isEmpty()) {
            fetchResult(resource, reply.header("upload-resource-status") == "201");
            return;
        }
        patchNext();
    });
}

void TusUpload::patchNext()
{
    if (onProgress)
        onProgress(m_offset);
    const qint64 length = std::min(m_client->settings().uploadChunkBytes, m_size - m_offset);
    if (m_algorithm.isEmpty()) {
        patch(length, {});
        return;
    }
    // Usually hashed already, while the previous chunk was sent; a resumed or corrected
    // offset needs a fresh digest.
    QFuture<QByteArray> digest = m_nextDigest.offset == m_offset && m_nextDigest.length == length
                                     ? m_nextDigest.digest
                                     : hashChunk(m_offset, length);
    m_nextDigest = {};
    digest.then(this, [this, length](const QByteArray &digest) {
        if (digest.isEmpty()) {
            fail(StoreError(StoreError::Kind::Invalid,
                            RestErrors::tr("%1 could not be read to the end; it may have changed "
                                           "or been removed during the upload.")
                                .arg(QFileInfo(m_path).fileName())));
            return;
        }
        patch(length, digest);
    });
}

QFuture<QByteArray> TusUpload::hashChunk(qint64 offset, qint64 length) const
{
    // Hashing a chunk reads megabytes: a worker thread does it, the PATCH goes from here.
    const QCryptographicHash::Algorithm algorithm =
        m_algorithm == "sha1" ? QCryptographicHash::Sha1 : QCryptographicHash::Sha256;
    return runOnPool(workerPool(), [path = m_path, offset, length, algorithm] {
        return FileSlice::hash(path, offset, length, algorithm);
    });
}

void TusUpload::patch(qint64 length, const QByteArray &digest)
{
    if (m_cancel->cancelled) {
        fail(StoreError(StoreError::Kind::Cancelled, RestErrors::tr("Cancelled.")));
        return;
    }
    RestRequest request = RestRequest::write("PATCH", m_url);
    request.contentType = "application/offset+octet-stream";
    request.headers.append({"Upload-Offset", QByteArray::number(m_offset)});
    if (!digest.isEmpty())
        request.headers.append({"Upload-Checksum", m_algorithm + ' ' + digest.toBase64()});
    request.bodyDevice = [path = m_path, offset = m_offset, length] {
        auto *slice = new FileSlice(path, offset, length);
        slice->open(QIODevice::ReadOnly); // unreadable: the PATCH comes up short, 460/409 follow
        return slice;
    };
    request.uploadProgress = [this](qint64 sent, qint64) {
        if (onProgress)
            onProgress(m_offset + sent);
    };
    if (onPatched)
        onPatched(length);
    send(request, [this](const RestReply &reply) { onPatchReply(reply); });
    if (const qint64 next = m_offset + length; !m_algorithm.isEmpty() && next < m_size) {
        const qint64 nextLength = std::min(m_client->settings().uploadChunkBytes, m_size - next);
        m_nextDigest = {next, nextLength, hashChunk(next, nextLength)};
    }
}

void TusUpload::onPatchReply(const RestReply &reply)
{
    bool ok = false;
    const qint64 offset = reply.header("upload-offset").toLongLong(&ok);
    if (reply.status == 0 || (reply.status == 409 && !ok)) {
        // Cut off, or the server still holds the PATCH that was cut off: ask where it
        // stands, a little later each time.
        if (++m_stalls > kMaxStalls)
            throw reply.status == 0 ? RestErrors::transport(reply) : RestErrors::fromReply(reply);
        QTimer::singleShot(kBusyWaitMs * (m_stalls - 1), this, [this] { ask(0); });
        return;
    }
    if (reply.status == 404 || reply.status == 410) {
        m_book->forget(m_key);
        throw RestErrors::fromReply(reply);
    }
    if (reply.status == 460 || (reply.status == 409 && ok)) {
        // A checksum mismatch or an offset out of step: continue from what the server has.
        if (++m_stalls > kMaxStalls)
            throw RestErrors::fromReply(reply);
        if (ok)
            m_offset = offset;
        patchNext();
        return;
    }
    if (reply.status != 204 && reply.status != 200) {
        if (reply.status < 500)
            m_book->forget(m_key); // refused (not media, too large): retrying cannot help
        throw RestErrors::fromReply(reply);
    }
    if (!ok)
        throw RestErrors::malformed(reply, RestErrors::tr("the upload offset"));
    if (offset > m_offset)
        m_stalls = 0;
    m_offset = offset;
    if (m_offset < m_size) {
        patchNext();
        return;
    }
    const QByteArray resource = reply.header("upload-resource");
    if (resource.isEmpty())
        throw RestErrors::malformed(reply, RestErrors::tr("the uploaded file's location"));
    fetchResult(resource, reply.header("upload-resource-status") == "201");
}

void TusUpload::fetchResult(const QByteArray &location, bool created)
{
    if (onProgress)
        onProgress(m_size);
    m_book->forget(m_key); // the bytes are stored: nothing left to resume
    const EntityKind kind = location.contains("/videos/") ? EntityKind::Video : EntityKind::Image;
    send(RestRequest::read(urlOf(location)), [this, kind, created](const RestReply &reply) {
        TusOutcome outcome;
        outcome.row = RestItem::decode(reply, EntitySchema::of(kind));
        outcome.created = created;
        m_promise.addResult(outcome);
        m_promise.finish();
        deleteLater();
    });
}

void TusUpload::fail(const StoreError &error)
{
    m_promise.setException(error);
    m_promise.finish();
    deleteLater();
}

QUrl TusUpload::urlOf(const QByteArray &location) const
{
    const QUrl url = QUrl::fromEncoded(location);
    return url.isRelative() ? m_client->settings().rootUrl(url.path()) : url;
}

} // namespace ne
