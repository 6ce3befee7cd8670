// SPDX-License-Identifier: MIT
#include "store/postgres/PgStatsCollector.h"

#include "metrics/Registry.h"
#include "store/postgres/ConnectionPool.h"
#include "store/postgres/PgError.h"

#include <pqxx/nontransaction>
#include <pqxx/result>

namespace ne {

namespace {
/// Marks this collector's own statements so that pg_stat_statements rows can leave them out.
#define NE_DASHBOARD_MARK "/* nextevent-admin dashboard */ "

constexpr const char *databaseSql = NE_DASHBOARD_MARK R"(
SELECT d.blks_hit, d.blks_read, d.xact_commit, d.xact_rollback, d.deadlocks,
       (SELECT count(*) FROM pg_stat_activity
         WHERE backend_type = 'client backend' AND state IS DISTINCT FROM 'idle'),
       (SELECT count(*) FROM pg_stat_activity
         WHERE backend_type = 'client backend' AND state = 'idle'),
       current_setting('max_connections')::int,
       (SELECT quote_ident(n.nspname) FROM pg_extension e
          JOIN pg_namespace n ON n.oid = e.extnamespace
         WHERE e.extname = 'pg_stat_statements')
  FROM pg_stat_database d WHERE d.datname = current_database())";

double number(const pqxx::field &field)
{
    return field.is_null() ? 0.0 : field.as<double>();
}
} // namespace

PgStatsCollector::PgStatsCollector(std::shared_ptr<ConnectionPool> pool)
    : m_pool(std::move(pool))
{}

PgStatsCollector::~PgStatsCollector() = default;

PgStatsCollector::Result PgStatsCollector::collect()
{
    std::lock_guard lock(m_mutex);
    if (!m_connection || !m_connection->is_open())
        m_connection = m_pool->openConnection();
    Registry out;
    Result result;
    try {
        pg::guard([&] {
            pqxx::nontransaction tx(*m_connection);
            const pqxx::result database = tx.exec(databaseSql);
            if (database.empty())
                throw StoreError(StoreError::Kind::Server,
                                 tr("PostgreSQL has no statistics for this database."));
            const pqxx::row row = database[0];
            auto &hits = out.counter("cache_hits_total", "Buffer cache hits.", {"cache"});
            auto &misses = out.counter("cache_misses_total", "Blocks read.", {"cache"});
            hits.withLabels({"pg_buffer"}).inc(number(row[0]));
            misses.withLabels({"pg_buffer"}).inc(number(row[1]));
            auto &xacts = out.counter("pg_transactions_total", "Transactions.", {"outcome"});
            xacts.withLabels({"commit"}).inc(number(row[2]));
            xacts.withLabels({"rollback"}).inc(number(row[3]));
            out.counter("pg_deadlocks_total", "Deadlocks detected.").get().inc(number(row[4]));
            out.gauge("db_connections_active", "Client connections not idle.")
                .get()
                .set(number(row[5]));
            out.gauge("db_connections_idle", "Idle client connections.").get().set(number(row[6]));
            out.gauge("db_connections_max", "max_connections.").get().set(number(row[7]));

            auto &available =
                out.gauge("pg_stat_statements_available", "1 when pg_stat_statements can be read.")
                    .get();
            if (row[8].is_null()) {
                result.note = tr("pg_stat_statements is not installed in this database, so "
                                 "there are no statement times (CREATE EXTENSION "
                                 "pg_stat_statements; the server must preload it).");
                return;
            }
            const std::string schema = row[8].as<std::string>();
            pqxx::result statements;
            try {
                // Leaves out this collector's own statements, which only the dashboard runs.
                statements = tx.exec(std::string(NE_DASHBOARD_MARK) +
                                     "SELECT coalesce(queryid, 0)::text, left(query, 300), "
                                     "calls, total_exec_time / 1000.0 FROM " +
                                     schema +
                                     ".pg_stat_statements WHERE dbid = (SELECT oid FROM "
                                     "pg_database WHERE datname = current_database()) "
                                     "AND query NOT LIKE '" NE_DASHBOARD_MARK "%' "
                                     "ORDER BY calls DESC LIMIT " +
                                     std::to_string(maxStatements));
            } catch (const pqxx::sql_error &e) {
                // Installed but not preloaded: the view exists and refuses to be read.
                result.note = tr("pg_stat_statements cannot be read: %1")
                                  .arg(QString::fromUtf8(e.what()).trimmed());
                return;
            }
            available.set(1);
            auto &calls = out.counter("pg_statement_calls_total", "Calls of a statement.",
                                      {"queryid", "query"});
            auto &seconds = out.counter("pg_statement_seconds_total",
                                        "Execution time of a statement.", {"queryid", "query"});
            for (const pqxx::row &s : statements) {
                const std::vector<QByteArray> labels{
                    QByteArray::fromStdString(s[0].as<std::string>()),
                    QByteArray::fromStdString(s[1].as<std::string>()).simplified()};
                calls.withLabels(labels).inc(number(s[2]));
                seconds.withLabels(labels).inc(number(s[3]));
            }
        });
    } catch (const StoreError &e) {
        if (e.kind() == StoreError::Kind::Unavailable)
            m_connection.reset(); // reconnect on the next collect
        throw;
    }
    result.text = out.exposition();
    return result;
}

} // namespace ne
