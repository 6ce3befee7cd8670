// SPDX-License-Identifier: MIT
#pragma once

#include "L1Cache.h"

#include "schema/EntityKind.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

struct redisContext;

namespace ne::server {

/// The shared L2 cache and the invalidation channel, on hiredis. A small pool of
/// synchronous connections (callers are worker threads) and one subscriber thread.
/// Every failure degrades to "miss": the cache is never the reason a request fails.
class RedisCache
{
public:
    /// Another instance wrote kind/ids; generation is the new list generation.
    using InvalidationHandler = std::function<void(EntityKind kind, const QStringList &ids,
                                                   qint64 generation, const QByteArray &op)>;

    RedisCache(QString url, QByteArray prefix, int poolSize);
    ~RedisCache();
    RedisCache(const RedisCache &) = delete;
    RedisCache &operator=(const RedisCache &) = delete;

    /// Connects once to check the URL; a clear message when it cannot.
    bool connect(QString *error);
    std::optional<CachedEntry> get(const QByteArray &key);
    void set(const QByteArray &key, const CachedEntry &entry, std::chrono::seconds ttl);
    qint64 generation(EntityKind kind);
    /// Deletes keys, bumps the shared generation of kind and tells the other instances.
    /// Returns the new generation (or localGeneration when Redis is down).
    qint64 invalidate(EntityKind kind, const QList<QByteArray> &keys, const QStringList &ids,
                      qint64 localGeneration, const QByteArray &op = "update");
    /// The health check's set/get/delete round trip; false with a message on failure.
    bool check(QString *message);
    void startSubscriber(InvalidationHandler handler);

private:
    redisContext *borrow();
    void giveBack(redisContext *c, bool broken);
    redisContext *open(std::chrono::milliseconds timeout) const;
    void subscriberLoop();

    QString m_host = QStringLiteral("127.0.0.1");
    int m_port = 6379;
    int m_db = 0;
    QByteArray m_prefix;
    QByteArray m_channel;
    QByteArray m_instance;
    int m_poolSize;
    std::mutex m_mutex;
    std::condition_variable m_available;
    std::vector<redisContext *> m_idle;
    int m_open = 0;
    InvalidationHandler m_handler;
    std::thread m_subscriber;
    std::atomic<bool> m_stop{false};
};

} // namespace ne::server
