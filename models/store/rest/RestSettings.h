// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace ne {

/// How to reach one NextEvent API: where, as whom, and how patient to be. Holds the
/// secret only in memory; whoever builds it reads the secret from the SecretStore.
struct RestSettings
{
    QUrl baseUrl;   ///< the server root ("https://api.example"); /api/v2 is appended
    QString apiKey; ///< X-API-Key, when set; otherwise username + password log in
    QString username;
    QString password;
    QByteArray pinnedSha256; ///< hex SHA-256 of a self-signed certificate trusted on purpose
    QString cacheDirectory;  ///< QNetworkDiskCache folder for thumbnails; empty = memory only
    bool useTus = true; ///< resumable tus uploads when the server offers them; false = multipart
    /// JSON file remembering unfinished tus uploads across restarts; empty = memory only
    QString uploadStateFile;
    qint64 uploadChunkBytes = 8ll * 1024 * 1024; ///< bytes per tus PATCH (each checksummed)
    int transferTimeoutMs = 30000; ///< silence on the wire that counts as a dead request
    int deadlineMs = 120000;       ///< overall limit for one request, retries excluded
    int maxReadRetries = 4;
    int backoffBaseMs = 200;    ///< first retry after about this long, doubling, jittered
    int probeIntervalMs = 1000; ///< how often an unavailable server is asked for /health
    bool liveEvents = true;     ///< subscribe to /api/v2/events

    /// path under /api/v2 ("/articles").
    QUrl apiUrl(const QString &path) const;
    /// path from the server root ("/health", or a record's "/api/v2/media/…" url).
    QUrl rootUrl(const QString &path) const;
};

} // namespace ne
