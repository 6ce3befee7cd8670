// SPDX-License-Identifier: MIT
#include "store/postgres/PoolMetricsPublisher.h"

#include "metrics/Registry.h"
#include "store/postgres/ConnectionPool.h"

namespace ne {

PoolMetricsPublisher::PoolMetricsPublisher(Registry &registry)
    : m_active(registry.gauge("db_connections_active", "Connections borrowed from the pool.").get())
    , m_idle(registry.gauge("db_connections_idle", "Open connections waiting in the pool.").get())
    , m_max(registry.gauge("db_connections_max", "Connections the pool may open.").get())
    , m_waiting(
          registry.gauge("db_connections_waiting", "Callers waiting for a connection now.").get())
    , m_waits(registry.counter("db_connection_waits_total", "Borrows that had to wait.").get())
    , m_waitSeconds(registry
                        .counter("db_connection_wait_seconds_total",
                                 "Time callers spent waiting for a connection.")
                        .get())
{
    registry.addCollectHook([this] { publish(); });
}

void PoolMetricsPublisher::watch(const std::shared_ptr<ConnectionPool> &pool)
{
    std::lock_guard lock(m_mutex);
    m_pool = pool;
    // A new pool starts its own totals at zero; the counters go on from where they are.
    m_seenWaits = 0;
    m_seenWaitMs = 0;
}

void PoolMetricsPublisher::publish()
{
    std::lock_guard lock(m_mutex);
    const std::shared_ptr<ConnectionPool> pool = m_pool.lock();
    const PoolStats stats = pool ? pool->stats() : PoolStats{};
    m_active.set(stats.active);
    m_idle.set(stats.idle);
    m_max.set(pool ? pool->settings().maxOpen : 0);
    m_waiting.set(stats.waiting);
    m_waits.inc(double(std::max<qint64>(0, stats.waitCount - m_seenWaits)));
    m_waitSeconds.inc(double(std::max<qint64>(0, stats.waitDurationMs - m_seenWaitMs)) / 1000.0);
    m_seenWaits = std::max(m_seenWaits, stats.waitCount);
    m_seenWaitMs = std::max(m_seenWaitMs, stats.waitDurationMs);
}

} // namespace ne
