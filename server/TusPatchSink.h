// SPDX-License-Identifier: MIT
#pragma once

#include "BodySink.h"
#include "MediaIngest.h"
#include "ResumableStore.h"
#include "media/Digest.h"

#include <QCryptographicHash>
#include <QFile>

#include <memory>
#include <optional>

namespace ne::server {

/// The body of one tus PATCH, appended to the upload's .part file as it arrives. Without
/// Upload-Checksum every received byte is kept, even when the connection is cut (the
/// client resumes from HEAD's Upload-Offset); with it, the chunk is kept only once its
/// digest matches (else 460). The request that reaches Upload-Length completes the
/// upload through MediaIngest. Holds the upload's write lock for its lifetime.
class TusPatchSink : public BodySink
{
public:
    struct Checksum
    {
        QCryptographicHash::Algorithm algorithm;
        QByteArray expected; ///< raw digest
    };

    TusPatchSink(ResumableStore &store, MediaIngest &ingest, ResumableUpload upload,
                 std::unique_ptr<ResumableStore::Lock> lock, qint64 offset,
                 std::optional<Checksum> checksum);

    /// False when the .part file cannot be opened for appending.
    bool isOpen() const { return m_file.isOpen(); }
    bool write(const char *data, size_t size) override;
    ApiError refusal() const override { return m_refusal; }
    HttpResponse finish(HttpRequest &request) override;
    void abort() override;

    /// Tus-Resumable and the upload's offset/expiry headers.
    static void describe(HttpResponse &response, const ResumableUpload &upload, qint64 offset);

private:
    HttpResponse complete(HttpRequest &request);
    void catchUpHash();
    void forgetUnverifiedHash();

    ResumableStore &m_store;
    MediaIngest &m_ingest;
    ResumableUpload m_upload;
    std::unique_ptr<ResumableStore::Lock> m_lock;
    qint64 m_start;
    qint64 m_received = 0;
    std::optional<Checksum> m_checksum;
    std::optional<Digest> m_chunkHash; ///< the chunk's digest as it arrives
    /// The upload's content hash took this chunk's bytes before they were verified.
    bool m_contentHashAhead = false;
    QFile m_file;
    ApiError m_refusal = ApiError::Internal;
};

} // namespace ne::server
