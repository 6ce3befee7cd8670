// SPDX-License-Identifier: MIT
#pragma once

#include "L1Cache.h"

#include "schema/EntityKind.h"

#include <QStringList>
#include <QUrlQuery>

#include <array>
#include <atomic>
#include <chrono>
#include <functional>

namespace ne::server {

class ServerMetrics;
class RedisCache;

/// Cached response bodies for item and list GETs: the in-process L1 and, when configured,
/// Redis as L2. Keys follow the platform (`image:{id}`, `list:{type}:{key}`); list keys
/// carry a per-entity generation so that one write invalidates every cached page at
/// once, here and, through Redis pub/sub, on the other instances. Thread-safe.
class ResponseCache
{
public:
    struct Ttls
    {
        std::chrono::seconds item{7200};
        std::chrono::seconds list{300};
    };
    ResponseCache(qint64 l1Bytes, Ttls ttls, ServerMetrics &metrics);
    ~ResponseCache();

    /// Enables L2 and cross-instance invalidation. Not owned; outlives the cache.
    void setRedis(RedisCache *redis);

    QByteArray itemKey(EntityKind kind, const QString &id) const;
    QByteArray listKey(EntityKind kind, const QUrlQuery &query) const;

    /// L1 only (io thread, never blocks on the network).
    std::shared_ptr<const CachedEntry> getLocal(const QByteArray &key, QByteArrayView keyType);
    /// L1, then L2 (worker thread).
    std::shared_ptr<const CachedEntry> get(const QByteArray &key, QByteArrayView keyType);
    void put(const QByteArray &key, const CachedEntry &entry, bool isList);

    /// After a write: drops the items and every list of kind, here and on other instances.
    void invalidate(EntityKind kind, const QStringList &ids);
    /// Applies an invalidation announced by another instance (or by PostgreSQL NOTIFY).
    void applyRemote(EntityKind kind, const QStringList &ids, qint64 generation);
    bool enabled() const { return m_l1.maxBytes() > 0; }
    L1Cache &l1() { return m_l1; }

private:
    L1Cache m_l1;
    Ttls m_ttls;
    ServerMetrics &m_metrics;
    RedisCache *m_redis = nullptr;
    std::array<std::atomic<qint64>, 4> m_generation{};
};

} // namespace ne::server
