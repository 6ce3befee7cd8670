// SPDX-License-Identifier: MIT
#include "ResponseCache.h"

#include "RedisCache.h"
#include "ServerMetrics.h"

#include <QElapsedTimer>

#include <algorithm>

namespace ne::server {

ResponseCache::ResponseCache(qint64 l1Bytes, Ttls ttls, ServerMetrics &metrics)
    : m_l1(l1Bytes)
    , m_ttls(ttls)
    , m_metrics(metrics)
{}

ResponseCache::~ResponseCache() = default;

void ResponseCache::setRedis(RedisCache *redis)
{
    m_redis = redis;
    if (!m_redis)
        return;
    for (EntityKind kind : allEntityKinds())
        m_generation[size_t(kind)] =
            std::max<qint64>(m_generation[size_t(kind)], m_redis->generation(kind));
}

QByteArray ResponseCache::itemKey(EntityKind kind, const QString &id) const
{
    return entityName(kind).toLatin1() + ':' + id.toUtf8();
}

QByteArray ResponseCache::listKey(EntityKind kind, const QUrlQuery &query) const
{
    auto items = query.queryItems(QUrl::FullyDecoded);
    std::sort(items.begin(), items.end());
    QByteArray key = "list:" + entityCollection(kind).toLatin1() + ":g" +
                     QByteArray::number(m_generation[size_t(kind)].load()) + ':';
    for (const auto &[name, value] : items)
        key += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value) + '&';
    return key;
}

std::shared_ptr<const CachedEntry> ResponseCache::getLocal(const QByteArray &key,
                                                           QByteArrayView keyType)
{
    if (!enabled())
        return nullptr;
    auto hit = m_l1.get(key);
    if (hit)
        m_metrics.cacheHit("l1", keyType);
    return hit;
}

std::shared_ptr<const CachedEntry> ResponseCache::get(const QByteArray &key, QByteArrayView keyType)
{
    if (!enabled())
        return nullptr;
    if (auto hit = m_l1.get(key)) {
        m_metrics.cacheHit("l1", keyType);
        return hit;
    }
    m_metrics.cacheMiss("l1", keyType);
    if (!m_redis)
        return nullptr;
    QElapsedTimer t;
    t.start();
    auto entry = m_redis->get(key);
    m_metrics.cacheOperation("get", "redis", double(t.nsecsElapsed()) / 1e9);
    if (!entry) {
        m_metrics.cacheMiss("l2", keyType);
        return nullptr;
    }
    m_metrics.cacheHit("l2", keyType);
    auto shared = std::make_shared<const CachedEntry>(std::move(*entry));
    m_l1.put(key, shared, key.startsWith("list:") ? m_ttls.list : m_ttls.item);
    return shared;
}

void ResponseCache::put(const QByteArray &key, const CachedEntry &entry, bool isList)
{
    if (!enabled())
        return;
    const auto ttl = isList ? m_ttls.list : m_ttls.item;
    m_l1.put(key, std::make_shared<const CachedEntry>(entry), ttl);
    if (m_redis) {
        QElapsedTimer t;
        t.start();
        m_redis->set(key, entry, ttl);
        m_metrics.cacheOperation("set", "redis", double(t.nsecsElapsed()) / 1e9);
    }
}

void ResponseCache::invalidate(EntityKind kind, const QStringList &ids)
{
    qint64 generation = m_generation[size_t(kind)].fetch_add(1) + 1;
    for (const QString &id : ids)
        m_l1.remove(itemKey(kind, id));
    m_l1.removePrefix("list:" + entityCollection(kind).toLatin1() + ':');
    if (m_redis) {
        QList<QByteArray> keys;
        for (const QString &id : ids)
            keys.append(itemKey(kind, id));
        QElapsedTimer t;
        t.start();
        generation = m_redis->invalidate(kind, keys, ids, generation);
        m_metrics.cacheOperation("delete", "redis", double(t.nsecsElapsed()) / 1e9);
        qint64 mine = m_generation[size_t(kind)].load();
        while (mine < generation &&
               !m_generation[size_t(kind)].compare_exchange_weak(mine, generation)) {
        }
    }
}

void ResponseCache::applyRemote(EntityKind kind, const QStringList &ids, qint64 generation)
{
    qint64 mine = m_generation[size_t(kind)].load();
    const qint64 next = std::max(mine + 1, generation);
    while (!m_generation[size_t(kind)].compare_exchange_weak(mine, std::max(mine + 1, next))) {
    }
    for (const QString &id : ids)
        m_l1.remove(itemKey(kind, id));
    m_l1.removePrefix("list:" + entityCollection(kind).toLatin1() + ':');
}

} // namespace ne::server
