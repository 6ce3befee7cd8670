// SPDX-License-Identifier: MIT
#pragma once

#include "HttpServer.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ne::server {

/// What the command line asked for besides serving.
enum class ServerCommand
{
    Serve,
    Help,
    Version,
    Migrate,
    CreateApiKey,
    CreateUser
};

/// Everything configurable, read from flags, then NEXTEVENT_<SECTION>_<KEY> environment
/// variables, then the INI file (installer/linux/server.conf lists every key), then
/// defaults. Secrets are held here but never printed (see describe()).
struct ServerConfig
{
    ServerCommand command = ServerCommand::Serve;
    QString commandArgument; ///< the key or user name for create-api-key / create-user
    QString userRole = QStringLiteral("admin");

    HttpSettings http;
    QString databaseUrl;
    int poolSize = 16;
    int poolWaitSeconds = 4;
    int statementTimeoutSeconds = 10;
    int connectionMaxLifetime = 3600;

    qint64 l1Bytes = 256ll * 1024 * 1024;
    QString redisUrl;
    QString redisPrefix = QStringLiteral("nextevent:v2:");
    int redisPoolSize = 8;
    int itemTtl = 7200;
    int listTtl = 300;
    int warmupInterval = 900;
    int warmupItems = 100;

    QString dataDir = QStringLiteral("/var/lib/nextevent");
    qint64 maxUploadBytes = 50ll * 1024 * 1024;
    qint64 maxResumableBytes = 4096ll * 1024 * 1024;
    qint64 resumableExpirySeconds = 24 * 3600;
    int thumbnailSize = 320;
    /// true: uploaded bytes go to dataDir/media as files (the row to PostgreSQL); false: into
    /// PostgreSQL's media_chunks, for instances that share a database but no data folder.
    bool mediaInFiles = true;

    QByteArray jwtSecret;
    int tokenLifetimeMinutes = 60;
    bool anonymousReads = false;
    double rateLimitRps = 100;
    double rateLimitBurst = 200;

    QString logLevel = QStringLiteral("info");
    bool accessLog = true;
    bool metricsEnabled = true;
    QStringList metricsAllow;

    /// Parses args (without argv[0]) and env. Returns an error message a person can act
    /// on, or nullopt when the configuration is usable.
    std::optional<QString> load(const QStringList &args, const QStringList &environment);
    static QString helpText();
    /// The effective settings for the startup log line, secrets masked.
    QString describe() const;

private:
    std::optional<QString> apply(const QString &section, const QString &key, const QString &value,
                                 const QString &origin);
    std::optional<QString> readFile(const QString &path);
};

} // namespace ne::server
