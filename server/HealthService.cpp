// SPDX-License-Identifier: MIT
#include "HealthService.h"

#include "RedisCache.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <pqxx/pqxx>

namespace ne::server {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QJsonObject check(const QString &name, const QString &status, const QString &message, qint64 nanos,
                  const QJsonObject &metadata = {})
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("message"), message},
                  {QStringLiteral("lastChecked"), now()},
                  {QStringLiteral("duration"), nanos}};
    if (!metadata.isEmpty())
        o.insert(QStringLiteral("metadata"), metadata);
    return o;
}

bool pingDatabase(ConnectionPool &pool, QString *message)
{
    try {
        auto lease = pool.acquire();
        pqxx::nontransaction tx(*lease);
        tx.exec("SELECT 1");
        return true;
    } catch (const std::exception &e) {
        *message = QString::fromUtf8(e.what()).left(200);
        return false;
    }
}

} // namespace

HealthService::HealthService(std::shared_ptr<ConnectionPool> pool, RedisCache *redis)
    : m_pool(std::move(pool))
    , m_redis(redis)
{}

HttpResponse HealthService::health() const
{
    QJsonObject checks;
    int healthy = 0, degraded = 0, unhealthy = 0;
    auto count = [&](const QString &s) {
        (s == QStringLiteral("healthy")    ? healthy
         : s == QStringLiteral("degraded") ? degraded
                                           : unhealthy)++;
    };
    QElapsedTimer t;
    t.start();
    QString dbMessage = QStringLiteral("ok");
    const bool dbOk = pingDatabase(*m_pool, &dbMessage);
    const qint64 dbNanos = t.nsecsElapsed();
    const PoolStats stats = m_pool->stats();
    QString dbStatus = !dbOk                                       ? QStringLiteral("unhealthy")
                       : (dbNanos > 1000000000 || stats.open > 80) ? QStringLiteral("degraded")
                                                                   : QStringLiteral("healthy");
    count(dbStatus);
    checks.insert(QStringLiteral("database"),
                  check(QStringLiteral("database"), dbStatus, dbMessage, dbNanos,
                        {{QStringLiteral("ping_duration_ms"), double(dbNanos) / 1e6},
                         {QStringLiteral("open_connections"), stats.open},
                         {QStringLiteral("in_use"), stats.active},
                         {QStringLiteral("idle"), stats.idle},
                         {QStringLiteral("wait_count"), stats.waitCount},
                         {QStringLiteral("wait_duration_ms"), stats.waitDurationMs},
                         {QStringLiteral("max_idle_closed"), stats.maxIdleClosed},
                         {QStringLiteral("max_lifetime_closed"), stats.maxLifetimeClosed}}));
    t.restart();
    QString cacheMessage = QStringLiteral("in-process cache only (no Redis configured)");
    QString cacheStatus = QStringLiteral("healthy");
    if (m_redis) {
        const bool ok = m_redis->check(&cacheMessage);
        // Redis is an optimisation: without it the server is slower, not broken.
        cacheStatus = !ok || t.nsecsElapsed() > 500000000 ? QStringLiteral("degraded")
                                                          : QStringLiteral("healthy");
    }
    count(cacheStatus);
    checks.insert(QStringLiteral("cache"),
                  check(QStringLiteral("cache"), cacheStatus, cacheMessage, t.nsecsElapsed()));
    const QString overall = unhealthy  ? QStringLiteral("unhealthy")
                            : degraded ? QStringLiteral("degraded")
                                       : QStringLiteral("healthy");
    const qint64 uptime = std::chrono::duration_cast<std::chrono::nanoseconds>(
                              std::chrono::steady_clock::now() - m_started)
                              .count();
    const QJsonObject body{
        {QStringLiteral("status"), overall},
        {QStringLiteral("timestamp"), now()},
        {QStringLiteral("version"), QStringLiteral(NE_VERSION)},
        {QStringLiteral("service"), QStringLiteral("nextevent-api")},
        {QStringLiteral("uptime"), uptime},
        {QStringLiteral("checks"), checks},
        {QStringLiteral("summary"), QJsonObject{{QStringLiteral("healthy"), healthy},
                                                {QStringLiteral("degraded"), degraded},
                                                {QStringLiteral("unhealthy"), unhealthy}}}};
    return HttpResponse::json(unhealthy ? 503 : 200,
                              QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResponse HealthService::ready() const
{
    QString message;
    if (pingDatabase(*m_pool, &message))
        return HttpResponse::json(200, R"({"status":"ready"})");
    return HttpResponse::json(
        503, QJsonDocument(
                 QJsonObject{{QStringLiteral("status"), QStringLiteral("not_ready")},
                             {QStringLiteral("reason"), QStringLiteral("database unreachable")}})
                 .toJson(QJsonDocument::Compact));
}

HttpResponse HealthService::live() const
{
    const auto secs = std::chrono::duration_cast<std::chrono::seconds>(
                          std::chrono::steady_clock::now() - m_started)
                          .count();
    return HttpResponse::json(200, R"({"status":"alive","uptime":")" + QByteArray::number(secs) +
                                       "s\"}");
}

} // namespace ne::server
