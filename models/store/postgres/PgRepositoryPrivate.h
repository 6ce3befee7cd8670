// SPDX-License-Identifier: MIT
#pragma once

#include "store/postgres/PgError.h"
#include "store/postgres/PgRepository.h"
#include "store/postgres/PgRowCodec.h"
#include "store/postgres/PgSearchIndexFlusher.h"

#include <pqxx/except>
#include <pqxx/transaction>

#include <QHash>

#include <atomic>
#include <chrono>
#include <mutex>

namespace ne {

/// Shared state of a PgRepository; internal to the PostgreSQL backend.
struct PgRepository::Private
{
    std::shared_ptr<ConnectionPool> pool;
    QString mediaPrefix = QStringLiteral("pgmedia:");
    std::atomic<int> verifiedSchema{0}; ///< schema version checked before the first write
    std::unique_ptr<PgSearchIndexFlusher> searchFlusher; ///< after bulk changes

    /// Planner estimates by count statement + parameters, reused for a few seconds so
    /// that neither paging deeper nor reloading a first page plans the count again.
    struct Estimate
    {
        qint64 rows;
        std::chrono::steady_clock::time_point at;
    };
    mutable std::mutex estimatesMutex;
    mutable QHash<QByteArray, Estimate> estimates;

    /// Runs f(connection) on a borrowed connection. A connection that breaks before f
    /// completes is dropped; read-only work (retry = true) is retried once on a fresh
    /// connection, so a restarted server costs one failed attempt at most.
    template<typename F>
    auto withConnection(F &&f, bool retry) const -> decltype(f(std::declval<pqxx::connection &>()))
    {
        for (int attempt = 0;; ++attempt) {
            ConnectionPool::Lease lease = pool->acquire();
            try {
                return f(*lease);
            } catch (const pqxx::broken_connection &e) {
                lease.markBroken();
                if (!retry || attempt > 0)
                    throw pg::toStoreError(e);
            } catch (const StoreError &) {
                if (!lease->is_open())
                    lease.markBroken();
                throw;
            } catch (const std::exception &e) {
                if (!lease->is_open())
                    lease.markBroken();
                throw pg::toStoreError(e);
            }
        }
    }

    /// Throws unless the database has exactly the schema this build writes.
    void requireWritableSchema(pqxx::transaction_base &tx);
    static int readSchemaVersion(pqxx::transaction_base &tx);

    std::optional<Record> fetch(pqxx::transaction_base &tx, EntityKind kind, const QString &id,
                                bool includeDeleted) const;
    std::optional<MediaRef> fetchMedia(pqxx::transaction_base &tx, const QString &sha256) const;
    void writeNewsArticles(pqxx::transaction_base &tx, const QString &newsId,
                           const QVariantMap &values, bool replace) const;
};

namespace pg {
StoreError notFound(EntityKind kind);
/// Lowercase uuid text, or throws Invalid.
std::string uuidParam(const QString &id);
/// The column and value lists of an INSERT for the column fields in row ("a, b" and
/// "$1, $2::int"); params appended.
struct InsertLists
{
    std::string columns;
    std::string values;
};
InsertLists insertLists(const PgRowCodec &codec, const QVariantMap &row, Params &params);
} // namespace pg

} // namespace ne
