// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <memory>
#include <mutex>

namespace ne {

class ConnectionPool;
class Counter;
class Gauge;
class Registry;

/// Publishes the statistics of the client's current ConnectionPool into a Registry at
/// every collect: db_connections_active / _idle / _max / _waiting (gauges) and
/// db_connection_waits_total / db_connection_wait_seconds_total (counters that keep
/// counting when the pool is replaced). The metrics exist from the first pool on, so an
/// embedded workspace shows "no pool" rather than a pool of zero. Watches at most one
/// pool, weakly; a pool that is gone publishes zeros. Must outlive collects of registry.
class PoolMetricsPublisher
{
public:
    explicit PoolMetricsPublisher(Registry &registry);
    PoolMetricsPublisher(const PoolMetricsPublisher &) = delete;
    PoolMetricsPublisher &operator=(const PoolMetricsPublisher &) = delete;

    /// The pool to publish from now on (null: none). Thread-safe.
    void watch(const std::shared_ptr<ConnectionPool> &pool);

private:
    struct Metrics
    {
        Gauge &active;
        Gauge &idle;
        Gauge &max;
        Gauge &waiting;
        Counter &waits;
        Counter &waitSeconds;
    };
    void publish();

    Registry &m_registry;
    std::mutex m_mutex;
    std::weak_ptr<ConnectionPool> m_pool;
    qint64 m_seenWaits = 0; ///< of the watched pool, already added to the counters
    qint64 m_seenWaitMs = 0;
    std::unique_ptr<Metrics> m_metrics; ///< registered with the first pool
};

} // namespace ne
