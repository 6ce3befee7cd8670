// SPDX-License-Identifier: MIT
#pragma once

#include "schema/Record.h"
#include "store/MediaRef.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPromise>

#include <memory>
#include <optional>

namespace ne {

class RestClient;
class TusResumeBook;
struct RestCancel;
struct RestReply;

/// putMedia over HTTP. When the server offers tus 1.0 (OPTIONS /uploads, asked once) the
/// file goes up as a resumable, checksummed tus upload (TusUpload); otherwise as a streamed
/// multipart POST /images. Either way the file is read from disk as it is sent, never held
/// whole, with byte progress in KiB on the future and cancel through it. The server stores
/// the bytes by SHA-256 and creates (or finds) the image row; that row is kept so that
/// create(Image) with the same hash completes it instead of failing.
class RestUploader : public QObject
{
    Q_OBJECT
public:
    explicit RestUploader(RestClient *client, QObject *parent = nullptr);
    ~RestUploader() override;

    QFuture<MediaRef> put(const QString &filePath);
    /// The image row an upload of these bytes created or found, if any.
    Record uploadedImage(const QString &sha256) const { return m_rows.value(sha256); }

    /// Whether the server offers tus (known after the first upload asked).
    std::optional<bool> offersTus() const { return m_tus; }
    /// File bytes sent in tus PATCH bodies so far (tests and the bench check resumes).
    qint64 patchedBytes() const { return m_patched; }

Q_SIGNALS:
    /// An upload stored its bytes: imageId is the row created (or found, created = false).
    void imageStored(const QString &imageId, bool created);

private:
    /// Reads the server's tus answer to OPTIONS; empty algorithm = tus without checksums.
    void learnTus(const RestReply &reply);
    void putResumable(const QString &filePath, const QString &mime,
                      const std::shared_ptr<QPromise<MediaRef>> &promise,
                      const std::shared_ptr<RestCancel> &cancel);
    void putMultipart(const QString &filePath, const QString &mime,
                      const std::shared_ptr<QPromise<MediaRef>> &promise,
                      const std::shared_ptr<RestCancel> &cancel);
    void stored(const Record &row, bool created, QPromise<MediaRef> &promise);

    RestClient *m_client;
    std::unique_ptr<TusResumeBook> m_book;
    std::optional<bool> m_tus;
    QByteArray m_checksum;
    qint64 m_patched = 0;
    QHash<QString, Record> m_rows;
};

} // namespace ne
