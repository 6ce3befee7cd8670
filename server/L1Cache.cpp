// SPDX-License-Identifier: MIT
#include "L1Cache.h"

namespace ne::server {

namespace {
constexpr qint64 kOverhead = 128; // node, index slot and entry bookkeeping, roughly
}

L1Cache::L1Cache(qint64 maxBytes)
    : m_maxBytes(maxBytes)
{}

std::shared_ptr<const CachedEntry> L1Cache::get(const QByteArray &key, Clock::time_point now)
{
    std::lock_guard lock(m_mutex);
    const auto found = m_index.constFind(key);
    if (found == m_index.constEnd())
        return nullptr;
    List::iterator it = *found;
    if (it->expires <= now) {
        eraseLocked(it);
        return nullptr;
    }
    m_lru.splice(m_lru.begin(), m_lru, it);
    return it->entry;
}

void L1Cache::put(const QByteArray &key, std::shared_ptr<const CachedEntry> entry,
                  std::chrono::seconds ttl, Clock::time_point now)
{
    const qint64 cost = key.size() + entry->body.size() + entry->etag.size() + kOverhead;
    if (cost > m_maxBytes / 4)
        return; // one huge value must not flush everything else
    std::lock_guard lock(m_mutex);
    if (const auto found = m_index.constFind(key); found != m_index.constEnd())
        eraseLocked(*found);
    m_lru.push_front(Node{key, std::move(entry), now + ttl, cost});
    m_index.insert(key, m_lru.begin());
    m_bytes += cost;
    while (m_bytes > m_maxBytes && !m_lru.empty())
        eraseLocked(std::prev(m_lru.end()));
}

void L1Cache::remove(const QByteArray &key)
{
    std::lock_guard lock(m_mutex);
    if (const auto found = m_index.constFind(key); found != m_index.constEnd())
        eraseLocked(*found);
}

int L1Cache::removePrefix(const QByteArray &prefix)
{
    std::lock_guard lock(m_mutex);
    int removed = 0;
    for (auto it = m_lru.begin(); it != m_lru.end();) {
        auto next = std::next(it);
        if (it->key.startsWith(prefix)) {
            eraseLocked(it);
            ++removed;
        }
        it = next;
    }
    return removed;
}

void L1Cache::clear()
{
    std::lock_guard lock(m_mutex);
    m_lru.clear();
    m_index.clear();
    m_bytes = 0;
}

qint64 L1Cache::bytes() const
{
    std::lock_guard lock(m_mutex);
    return m_bytes;
}

int L1Cache::count() const
{
    std::lock_guard lock(m_mutex);
    return int(m_index.size());
}

void L1Cache::eraseLocked(List::iterator it)
{
    m_bytes -= it->cost;
    m_index.remove(it->key);
    m_lru.erase(it);
}

} // namespace ne::server
