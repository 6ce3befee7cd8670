// SPDX-License-Identifier: MIT
#pragma once

#include "store/postgres/ConnectionPool.h"

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <thread>

namespace ne {

/// Moves the pending entries of a table's GIN search indexes (and of its <table>_text side
/// table's) into the indexes, on its own
/// thread and connection, after changes. A status change cannot be a HOT update, so each
/// changed or new row adds entries to the search indexes' pending lists; whichever write
/// finds a list past gin_pending_list_limit merges it inline, which doubles that editor's
/// wait, and every search scans what is pending. Flushing when changes pause keeps the
/// lists short and the merge off everyone's path: writers only append, and they skip a
/// cleanup another session is running. gin_clean_pending_list needs the index owner (or a
/// superuser); when the database says no, the flusher stops asking and autovacuum does the work as
/// before.
class PgSearchIndexFlusher
{
public:
    explicit PgSearchIndexFlusher(std::shared_ptr<ConnectionPool> pool);
    ~PgSearchIndexFlusher();
    PgSearchIndexFlusher(const PgSearchIndexFlusher &) = delete;
    PgSearchIndexFlusher &operator=(const PgSearchIndexFlusher &) = delete;

    /// A change to table committed: flush its search indexes once changes pause (kQuiet
    /// after the last one, at most kMaxDelay later). Never blocks.
    void touched(const std::string &table);

private:
    void run();
    /// Flushes every table marked so far on one connection; false when refused.
    bool flushPending();
    /// Opens m_connection unless it is open; false (and nothing left to flush) when the
    /// database cannot be reached.
    bool openConnection();
    /// Takes a marked table off the list, if any (and not stopping).
    std::optional<std::string> nextTable();

    std::shared_ptr<ConnectionPool> m_pool;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::set<std::string> m_dirty;
    using Clock = std::chrono::steady_clock;
    Clock::time_point m_lastTouch;
    bool m_stopping = false;
    bool m_refused = false;
    std::unique_ptr<pqxx::connection> m_connection; ///< the thread's, closed when idle
    std::thread m_thread; ///< started by the first touch: read-only users never pay for it
};

} // namespace ne
