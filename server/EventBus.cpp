// SPDX-License-Identifier: MIT
#include "EventBus.h"

namespace ne::server {

EventBus::EventBus(size_t capacity)
    : m_capacity(capacity)
{}

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

std::vector<ChangeEvent> EventBus::since(qint64 lastId, bool *gap) const
{
    std::lock_guard lock(m_mutex);
    std::vector<ChangeEvent> out;
    if (gap)
        *gap = !m_ring.empty() && m_ring.front().id > lastId + 1 && lastId > 0;
    for (const ChangeEvent &e : m_ring) {
        if (e.id > lastId)
            out.push_back(e);
    }
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
