// SPDX-License-Identifier: MIT
#pragma once

#include <QSemaphore>
#include <QThreadPool>

#include <atomic>
#include <functional>

namespace test {

/// Holds Qt's global thread pool down to one thread and keeps that thread busy until
/// release(), or until `patienceMs` ran out. What runs meanwhile cannot get a global-pool
/// thread, so a test can check that something does not need one: Qt 6.4's painting waits
/// for that pool, and the client's work must stay off it (see WorkerPool.h).
class GlobalPoolHold
{
public:
    explicit GlobalPoolHold(int patienceMs)
        : m_pool(QThreadPool::globalInstance())
        , m_threads(m_pool->maxThreadCount())
    {
        m_pool->setMaxThreadCount(1);
        QSemaphore holding;
        m_pool->start([this, &holding, patienceMs] {
            holding.release();
            m_releasedInTime = m_release.tryAcquire(1, patienceMs);
        });
        holding.acquire();
    }
    ~GlobalPoolHold() { release(); }
    GlobalPoolHold(const GlobalPoolHold &) = delete;
    GlobalPoolHold &operator=(const GlobalPoolHold &) = delete;

    /// Lets the thread go. True when that happened before the patience ran out.
    bool release()
    {
        if (!m_released) {
            m_released = true;
            m_release.release();
            m_pool->waitForDone();
            m_pool->setMaxThreadCount(m_threads);
        }
        return m_releasedInTime;
    }

private:
    QThreadPool *m_pool;
    int m_threads;
    QSemaphore m_release;
    std::atomic<bool> m_releasedInTime = false;
    bool m_released = false;
};

/// Runs `action` while the global pool is held; true when it did not wait for the pool.
inline bool runsWithoutTheGlobalPool(const std::function<void()> &action, int patienceMs)
{
    GlobalPoolHold hold(patienceMs);
    action();
    return hold.release();
}

} // namespace test
