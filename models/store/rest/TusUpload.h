// SPDX-License-Identifier: MIT
#pragma once

#include "schema/Record.h"
#include "store/StoreError.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QUrl>

#include <functional>
#include <memory>

namespace ne {

class RestClient;
class TusResumeBook;
struct RestCancel;
struct RestReply;
struct RestRequest;

/// The row an upload made (or found: created is false).
struct TusOutcome
{
    Record row;
    bool created = false;
};

/// One tus 1.0 upload of one file to /api/v2/uploads: resumes the upload the book
/// remembers for this file (HEAD → Upload-Offset) or creates one, then PATCHes the rest in
/// chunks streamed from disk, each with an Upload-Checksum hashed off the UI thread. A
/// dropped connection is followed by a HEAD and the upload continues where the server's
/// offset says; when the server cannot be reached the upload fails and stays in the book,
/// so the next attempt (even after a restart) sends only what the server lacks.
/// Deletes itself when done.
class TusUpload : public QObject
{
    Q_OBJECT
public:
    /// checksumAlgorithm: "sha256", "sha1" or empty (the server offers no checksum).
    TusUpload(RestClient *client, TusResumeBook *book, QString filePath, QString mimeType,
              QByteArray checksumAlgorithm, std::shared_ptr<RestCancel> cancel,
              QObject *parent = nullptr);

    QFuture<TusOutcome> start();

    /// Bytes of the file the server holds or that are on the wire now.
    std::function<void(qint64 bytes)> onProgress;
    /// Every PATCH body byte put on the wire (for the upload bench and tests).
    std::function<void(qint64 bytes)> onPatched;

private:
    void send(RestRequest request, std::function<void(const RestReply &)> handler);
    void create();
    void ask(int attempt);
    void patchNext();
    void patch(qint64 length, const QByteArray &digest);
    /// Starts hashing [offset, offset + length) on a worker thread.
    QFuture<QByteArray> hashChunk(qint64 offset, qint64 length) const;
    void onPatchReply(const RestReply &reply);
    void fetchResult(const QByteArray &location, bool created);
    void fail(const StoreError &error);
    QUrl urlOf(const QByteArray &location) const;

    RestClient *m_client;
    TusResumeBook *m_book;
    QString m_path;
    QString m_mime;
    QByteArray m_algorithm;
    std::shared_ptr<RestCancel> m_cancel;
    QString m_key;
    QUrl m_url;
    qint64 m_size = 0;
    qint64 m_offset = 0;
    int m_stalls = 0; ///< answers in a row that brought no new bytes
    /// The next chunk's digest, hashed while the current chunk is on the wire.
    struct PendingDigest
    {
        qint64 offset = -1;
        qint64 length = 0;
        QFuture<QByteArray> digest;
    };
    PendingDigest m_nextDigest;
    QPromise<TusOutcome> m_promise;
};

} // namespace ne
