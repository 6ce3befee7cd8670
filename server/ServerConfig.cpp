// SPDX-License-Identifier: MIT
#include "ServerConfig.h"

#include "AuthService.h"

#include <QFile>
#include <QHash>
#include <QTextStream>

#include <thread>

namespace ne::server {

namespace {

struct Shorthand
{
    const char *flag;
    const char *section;
    const char *key;
};

// clang-format off
constexpr Shorthand kShorthands[] = {
    {"address", "http", "address"},   {"port", "http", "port"},
    {"threads", "http", "threads"},   {"database-url", "database", "url"},
    {"db", "database", "url"},        {"redis-url", "cache", "redis_url"},
    {"data-dir", "media", "data_dir"}, {"jwt-secret-file", "auth", "jwt_secret_file"},
    {"anonymous-reads", "auth", "anonymous_reads"}, {"log-level", "log", "level"},
    {"workers", "database", "pool_size"},
};
// clang-format on

std::optional<qint64> toInt(const QString &v, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 n = v.trimmed().toLongLong(&ok);
    if (!ok || n < min || n > max)
        return std::nullopt;
    return n;
}

std::optional<bool> toBool(const QString &v)
{
    const QString t = v.trimmed().toLower();
    if (t == QStringLiteral("true") || t == QStringLiteral("1") || t == QStringLiteral("yes") ||
        t == QStringLiteral("on"))
        return true;
    if (t == QStringLiteral("false") || t == QStringLiteral("0") || t == QStringLiteral("no") ||
        t == QStringLiteral("off"))
        return false;
    return std::nullopt;
}

} // namespace

std::optional<QString> ServerConfig::apply(const QString &section, const QString &key,
                                           const QString &value, const QString &origin)
{
    const QString name = section + QLatin1Char('.') + key;
    auto bad = [&](const char *what) {
        return QStringLiteral("%1: %2 must be %3.").arg(origin, name, QLatin1String(what));
    };
    auto setInt = [&](auto &target, qint64 min, qint64 max,
                      qint64 scale = 1) -> std::optional<QString> {
        const auto n = toInt(value, min, max);
        if (!n)
            return QStringLiteral("%1: %2 must be a whole number from %3 to %4.")
                .arg(origin, name)
                .arg(min)
                .arg(max);
        target = std::remove_reference_t<decltype(target)>(*n * scale);
        return std::nullopt;
    };
    auto setBool = [&](bool &target) -> std::optional<QString> {
        const auto b = toBool(value);
        if (!b)
            return bad("true or false");
        target = *b;
        return std::nullopt;
    };
    auto setSeconds = [&](std::chrono::seconds &target, qint64 min,
                          qint64 max) -> std::optional<QString> {
        qint64 n = 0;
        if (auto e = setInt(n, min, max))
            return e;
        target = std::chrono::seconds(n);
        return std::nullopt;
    };
    if (section == QStringLiteral("http")) {
        if (key == QStringLiteral("address")) {
            http.address = value.trimmed();
            return std::nullopt;
        }
        if (key == QStringLiteral("port"))
            return setInt(http.port, 0, 65535);
        if (key == QStringLiteral("threads")) {
            int n = 0;
            if (auto e = setInt(n, 0, 256))
                return e;
            http.ioThreads = n == 0 ? int(std::max(1u, std::thread::hardware_concurrency())) : n;
            return std::nullopt;
        }
        if (key == QStringLiteral("header_timeout"))
            return setSeconds(http.headerTimeout, 1, 3600);
        if (key == QStringLiteral("request_timeout"))
            return setSeconds(http.bodyTimeout, 1, 3600);
        if (key == QStringLiteral("keepalive_timeout"))
            return setSeconds(http.idleTimeout, 1, 86400);
        if (key == QStringLiteral("max_header_bytes"))
            return setInt(http.maxHeaderBytes, 1024, 1 << 20);
        if (key == QStringLiteral("max_json_body_bytes"))
            return setInt(http.maxJsonBody, 1024, 1 << 30);
        if (key == QStringLiteral("cors_origins"))
            return std::nullopt; // accepted, not served yet
    } else if (section == QStringLiteral("database")) {
        if (key == QStringLiteral("url")) {
            databaseUrl = value.trimmed();
            return std::nullopt;
        }
        if (key == QStringLiteral("pool_size"))
            return setInt(poolSize, 1, 1000);
        if (key == QStringLiteral("pool_wait_timeout"))
            return setInt(poolWaitSeconds, 1, 600);
        if (key == QStringLiteral("statement_timeout"))
            return setInt(statementTimeoutSeconds, 0, 3600);
        if (key == QStringLiteral("connection_max_lifetime"))
            return setInt(connectionMaxLifetime, 1, 86400 * 7);
    } else if (section == QStringLiteral("cache")) {
        if (key == QStringLiteral("l1_megabytes"))
            return setInt(l1Bytes, 0, 1 << 20, 1024 * 1024);
        if (key == QStringLiteral("redis_url")) {
            redisUrl = value.trimmed();
            return std::nullopt;
        }
        if (key == QStringLiteral("redis_prefix")) {
            redisPrefix = value.trimmed();
            return std::nullopt;
        }
        if (key == QStringLiteral("redis_pool_size"))
            return setInt(redisPoolSize, 1, 256);
        if (key == QStringLiteral("item_ttl"))
            return setInt(itemTtl, 1, 86400 * 30);
        if (key == QStringLiteral("list_ttl"))
            return setInt(listTtl, 1, 86400 * 30);
        if (key == QStringLiteral("warmup_interval"))
            return setInt(warmupInterval, 0, 86400 * 30);
        if (key == QStringLiteral("warmup_items"))
            return setInt(warmupItems, 0, 100000);
    } else if (section == QStringLiteral("media")) {
        if (key == QStringLiteral("data_dir")) {
            dataDir = value.trimmed();
            return std::nullopt;
        }
        if (key == QStringLiteral("max_upload_megabytes"))
            return setInt(maxUploadBytes, 1, 1 << 20, 1024 * 1024);
        if (key == QStringLiteral("max_resumable_megabytes"))
            return setInt(maxResumableBytes, 1, 1 << 24, 1024 * 1024);
        if (key == QStringLiteral("resumable_expiry_hours"))
            return setInt(resumableExpirySeconds, 1, 24 * 365, 3600);
        if (key == QStringLiteral("resumable_expiry_seconds"))
            return setInt(resumableExpirySeconds, 1, 3600ll * 24 * 365);
        if (key == QStringLiteral("thumbnail_size"))
            return setInt(thumbnailSize, 16, 4096);
        if (key == QStringLiteral("storage")) {
            const QString v = value.trimmed().toLower();
            if (v != QStringLiteral("files") && v != QStringLiteral("database"))
                return bad("\"files\" or \"database\"");
            mediaInFiles = v == QStringLiteral("files");
            return std::nullopt;
        }
    } else if (section == QStringLiteral("auth")) {
        if (key == QStringLiteral("jwt_secret")) {
            jwtSecret = value.trimmed().toUtf8();
            return std::nullopt;
        }
        if (key == QStringLiteral("jwt_secret_file")) {
            if (value.trimmed().isEmpty())
                return std::nullopt;
            QFile f(value.trimmed());
            if (!f.open(QIODevice::ReadOnly))
                return QStringLiteral("%1: cannot read the JWT secret file %2: %3.")
                    .arg(origin, value.trimmed(), f.errorString());
            jwtSecret = f.readAll().trimmed();
            return std::nullopt;
        }
        if (key == QStringLiteral("token_lifetime"))
            return setInt(tokenLifetimeMinutes, 1, 60 * 24 * 365);
        if (key == QStringLiteral("anonymous_reads"))
            return setBool(anonymousReads);
        if (key == QStringLiteral("rate_limit_rps"))
            return setInt(rateLimitRps, 1, 1000000);
        if (key == QStringLiteral("rate_limit_burst"))
            return setInt(rateLimitBurst, 1, 1000000);
    } else if (section == QStringLiteral("log")) {
        if (key == QStringLiteral("level")) {
            logLevel = value.trimmed();
            return std::nullopt;
        }
        if (key == QStringLiteral("access_log"))
            return setBool(accessLog);
    } else if (section == QStringLiteral("metrics")) {
        if (key == QStringLiteral("enabled"))
            return setBool(metricsEnabled);
        if (key == QStringLiteral("allow")) {
            metricsAllow = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
            return std::nullopt;
        }
    }
    return QStringLiteral("%1: unknown option %2.").arg(origin, name);
}

std::optional<QString> ServerConfig::readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return QStringLiteral("Cannot read the configuration file %1: %2.")
            .arg(path, f.errorString());
    QTextStream in(&f);
    QString section;
    int lineNo = 0;
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) ||
            line.startsWith(QLatin1Char(';')))
            continue;
        const QString origin = QStringLiteral("%1:%2").arg(path).arg(lineNo);
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            section = line.mid(1, line.size() - 2).trimmed().toLower();
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0 || section.isEmpty())
            return QStringLiteral("%1: expected “key = value” inside a [section].").arg(origin);
        if (auto e = apply(section, line.left(eq).trimmed().toLower(), line.mid(eq + 1).trimmed(),
                           origin))
            return e;
    }
    return std::nullopt;
}

std::optional<QString> ServerConfig::load(const QStringList &args, const QStringList &environment)
{
    // 1. find the command and the config file; 2. file; 3. environment; 4. flags.
    QString configFile;
    QList<std::pair<QString, QString>> flags; // "section.key" -> value
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString a = args.at(i);
        auto next = [&]() -> std::optional<QString> {
            if (i + 1 >= args.size())
                return std::nullopt;
            return args.at(++i);
        };
        if (a == QStringLiteral("--help") || a == QStringLiteral("-h")) {
            command = ServerCommand::Help;
            return std::nullopt;
        }
        if (a == QStringLiteral("--version")) {
            command = ServerCommand::Version;
            return std::nullopt;
        }
        if (a == QStringLiteral("--migrate") || a == QStringLiteral("migrate")) {
            command = ServerCommand::Migrate;
            continue;
        }
        if (a == QStringLiteral("--create-api-key") || a == QStringLiteral("create-api-key") ||
            a == QStringLiteral("--create-user") || a == QStringLiteral("create-user")) {
            command = a.endsWith(QStringLiteral("api-key")) ? ServerCommand::CreateApiKey
                                                            : ServerCommand::CreateUser;
            const auto v = next();
            if (!v || v->startsWith(QStringLiteral("--")))
                return QStringLiteral("%1 needs a name.").arg(a);
            commandArgument = *v;
            continue;
        }
        if (!a.startsWith(QStringLiteral("--")))
            return QStringLiteral("Unexpected argument “%1”; see --help.").arg(a);
        a = a.mid(2);
        QString value;
        if (const qsizetype eq = a.indexOf(QLatin1Char('=')); eq > 0) {
            value = a.mid(eq + 1);
            a = a.left(eq);
        } else {
            const auto v = next();
            if (!v)
                return QStringLiteral("--%1 needs a value.").arg(a);
            value = *v;
        }
        if (a == QStringLiteral("config")) {
            configFile = value;
            continue;
        }
        if (a == QStringLiteral("role")) {
            userRole = value;
            continue;
        }
        QString dotted = a;
        for (const Shorthand &s : kShorthands) {
            if (a == QLatin1String(s.flag))
                dotted = QLatin1String(s.section) + QLatin1Char('.') + QLatin1String(s.key);
        }
        if (!dotted.contains(QLatin1Char('.')))
            return QStringLiteral("Unknown option --%1; see --help.").arg(a);
        flags.append({dotted, value});
    }
    if (!configFile.isEmpty()) {
        if (auto e = readFile(configFile))
            return e;
    }
    for (const QString &entry : environment) {
        if (!entry.startsWith(QStringLiteral("NEXTEVENT_")))
            continue;
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        const QString name = entry.left(eq).mid(10).toLower();
        const qsizetype us = name.indexOf(QLatin1Char('_'));
        if (eq < 0 || us <= 0)
            continue;
        const QString section = name.left(us);
        if (!QStringList{QStringLiteral("http"), QStringLiteral("database"),
                         QStringLiteral("cache"), QStringLiteral("media"), QStringLiteral("auth"),
                         QStringLiteral("log"), QStringLiteral("metrics")}
                 .contains(section))
            continue;
        if (auto e = apply(section, name.mid(us + 1), entry.mid(eq + 1), entry.left(eq)))
            return e;
    }
    for (const auto &[dotted, value] : flags) {
        const qsizetype dot = dotted.indexOf(QLatin1Char('.'));
        if (auto e =
                apply(dotted.left(dot), dotted.mid(dot + 1), value, QStringLiteral("--") + dotted))
            return e;
    }
    http.maxUploadBody = quint64(maxUploadBytes) + 64 * 1024;
    http.workerThreads = poolSize;
    if (command == ServerCommand::Help || command == ServerCommand::Version)
        return std::nullopt;
    if (!Principal::isKnownRole(userRole))
        return QStringLiteral("--role must be admin, editor or viewer, not “%1”.").arg(userRole);
    if (databaseUrl.isEmpty())
        return QStringLiteral("No database: set database.url in the configuration file, "
                              "NEXTEVENT_DATABASE_URL or --database-url.");
    if (command == ServerCommand::Serve && jwtSecret.size() < 32)
        return QStringLiteral("auth.jwt_secret must be at least 32 bytes (generate one with: "
                              "openssl rand -base64 48).");
    return std::nullopt;
}

QString ServerConfig::helpText()
{
    return QStringLiteral(
        "Usage: nextevent-server [--config FILE] [options]\n"
        "       nextevent-server [--config FILE] --migrate\n"
        "       nextevent-server [--config FILE] create-api-key NAME [--role admin|editor|viewer]\n"
        "       nextevent-server [--config FILE] create-user NAME [--role admin|editor|viewer]  "
        "(password "
        "on stdin)\n"
        "\n"
        "Serves the NextEvent v2 REST API over PostgreSQL.\n"
        "\n"
        "  --help                 this text\n"
        "  --version              the version\n"
        "  --config FILE          INI file (see /etc/nextevent/server.conf)\n"
        "  --migrate              create or upgrade the database schema, then exit\n"
        "  --address ADDR         listen address (http.address, default 127.0.0.1)\n"
        "  --port N               listen port (http.port, default 8080; 0 = any free port)\n"
        "  --threads N            io threads (http.threads)\n"
        "  --database-url URL     PostgreSQL URL (database.url)\n"
        "  --workers N            database pool and worker threads (database.pool_size)\n"
        "  --redis-url URL        Redis for the L2 cache and invalidation (cache.redis_url)\n"
        "  --data-dir DIR         media and upload folder (media.data_dir)\n"
        "  --jwt-secret-file F    HS256 secret (auth.jwt_secret_file)\n"
        "  --anonymous-reads B    allow GET without credentials (auth.anonymous_reads)\n"
        "  --SECTION.KEY VALUE    any option of the configuration file\n"
        "\n"
        "Environment: NEXTEVENT_<SECTION>_<KEY>, e.g. NEXTEVENT_DATABASE_URL.\n"
        "Precedence: flag, environment, file, default.\n");
}

QString ServerConfig::describe() const
{
    return QStringLiteral(
               "listen=%1:%2 io_threads=%3 workers=%4 redis=%5 data_dir=%6 anonymous_reads=%7 "
               "media_storage=%8")
        .arg(http.address)
        .arg(http.port)
        .arg(http.ioThreads)
        .arg(poolSize)
        .arg(redisUrl.isEmpty() ? QStringLiteral("off") : QStringLiteral("on"))
        .arg(dataDir)
        .arg(anonymousReads ? QStringLiteral("true") : QStringLiteral("false"))
        .arg(mediaInFiles ? QStringLiteral("files") : QStringLiteral("database"));
}

} // namespace ne::server
