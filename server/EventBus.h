// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <vector>

namespace ne::server {

/// One change event as sent on /api/v2/events: `{"entity","ids","op"}`.
struct ChangeEvent
{
    qint64 id = 0;
    QByteArray data; ///< compact JSON
};

/// Fans change events out to SSE streams and remembers the last `capacity` of them for
/// Last-Event-ID resume. Thread-safe; wake-ups run on the publisher's thread and must
/// only post work elsewhere.
class EventBus
{
public:
    explicit EventBus(size_t capacity = 1024);

    qint64 publish(const QByteArray &data);
    /// Events after lastId, oldest first. *gap is set when some were already dropped.
    std::vector<ChangeEvent> since(qint64 lastId, bool *gap = nullptr) const;
    qint64 lastId() const;

    using Wake = std::function<void()>;
    int subscribe(Wake wake);
    void unsubscribe(int token);
    int subscriberCount() const;

private:
    mutable std::mutex m_mutex;
    std::deque<ChangeEvent> m_ring;
    size_t m_capacity;
    qint64 m_lastId = 0;
    int m_nextToken = 1;
    std::map<int, Wake> m_subscribers;
};

} // namespace ne::server
