// SPDX-License-Identifier: MIT
// nextevent-server: command line, wiring, nothing reusable.
#include "Application.h"
#include "HttpServer.h"
#include "RedisCache.h"
#include "ServerConfig.h"

#include "store/postgres/PgRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcessEnvironment>

#include <cstdio>
#include <iostream>
#include <string>
#include <thread>

using namespace ne;
using namespace ne::server;

namespace {

int fail(const QString &message, int code)
{
    std::fprintf(stderr, "nextevent-server: %s\n", message.toLocal8Bit().constData());
    return code;
}

std::shared_ptr<PgRepository> connectDatabase(const ServerConfig &config, QString *error)
{
    PoolSettings pool;
    pool.maxOpen = config.poolSize;
    pool.maxIdle = config.poolSize;
    pool.borrowTimeout = std::chrono::seconds(config.poolWaitSeconds);
    pool.statementTimeout = std::chrono::seconds(config.statementTimeoutSeconds);
    pool.maxLifetime = std::chrono::seconds(config.connectionMaxLifetime);
    pool.applicationName = QStringLiteral("nextevent-server");
    try {
        auto repo = PgRepository::connect(config.databaseUrl, pool);
        return repo;
    } catch (const StoreError &e) {
        *error = QStringLiteral("Cannot use the database %1: %2")
                     .arg(ConnectionPool(config.databaseUrl, pool).safeConninfo(), e.message());
        return nullptr;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv); // for Qt's plugin paths; its event loop never runs
    ServerConfig config;
    if (const auto error = config.load(app.arguments().mid(1),
                                       QProcessEnvironment::systemEnvironment().toStringList()))
        return fail(*error, 2);
    if (config.command == ServerCommand::Help) {
        std::fputs(ServerConfig::helpText().toLocal8Bit().constData(), stdout);
        return 0;
    }
    if (config.command == ServerCommand::Version) {
        std::printf("nextevent-server %s\n", NE_VERSION);
        return 0;
    }
    QString error;
    auto repo = connectDatabase(config, &error);
    if (!repo)
        return fail(error, 3);
    try {
        switch (config.command) {
        case ServerCommand::Migrate:
            repo->migrate();
            AuthService::migrate(*repo->pool());
            std::printf("Database schema is at version %d.\n", repo->schemaVersion());
            return 0;
        case ServerCommand::CreateApiKey: {
            AuthService auth(repo->pool(), "unused-for-provisioning-unused-for-provisioning",
                             std::chrono::minutes(1));
            const QByteArray key = auth.createApiKey(config.commandArgument, config.userRole);
            std::printf("%s\n", key.constData());
            std::fprintf(stderr, "API key “%s” created; it is shown only this once.\n",
                         config.commandArgument.toUtf8().constData());
            return 0;
        }
        case ServerCommand::CreateUser: {
            QByteArray password = qgetenv("NEXTEVENT_NEW_PASSWORD");
            if (password.isEmpty()) {
                std::string line;
                std::getline(std::cin, line);
                password = QByteArray::fromStdString(line);
            }
            if (password.size() < 8)
                return fail(
                    QStringLiteral(
                        "The password (on standard input) must have at least 8 characters."),
                    2);
            AuthService auth(repo->pool(), "unused-for-provisioning-unused-for-provisioning",
                             std::chrono::minutes(1));
            const QString id = auth.createUser(config.commandArgument, QString::fromUtf8(password),
                                               config.userRole);
            std::printf("%s\n", id.toUtf8().constData());
            return 0;
        }
        default:
            break;
        }
        repo->checkConnection();
    } catch (const StoreError &e) {
        return fail(QStringLiteral("Database: %1 %2").arg(e.message(), e.detail()), 3);
    }
    repo->setMediaUrlPrefix(QStringLiteral("/api/v2/media/"));
    if (!QDir().mkpath(config.dataDir))
        return fail(QStringLiteral("Cannot create the data folder %1.").arg(config.dataDir), 2);

    std::unique_ptr<RedisCache> redis;
    if (!config.redisUrl.isEmpty()) {
        redis = std::make_unique<RedisCache>(config.redisUrl, config.redisPrefix.toUtf8(),
                                             config.redisPoolSize);
        if (!redis->connect(&error))
            return fail(error + QStringLiteral(" (set cache.redis_url empty to run without Redis)"),
                        3);
    }
    Application application(config, repo, std::move(redis));
    HttpServer server(config.http, application);
    if (!server.listen(&error))
        return fail(error, 4);
    std::printf("{\"level\":\"info\",\"msg\":\"listening\",\"address\":\"%s\",\"port\":%u,"
                "\"version\":\"%s\",\"config\":\"%s\"}\n",
                config.http.address.toUtf8().constData(), unsigned(server.port()), NE_VERSION,
                config.describe().toUtf8().constData());
    std::fflush(stdout);
    if (config.warmupInterval > 0)
        server.postBlocking([&application] { application.warmUp(); });
    std::atomic<bool> stopping{false};
    std::thread scheduler([&] {
        // Scheduled warm-up (the seed's 30-minute ticker, configurable).
        auto next = std::chrono::steady_clock::now() +
                    std::chrono::seconds(std::max(1, config.warmupInterval));
        while (!stopping) {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            if (config.warmupInterval > 0 && std::chrono::steady_clock::now() >= next) {
                server.postBlocking([&application] { application.warmUp(); });
                next =
                    std::chrono::steady_clock::now() + std::chrono::seconds(config.warmupInterval);
            }
        }
    });
    server.run();
    stopping = true;
    scheduler.join();
    std::printf("{\"level\":\"info\",\"msg\":\"stopped\"}\n");
    std::fflush(stdout);
    return 0;
}
