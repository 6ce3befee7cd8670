// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <pqxx/connection>

#include <memory>
#include <mutex>

namespace ne {

class ConnectionPool;

/// Reads PostgreSQL's own statistics and renders them as Prometheus text in the names the
/// dashboard's KPI model reads, so the database is one more source beside a server's
/// /metrics and this client's Registry:
///  - buffer cache: cache_hits_total / cache_misses_total{cache="pg_buffer"} (blks_hit,
///    blks_read of the current database);
///  - connections: db_connections_active (not idle) / _idle / _max (max_connections),
///    counted over the whole server, as max_connections is;
///  - pg_transactions_total{outcome="commit"|"rollback"}, pg_deadlocks_total;
///  - pg_stat_statements, when installed in this database: pg_statement_calls_total and
///    pg_statement_seconds_total{queryid, query} for the statements run most, and
///    pg_stat_statements_available 1 or 0.
/// Blocking: call collect() on a worker thread, one call at a time (it keeps one
/// connection of its own, opened with the pool's settings, so it never takes a
/// connection the pages need). Throws StoreError.
class PgStatsCollector
{
    Q_DECLARE_TR_FUNCTIONS(ne::PgStatsCollector)
public:
    struct Result
    {
        QByteArray text; ///< Prometheus text 0.0.4
        /// For people, empty when everything is available: why statement times are missing.
        QString note;
    };

    explicit PgStatsCollector(std::shared_ptr<ConnectionPool> pool);
    ~PgStatsCollector();
    PgStatsCollector(const PgStatsCollector &) = delete;
    PgStatsCollector &operator=(const PgStatsCollector &) = delete;

    Result collect();

    /// Statements listed per collect, most called first.
    static constexpr int maxStatements = 100;

private:
    std::shared_ptr<ConnectionPool> m_pool;
    std::mutex m_mutex; ///< one collect at a time on m_connection
    std::unique_ptr<pqxx::connection> m_connection;
};

} // namespace ne
