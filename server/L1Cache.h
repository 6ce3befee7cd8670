// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>

#include <chrono>
#include <list>
#include <memory>
#include <mutex>

namespace ne::server {

/// A cached response body with what is needed to answer from it.
struct CachedEntry
{
    QByteArray body;
    QByteArray etag;
};

/// The in-process cache level: LRU bounded by bytes, a TTL per entry. Thread-safe; values
/// are shared immutable entries, so a hit costs a lock and a pointer copy.
class L1Cache
{
public:
    using Clock = std::chrono::steady_clock;

    explicit L1Cache(qint64 maxBytes = 64 * 1024 * 1024);

    std::shared_ptr<const CachedEntry> get(const QByteArray &key,
                                           Clock::time_point now = Clock::now());
    void put(const QByteArray &key, std::shared_ptr<const CachedEntry> entry,
             std::chrono::seconds ttl, Clock::time_point now = Clock::now());
    void remove(const QByteArray &key);
    /// Drops every key starting with prefix ("list:images:").
    int removePrefix(const QByteArray &prefix);
    void clear();

    qint64 bytes() const;
    qint64 maxBytes() const { return m_maxBytes; }
    int count() const;

private:
    struct Node
    {
        QByteArray key;
        std::shared_ptr<const CachedEntry> entry;
        Clock::time_point expires;
        qint64 cost = 0;
    };
    using List = std::list<Node>;
    void eraseLocked(List::iterator it);

    mutable std::mutex m_mutex;
    List m_lru; ///< front = most recently used
    QHash<QByteArray, List::iterator> m_index;
    qint64 m_bytes = 0;
    qint64 m_maxBytes;
};

} // namespace ne::server
