// SPDX-License-Identifier: MIT
#include "store/postgres/ConnectionPool.h"

#include "store/postgres/PgError.h"

#include <libpq-fe.h>
#include <pqxx/nontransaction>

#include <poll.h>

#include <condition_variable>
#include <deque>
#include <mutex>

namespace ne {

namespace {

using Clock = std::chrono::steady_clock;

struct IdleConnection
{
    std::unique_ptr<pqxx::connection> connection;
    Clock::time_point openedAt;
    Clock::time_point idleSince;
};

/// Parses conninfo with libpq and rebuilds it as key=value pairs, adding defaults and
/// leaving out the password when withPassword is false.
std::string rebuildConninfo(const QString &conninfo, const PoolSettings &settings,
                            bool withPassword)
{
    char *errmsg = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.toUtf8().constData(), &errmsg);
    if (!options) {
        const std::string message = errmsg ? errmsg : "invalid connection string";
        PQfreemem(errmsg);
        throw StoreError(StoreError::Kind::Invalid,
                         StoreError::tr("The connection settings are not valid: %1")
                             .arg(QString::fromStdString(message).trimmed()));
    }
    auto quote = [](const std::string &v) {
        std::string out = "'";
        for (char c : v) {
            if (c == '\'' || c == '\\')
                out += '\\';
            out += c;
        }
        return out + "'";
    };
    std::string out;
    bool hasTimeout = false;
    bool hasAppName = false;
    for (PQconninfoOption *o = options; o->keyword; ++o) {
        if (!o->val)
            continue;
        const std::string key = o->keyword;
        if (key == "password" && !withPassword)
            continue;
        hasTimeout = hasTimeout || key == "connect_timeout";
        hasAppName = hasAppName || key == "application_name";
        out += key + '=' + quote(o->val) + ' ';
    }
    PQconninfoFree(options);
    if (!hasTimeout && settings.connectTimeout.count() > 0)
        out += "connect_timeout=" + std::to_string(settings.connectTimeout.count()) + ' ';
    if (!hasAppName && !settings.applicationName.isEmpty())
        out += "application_name=" + quote(settings.applicationName.toStdString()) + ' ';
    if (!out.empty())
        out.pop_back();
    return out;
}

/// True when an idle connection looks healthy without a round trip: still open, and the
/// server has sent nothing (a terminated backend sends an error and closes the socket).
bool looksHealthy(pqxx::connection &c)
{
    if (!c.is_open())
        return false;
    pollfd p{c.sock(), POLLIN, 0};
    const int n = ::poll(&p, 1, 0);
    if (n == 0)
        return true;
    // Something arrived while idle: check properly.
    try {
        pqxx::nontransaction tx(c);
        tx.exec("SELECT 1");
        return true;
    } catch (const std::exception &) {
        return false;
    }
}

} // namespace

struct ConnectionPool::Private
{
    QString conninfo;
    PoolSettings settings;
    std::string connectString;
    mutable std::mutex mutex;
    std::condition_variable available;
    std::deque<IdleConnection> idle; // most recently returned at the back
    QList<int> pids;
    PoolStats stats;
};

std::shared_ptr<ConnectionPool> ConnectionPool::create(QString conninfo, PoolSettings settings)
{
    return std::make_shared<ConnectionPool>(std::move(conninfo), std::move(settings));
}

ConnectionPool::ConnectionPool(QString conninfo, PoolSettings settings)
    : d(std::make_unique<Private>())
{
    d->conninfo = std::move(conninfo);
    d->settings = std::move(settings);
    d->settings.maxOpen = std::max(1, d->settings.maxOpen);
    d->settings.maxIdle = std::clamp(d->settings.maxIdle, 0, d->settings.maxOpen);
    d->connectString = rebuildConninfo(d->conninfo, d->settings, true);
}

ConnectionPool::~ConnectionPool() = default;

const PoolSettings &ConnectionPool::settings() const
{
    return d->settings;
}

QString ConnectionPool::safeConninfo() const
{
    return QString::fromStdString(rebuildConninfo(d->conninfo, d->settings, false));
}

std::string ConnectionPool::connectionString() const
{
    return d->connectString;
}

std::unique_ptr<pqxx::connection> ConnectionPool::openConnection() const
{
    std::unique_ptr<pqxx::connection> c;
    try {
        c = std::make_unique<pqxx::connection>(d->connectString);
    } catch (const pqxx::broken_connection &e) {
        throw pg::connectError(e.what());
    } catch (const std::exception &e) {
        throw pg::connectError(e.what());
    }
    pg::guard([&] {
        std::string setup = "SET TIME ZONE 'UTC'; SET statement_timeout = " +
                            std::to_string(d->settings.statementTimeout.count());
        pqxx::nontransaction tx(*c);
        tx.exec(setup);
    });
    return c;
}

ConnectionPool::Lease ConnectionPool::acquire()
{
    std::unique_lock lock(d->mutex);
    const auto deadline = Clock::now() + d->settings.borrowTimeout;
    bool waited = false;
    const auto waitStart = Clock::now(); // waits are accounted when they end
    for (;;) {
        while (!d->idle.empty()) {
            IdleConnection ic = std::move(d->idle.back());
            d->idle.pop_back();
            const auto now = Clock::now();
            if (now - ic.openedAt > d->settings.maxLifetime) {
                d->pids.removeOne(ic.connection->backendpid());
                --d->stats.open;
                ++d->stats.maxLifetimeClosed;
                continue;
            }
            if (now - ic.idleSince > d->settings.maxIdleTime) {
                d->pids.removeOne(ic.connection->backendpid());
                --d->stats.open;
                ++d->stats.maxIdleClosed;
                continue;
            }
            ++d->stats.active;
            lock.unlock();
            const int pid = ic.connection->backendpid();
            if (looksHealthy(*ic.connection))
                return Lease(shared_from_this(), std::move(ic.connection), ic.openedAt);
            // Broken while idle: close it and open a fresh one in its slot.
            ic.connection.reset();
            lock.lock();
            d->pids.removeOne(pid);
            ++d->stats.brokenReplaced;
            --d->stats.active;
            --d->stats.open;
        }
        if (d->stats.open < d->settings.maxOpen) {
            ++d->stats.open;
            ++d->stats.active;
            lock.unlock();
            try {
                auto c = openConnection();
                const int pid = c->backendpid();
                {
                    std::lock_guard relock(d->mutex);
                    d->pids.append(pid);
                }
                return Lease(shared_from_this(), std::move(c), Clock::now());
            } catch (...) {
                lock.lock();
                --d->stats.open;
                --d->stats.active;
                d->available.notify_one();
                throw;
            }
        }
        if (!waited) {
            waited = true;
            ++d->stats.waitCount;
        }
        ++d->stats.waiting;
        const auto status = d->available.wait_until(lock, deadline);
        --d->stats.waiting;
        if (status == std::cv_status::timeout && d->idle.empty() &&
            d->stats.open >= d->settings.maxOpen) {
            d->stats.waitDurationMs +=
                std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - waitStart)
                    .count();
            throw StoreError(StoreError::Kind::Unavailable,
                             StoreError::tr("All %1 database connections are busy; gave up "
                                            "after %2 ms. Try again.")
                                 .arg(d->settings.maxOpen)
                                 .arg(d->settings.borrowTimeout.count()));
        }
        if (!d->idle.empty() || d->stats.open < d->settings.maxOpen)
            d->stats.waitDurationMs +=
                std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - waitStart)
                    .count();
    }
}

void ConnectionPool::giveBack(std::unique_ptr<pqxx::connection> c, Clock::time_point openedAt,
                              bool broken)
{
    std::unique_lock lock(d->mutex);
    --d->stats.active;
    const auto now = Clock::now();
    const int pid = c ? c->backendpid() : 0;
    const bool healthy = c && !broken && c->is_open();
    if (!healthy || now - openedAt > d->settings.maxLifetime ||
        int(d->idle.size()) >= d->settings.maxIdle) {
        if (!healthy)
            ++d->stats.brokenReplaced;
        else if (now - openedAt > d->settings.maxLifetime)
            ++d->stats.maxLifetimeClosed;
        else
            ++d->stats.maxIdleClosed;
        d->pids.removeOne(pid);
        --d->stats.open;
        d->available.notify_one();
        lock.unlock();
        c.reset(); // close outside the lock
        return;
    }
    d->idle.push_back({std::move(c), openedAt, now});
    d->available.notify_one();
}

PoolStats ConnectionPool::stats() const
{
    std::lock_guard lock(d->mutex);
    PoolStats s = d->stats;
    s.idle = int(d->idle.size());
    return s;
}

QList<int> ConnectionPool::backendPids() const
{
    std::lock_guard lock(d->mutex);
    return d->pids;
}

void ConnectionPool::closeIdle()
{
    std::deque<IdleConnection> closing;
    {
        std::lock_guard lock(d->mutex);
        closing.swap(d->idle);
        for (const IdleConnection &ic : closing)
            d->pids.removeOne(ic.connection->backendpid());
        d->stats.open -= int(closing.size());
        d->available.notify_all();
    }
}

ConnectionPool::Lease::Lease(std::shared_ptr<ConnectionPool> pool,
                             std::unique_ptr<pqxx::connection> c, Clock::time_point openedAt)
    : m_pool(std::move(pool))
    , m_connection(std::move(c))
    , m_openedAt(openedAt)
{}

ConnectionPool::Lease::Lease(Lease &&other) noexcept
    : m_pool(std::move(other.m_pool))
    , m_connection(std::move(other.m_connection))
    , m_openedAt(other.m_openedAt)
    , m_broken(other.m_broken)
{}

ConnectionPool::Lease &ConnectionPool::Lease::operator=(Lease &&other) noexcept
{
    if (this != &other) {
        release();
        m_pool = std::move(other.m_pool);
        m_connection = std::move(other.m_connection);
        m_openedAt = other.m_openedAt;
        m_broken = other.m_broken;
    }
    return *this;
}

ConnectionPool::Lease::~Lease()
{
    release();
}

void ConnectionPool::Lease::release()
{
    if (m_pool && m_connection)
        m_pool->giveBack(std::move(m_connection), m_openedAt, m_broken);
    m_pool.reset();
}

} // namespace ne
