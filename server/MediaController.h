// SPDX-License-Identifier: MIT
#pragma once

#include "HttpMessage.h"
#include "MeteredRepository.h"

#include <memory>

namespace ne::server {

/// GET /api/v2/media/{sha256} and /api/v2/media/{sha256}/thumbnail: stored media and
/// JPEG previews, both with a strong ETag and Range. Bytes come from PostgreSQL once into
/// a content-addressed disk cache under the data folder (immutable, so never stale), and
/// previews are rendered once per size next to it; the session then streams the file.
/// Worker thread.
class MediaController
{
public:
    MediaController(std::shared_ptr<MeteredRepository> repo, QString dataDir, int thumbnailSize);
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
    QString m_dataDir;
    int m_thumbnailSize;
};

} // namespace ne::server
