// SPDX-License-Identifier: MIT
#include "EventBus.h"

#include <algorithm>
#include <chrono>

namespace ne::server {

EventBus::EventBus(size_t capacity, qint64 base)
    : m_capacity(capacity)
    , m_lastId(base)
{}

qint64 EventBus::startTimeBase()
{
    // Microseconds: a server would have to publish a million events per second for its ids
    // to catch up with the clock, and the ids stay below 2^53 (exact in JavaScript) for
    // another two centuries.
    return std::chrono::duration_cast<std::chrono::microseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

qint64 EventBus::publish(const QByteArray &data)
{
    std::vector<Wake> wakes;
    qint64 id = 0;
    {
        std::lock_guard lock(m_mutex);
        id = ++m_lastId;
        m_ring.push_back(ChangeEvent{id, data});
        while (m_ring.size() > m_capacity)
            m_ring.pop_front();
        wakes.reserve(m_subscribers.size());
        for (const auto &[token, wake] : m_subscribers)
            wakes.push_back(wake);
    }
    for (const Wake &wake : wakes)
        wake();
    return id;
}

std::vector<ChangeEvent> EventBus::since(qint64 lastId, bool *gap, qint64 *next) const
{
    std::lock_guard lock(m_mutex);
    const qint64 oldest = m_ring.empty() ? m_lastId + 1 : m_ring.front().id;
    // 0 (or none) asks for what is remembered; an id above ours was never ours.
    const bool missed = lastId > 0 && (lastId < oldest - 1 || lastId > m_lastId);
    const qint64 after = missed ? oldest - 1 : lastId;
    std::vector<ChangeEvent> out;
    for (const ChangeEvent &e : m_ring) {
        if (e.id > after)
            out.push_back(e);
    }
    if (gap)
        *gap = missed;
    if (next)
        *next = out.empty() ? after : out.back().id;
    return out;
}

qint64 EventBus::lastId() const
{
    std::lock_guard lock(m_mutex);
    return m_lastId;
}

int EventBus::subscribe(Wake wake)
{
    std::lock_guard lock(m_mutex);
    const int token = m_nextToken++;
    m_subscribers.emplace(token, std::move(wake));
    return token;
}

void EventBus::unsubscribe(int token)
{
    std::lock_guard lock(m_mutex);
    m_subscribers.erase(token);
}

int EventBus::subscriberCount() const
{
    std::lock_guard lock(m_mutex);
    return int(m_subscribers.size());
}

} // namespace ne::server
