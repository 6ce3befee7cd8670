// SPDX-License-Identifier: MIT
#include "store/postgres/PoolMetricsPublisher.h"

#include "metrics/Registry.h"
#include "store/postgres/ConnectionPool.h"

namespace ne {

PoolMetricsPublisher::PoolMetricsPublisher(Registry &registry)
    : m_registry(registry)
{
    // Registry runs hooks outside its own lock, so publish() may take m_mutex.
    registry.addCollectHook([this] { publish(); });
}

void PoolMetricsPublisher::watch(const std::shared_ptr<ConnectionPool> &pool)
{
    std::lock_guard lock(m_mutex);
    m_pool = pool;
    // A new pool starts its own totals at zero; the counters go on from where they are.
    m_seenWaits = 0;
    m_seenWaitMs = 0;
    if (!pool || m_metrics)
        return;
    Registry &r = m_registry;
    m_metrics = std::make_unique<Metrics>(
        Metrics{r.gauge("db_connections_active", "Connections borrowed from the pool.").get(),
                r.gauge("db_connections_idle", "Open connections waiting in the pool.").get(),
                r.gauge("db_connections_max", "Connections the pool may open.").get(),
                r.gauge("db_connections_waiting", "Callers waiting for a connection now.").get(),
                r.counter("db_connection_waits_total", "Borrows that had to wait.").get(),
                r.counter("db_connection_wait_seconds_total",
                          "Time callers spent waiting for a connection.")
                    .get()});
}

void PoolMetricsPublisher::publish()
{
    std::lock_guard lock(m_mutex);
    if (!m_metrics)
        return;
    const std::shared_ptr<ConnectionPool> pool = m_pool.lock();
    const PoolStats stats = pool ? pool->stats() : PoolStats{};
    m_metrics->active.set(stats.active);
    m_metrics->idle.set(stats.idle);
    m_metrics->max.set(pool ? pool->settings().maxOpen : 0);
    m_metrics->waiting.set(stats.waiting);
    m_metrics->waits.inc(double(std::max<qint64>(0, stats.waitCount - m_seenWaits)));
    m_metrics->waitSeconds.inc(double(std::max<qint64>(0, stats.waitDurationMs - m_seenWaitMs)) /
                               1000.0);
    m_seenWaits = std::max(m_seenWaits, stats.waitCount);
    m_seenWaitMs = std::max(m_seenWaitMs, stats.waitDurationMs);
}

} // namespace ne
