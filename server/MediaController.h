// SPDX-License-Identifier: MIT
#pragma once

#include "HttpMessage.h"
#include "MediaFiles.h"
#include "MeteredRepository.h"

#include <memory>

namespace ne::server {

/// GET /api/v2/media/{sha256} and /api/v2/media/{sha256}/thumbnail: stored media and
/// JPEG previews, both with a strong ETag and Range. Bytes are files in MediaFiles (uploads
/// land there; media a direct client stored in PostgreSQL is copied there once), and
/// previews are rendered once per size next to it; the session then streams the file.
/// Worker thread.
class MediaController
{
public:
    MediaController(std::shared_ptr<MeteredRepository> repo, const MediaFiles &files,
                    QString dataDir, int thumbnailSize);
    HttpResponse serve(const HttpRequest &request, const QString &sha256);
    /// ?size=N picks one of the offered edges (thumbnailSizes()); default the configured one.
    HttpResponse thumbnail(const HttpRequest &request, const QString &sha256);
    QList<int> thumbnailSizes() const;

private:
    /// The media's bytes as a local file, fetched from the database on first use; empty
    /// when that fails.
    QString localCopy(const QString &sha);
    static HttpResponse fileResponse(const HttpRequest &request, const QString &path, qint64 size,
                                     const QByteArray &mimeType, const QByteArray &etag);

    std::shared_ptr<MeteredRepository> m_repo;
    const MediaFiles &m_files;
    QString m_dataDir;
    int m_thumbnailSize;
};

} // namespace ne::server
