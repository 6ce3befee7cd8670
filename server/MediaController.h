// SPDX-License-Identifier: MIT
#pragma once

#include "HttpMessage.h"

#include "store/postgres/PgRepository.h"

#include <memory>

namespace ne::server {

/// GET /api/v2/media/{sha256}: stored media with a strong ETag (the hash) and Range.
/// Bytes come from PostgreSQL once into a content-addressed disk cache under the data
/// folder (immutable, so never stale); the session then streams the file. Worker thread.
class MediaController
{
public:
    MediaController(std::shared_ptr<PgRepository> repo, QString dataDir);
    HttpResponse serve(const HttpRequest &request, const QString &sha256);

private:
    std::shared_ptr<PgRepository> m_repo;
    QString m_dataDir;
};

} // namespace ne::server
