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
///
/// Ids count up from a base, by default the start time in microseconds since the epoch: a
/// restarted server's ids stay above its previous ones, so a Last-Event-ID from before
/// the restart is seen as older than anything it can replay and gets a resync.
class EventBus
{
public:
    explicit EventBus(size_t capacity = 1024, qint64 base = startTimeBase());
    static qint64 startTimeBase();

    qint64 publish(const QByteArray &data);
    /// Events after lastId, oldest first. *gap is set when events after lastId may have
    /// been missed (dropped from the ring, published before a restart, or lastId is not one
    /// of ours); *next then says where to continue (else the last event's id, or lastId).
    std::vector<ChangeEvent> since(qint64 lastId, bool *gap = nullptr,
                                   qint64 *next = nullptr) const;
    qint64 lastId() const;

    using Wake = std::function<void()>;
    int subscribe(Wake wake);
    void unsubscribe(int token);
    int subscriberCount() const;

private:
    mutable std::mutex m_mutex;
    std::deque<ChangeEvent> m_ring;
    size_t m_capacity;
    qint64 m_lastId;
    int m_nextToken = 1;
    std::map<int, Wake> m_subscribers;
};

} // namespace ne::server
