// SPDX-License-Identifier: MIT
#include "PgSearchIndexFlusher.h"

#include "store/StoreError.h"

#include <pqxx/except>
#include <pqxx/nontransaction>

#include <QtGlobal>

namespace ne {

namespace {
/// How long after the last change the flush starts, and the longest it waits.
constexpr std::chrono::milliseconds kQuiet{150};
constexpr std::chrono::milliseconds kMaxDelay{1000};
/// How long the flusher's connection stays open without changes: an upload queue saves a
/// row every few hundred milliseconds, and a new backend for each flush costs more than
/// the flush.
constexpr std::chrono::seconds kIdleClose{10};
} // namespace

PgSearchIndexFlusher::PgSearchIndexFlusher(std::shared_ptr<ConnectionPool> pool)
    : m_pool(std::move(pool))
{}

PgSearchIndexFlusher::~PgSearchIndexFlusher()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void PgSearchIndexFlusher::touched(const std::string &table)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_refused || m_stopping)
            return;
        m_dirty.insert(table);
        m_lastTouch = Clock::now();
        if (!m_thread.joinable())
            m_thread = std::thread([this] { run(); });
    }
    m_wake.notify_all();
}

void PgSearchIndexFlusher::run()
{
    std::unique_lock lock(m_mutex);
    while (true) {
        const auto stopOrWork = [this] { return m_stopping || !m_dirty.empty(); };
        if (m_connection && !m_wake.wait_for(lock, kIdleClose, stopOrWork)) {
            // Closing can wait for the server; the lock would hold up the next touched().
            lock.unlock();
            m_connection.reset();
            lock.lock();
        }
        m_wake.wait(lock, stopOrWork);
        // Let a burst of changes end first: on two cores a flush running beside the
        // next change slows it more than the merge it saves. Under steady load the flush
        // still runs every kMaxDelay.
        const auto waitedFrom = Clock::now();
        while (!m_stopping && Clock::now() - m_lastTouch < kQuiet &&
               Clock::now() - waitedFrom < kMaxDelay)
            m_wake.wait_until(lock, std::min(m_lastTouch + kQuiet, waitedFrom + kMaxDelay));
        if (m_stopping)
            break;
        lock.unlock();
        const bool allowed = flushPending();
        lock.lock();
        if (!allowed) {
            m_refused = true;
            m_dirty.clear();
            break;
        }
    }
    lock.unlock();
    m_connection.reset();
}

std::optional<std::string> PgSearchIndexFlusher::nextTable()
{
    std::lock_guard lock(m_mutex);
    if (m_dirty.empty() || m_stopping)
        return std::nullopt;
    return m_dirty.extract(m_dirty.begin()).value();
}

bool PgSearchIndexFlusher::flushPending()
{
    while (const std::optional<std::string> table = nextTable()) {
        // The kept connection may have died with a server restart since the last flush:
        // one more try on a fresh one before the entries are left for later.
        for (int attempt = 0; attempt < 2; ++attempt) {
            if (!openConnection())
                return true;
            try {
                pqxx::nontransaction tx(*m_connection);
                tx.exec_params("SELECT count(gin_clean_pending_list(i.indexrelid)) "
                               "FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                               "JOIN pg_am a ON a.oid = c.relam "
                               "WHERE i.indrelid IN ($1::regclass, to_regclass($1 || '_text')) "
                               "AND a.amname = 'gin'",
                               *table);
                break;
            } catch (const pqxx::insufficient_privilege &) {
                qInfo("Not the owner of %s's search indexes: their pending entries are left "
                      "to autovacuum.",
                      table->c_str());
                return false;
            } catch (const std::exception &) {
                // Dropped connection, statement timeout, a database going away: the
                // entries stay pending for autovacuum or a later flush. A broken
                // connection does not always say so through is_open(), so drop it.
                m_connection.reset();
            }
        }
    }
    return true;
}

bool PgSearchIndexFlusher::openConnection()
{
    // A connection of its own, not a pool lease: the pool's counts (shown on the dashboard)
    // stay the editors'.
    if (m_connection && m_connection->is_open())
        return true;
    try {
        m_connection = m_pool->openConnection();
        return true;
    } catch (const StoreError &) {
        // The database is unreachable; the next change that gets through retries.
        m_connection.reset();
        std::lock_guard lock(m_mutex);
        m_dirty.clear();
        return false;
    }
}

} // namespace ne
