// SPDX-License-Identifier: MIT
#pragma once

#include "BodySink.h"
#include "MediaIngest.h"
#include "media/Sha256.h"

#include <QTemporaryFile>
#include <QVariantMap>

#include <functional>
#include <memory>

namespace ne::server {

/// Multipart POST /api/v2/images, parsed while it streams in: the `file` part goes to a
/// temporary file (hashed on the way, never held in memory), the small text parts
/// (title, type, description, altText, categoryId, tags) are kept. finish() hands the
/// file to MediaIngest, which stores the bytes once by SHA-256 and creates the image, or
/// returns the existing one (200).
class ImageUploadSink : public BodySink
{
public:
    ImageUploadSink(MediaIngest &ingest, QByteArray boundary, QString tempDir);

    bool write(const char *data, size_t size) override;
    HttpResponse finish(HttpRequest &request) override;
    void abort() override;

    /// The boundary of a multipart/form-data Content-Type, or empty.
    static QByteArray boundaryOf(const QByteArray &contentType);

private:
    enum class State
    {
        Preamble,
        Headers,
        Content,
        AfterDelimiter,
        Done
    };
    bool process(bool final);
    bool emitContent(const char *data, qsizetype size);
    void startPart(const QByteArray &headers);

    MediaIngest &m_ingest;
    QByteArray m_delimiter; ///< "\r\n--boundary"
    QString m_tempDir;
    State m_state = State::Preamble;
    QByteArray m_pending;
    QString m_field;
    QString m_fileName;
    bool m_inFile = false;
    bool m_sawFile = false;
    QByteArray m_text;
    QVariantMap m_values;
    std::unique_ptr<QTemporaryFile> m_file;
    Sha256 m_hash;
    qint64 m_fileSize = 0;
    bool m_failed = false;
};

} // namespace ne::server
