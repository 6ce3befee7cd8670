// SPDX-License-Identifier: MIT
#pragma once

#include "BodySink.h"
#include "HttpMessage.h"
#include "MediaIngest.h"
#include "ResumableStore.h"

#include <memory>

namespace ne::server {

/// tus 1.0 resumable uploads under /api/v2/uploads: discovery (OPTIONS), creation (POST),
/// offset (HEAD), PATCH through TusPatchSink, termination (DELETE), with the checksum
/// (sha1, sha256) and expiration extensions. An upload belongs to the principal that
/// created it. Worker thread, except options().
class TusController
{
public:
    struct Limits
    {
        qint64 maxImageBytes = 50ll * 1024 * 1024;
        qint64 maxBytes = 4096ll * 1024 * 1024; ///< Tus-Max-Size: videos
    };

    TusController(ResumableStore &store, MediaIngest &ingest, Limits limits);

    HttpResponse options() const;
    HttpResponse create(const HttpRequest &request);
    HttpResponse head(const HttpRequest &request, const QString &id);
    HttpResponse terminate(const HttpRequest &request, const QString &id);
    /// The sink for a PATCH, or null with error filled (offset, type, checksum, lock).
    std::unique_ptr<BodySink> openPatch(const HttpRequest &request, const QString &id,
                                        HttpResponse &error);

    /// Decodes Upload-Metadata ("key base64,key base64"); false when malformed.
    static bool parseMetadata(const QByteArray &header, QVariantMap *out);

private:
    /// The caller's live upload, or an error response (404 unknown/foreign, 410 expired).
    std::optional<ResumableUpload> lookUp(const HttpRequest &request, const QString &id,
                                          HttpResponse &error);
    static std::optional<HttpResponse> versionProblem(const HttpRequest &request);
    qint64 offsetOf(const ResumableUpload &upload) const;

    ResumableStore &m_store;
    MediaIngest &m_ingest;
    Limits m_limits;
};

} // namespace ne::server
