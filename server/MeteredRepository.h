// SPDX-License-Identifier: MIT
#pragma once

#include "ServerMetrics.h"

#include "store/postgres/PgRepository.h"

#include <chrono>
#include <memory>
#include <type_traits>

namespace ne::server {

/// The server's only door to PgRepository: every call is timed into
/// db_query_duration_seconds and counted in db_queries_total{operation,table,status}
/// (CONTRACT.md section 3). Same thread-safety as PgRepository; errors pass through.
class MeteredRepository
{
public:
    MeteredRepository(std::shared_ptr<PgRepository> repository, ServerMetrics &metrics);

    const std::shared_ptr<ConnectionPool> &pool() const { return m_repo->pool(); }

    Page list(const Query &query, const Cursor &cursor, int limit) const;
    Page listRows(const Query &query, const Cursor &cursor, int limit,
                  const std::function<void(const PgRowText &)> &visit) const;
    Record get(EntityKind kind, const QString &id) const;
    Record create(EntityKind kind, const QVariantMap &values);
    Record update(EntityKind kind, const QString &id, const QVariantMap &changes,
                  qint64 expectedVersion);
    int updateMany(EntityKind kind, const QStringList &ids, const QVariantMap &changes);
    int remove(EntityKind kind, const QStringList &ids);
    int restore(EntityKind kind, const QStringList &ids);
    qint64 count(const Query &query, bool exact) const;

    Record createImage(const QVariantMap &values, bool *alreadyPresent);
    std::optional<Record> findImageBySha256(const QString &sha256) const;
    MediaRef putMedia(QIODevice &source, const QString &mimeType, const QString &expectedSha256,
                      QSize pixelSize);
    MediaRef registerExternalMedia(const QString &sha256, qint64 size, const QString &mimeType,
                                   QSize pixelSize);
    std::optional<MediaRef> mediaInfo(const QString &sha256) const;
    qint64 readMedia(const QString &sha256, QIODevice &sink) const;

    /// Times statements the server runs itself on a pool connection (video start/stop).
    /// notCounted: seconds work spent on something else (writing the rows it visits), left
    /// out of the recorded time.
    template<class F>
    auto timed(const char *operation, const char *table, F work,
               const double *notCounted = nullptr) const
    {
        const auto started = std::chrono::steady_clock::now();
        auto seconds = [&] {
            return std::chrono::duration<double>(std::chrono::steady_clock::now() - started)
                       .count() -
                   (notCounted ? *notCounted : 0.0);
        };
        try {
            if constexpr (std::is_void_v<decltype(work())>) {
                work();
                m_metrics.dbQuery(operation, table, true, seconds());
            } else {
                auto result = work();
                m_metrics.dbQuery(operation, table, true, seconds());
                return result;
            }
        } catch (...) {
            m_metrics.dbQuery(operation, table, false, seconds());
            throw;
        }
    }

    /// The table label of an entity (the platform's table names).
    static const char *tableOf(EntityKind kind);

private:
    std::shared_ptr<PgRepository> m_repo;
    ServerMetrics &m_metrics;
};

} // namespace ne::server
