// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <pqxx/connection>

#include <chrono>
#include <memory>

namespace ne {

/// How a ConnectionPool behaves. Defaults are the platform seed's settings
/// (performance-optimization.md: 25 open, 10 idle, 1 h lifetime, 10 min idle time).
struct PoolSettings
{
    int maxOpen = 25;
    int maxIdle = 10;
    std::chrono::seconds maxLifetime{3600};
    std::chrono::seconds maxIdleTime{600};
    /// How long acquire() waits for a free connection before failing with Unavailable.
    std::chrono::milliseconds borrowTimeout{10000};
    /// statement_timeout set on every connection; 0 = none.
    std::chrono::milliseconds statementTimeout{30000};
    /// libpq connect_timeout, added to the conninfo unless it names one.
    std::chrono::seconds connectTimeout{5};
    /// application_name shown in pg_stat_activity.
    QString applicationName = QStringLiteral("nextevent-admin");
};

/// Counters for the dashboard and /metrics (db_connections_active / _idle, wait counts).
struct PoolStats
{
    int open = 0;   ///< connections that exist (active + idle)
    int active = 0; ///< borrowed right now
    int idle = 0;
    int waiting = 0;              ///< callers blocked in acquire() right now
    qint64 waitCount = 0;         ///< acquire() calls that had to wait, ever
    qint64 waitDurationMs = 0;    ///< total time spent waiting, ever
    qint64 maxIdleClosed = 0;     ///< closed for exceeding maxIdle or maxIdleTime
    qint64 maxLifetimeClosed = 0; ///< closed for exceeding maxLifetime
    qint64 brokenReplaced = 0;    ///< found broken on borrow or marked broken by a user
};

/// A thread-safe pool of libpqxx connections to one database.
/// Connections are checked on borrow (a broken one is dropped and a new one opened) and
/// never move between threads while borrowed. Connect errors and a borrow timeout are
/// thrown as StoreError (Unavailable, Unauthorized, ...), never as libpqxx exceptions.
class ConnectionPool : public std::enable_shared_from_this<ConnectionPool>
{
public:
    class Lease;

    /// conninfo is a libpq connection string or URI ("host=… dbname=…", "postgresql://…").
    /// Always owned by a shared_ptr (leases keep the pool alive): use create().
    static std::shared_ptr<ConnectionPool> create(QString conninfo, PoolSettings settings = {});
    ConnectionPool(QString conninfo, PoolSettings settings);
    ~ConnectionPool();
    ConnectionPool(const ConnectionPool &) = delete;
    ConnectionPool &operator=(const ConnectionPool &) = delete;

    /// Borrows a connection, opening one if below maxOpen, else waits up to borrowTimeout.
    Lease acquire();

    PoolStats stats() const;
    const PoolSettings &settings() const;
    /// The conninfo without its password, for logs and the status bar.
    QString safeConninfo() const;
    /// The conninfo actually used (with connect_timeout etc. added).
    std::string connectionString() const;
    /// Backend pids of the connections currently open (to recognise our own NOTIFYs).
    QList<int> backendPids() const;
    /// Closes every idle connection (after a restart or before a test kills backends).
    void closeIdle();

    /// Opens one connection with this pool's settings; used by the pool and by PgNotifier.
    /// Throws StoreError.
    std::unique_ptr<pqxx::connection> openConnection() const;

    /// A borrowed connection, returned to the pool on destruction. Move-only.
    class Lease
    {
    public:
        Lease() = default;
        Lease(Lease &&other) noexcept;
        Lease &operator=(Lease &&other) noexcept;
        ~Lease();
        pqxx::connection &operator*() const { return *m_connection; }
        pqxx::connection *operator->() const { return m_connection.get(); }
        pqxx::connection *get() const { return m_connection.get(); }
        /// The connection failed mid-use: close it instead of returning it.
        void markBroken() { m_broken = true; }

    private:
        friend class ConnectionPool;
        Lease(std::shared_ptr<ConnectionPool> pool, std::unique_ptr<pqxx::connection> c,
              std::chrono::steady_clock::time_point openedAt);
        void release();

        std::shared_ptr<ConnectionPool> m_pool;
        std::unique_ptr<pqxx::connection> m_connection;
        std::chrono::steady_clock::time_point m_openedAt;
        bool m_broken = false;
    };

private:
    struct Private;
    void giveBack(std::unique_ptr<pqxx::connection> c,
                  std::chrono::steady_clock::time_point openedAt, bool broken);
    std::unique_ptr<Private> d;
};

} // namespace ne
