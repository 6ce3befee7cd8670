// SPDX-License-Identifier: MIT
#pragma once

#include "store/Store.h"
#include "store/postgres/PgRepository.h"

#include <QThreadPool>

#include <memory>

namespace ne {

/// The Store of PostgreSQL direct mode: runs PgRepository calls on its own io pool
/// (as many threads as the connection pool has connections) and returns their futures;
/// turns the database's NOTIFYs from other sessions into changed(). Lives on the UI thread.
class PgStore : public Store
{
    Q_OBJECT
public:
    /// Shares repository (and its pool) with nothing else; listens for changes unless
    /// live is false.
    explicit PgStore(std::shared_ptr<PgRepository> repository, bool live = true,
                     QObject *parent = nullptr);
    /// Convenience: a pool on conninfo (libpq string or URI, password included or from
    /// PGPASSWORD / ~/.pgpass) with settings, and a store on it. Does not connect yet:
    /// the first call (or checkConnection()) does.
    static std::unique_ptr<PgStore> open(const QString &conninfo, const PoolSettings &settings = {},
                                         QObject *parent = nullptr);
    ~PgStore() override;

    QString description() const override;

    QFuture<Page> list(const Query &query, const Cursor &cursor, int limit) override;
    QFuture<Record> get(EntityKind kind, const QString &id) override;
    QFuture<Record> create(EntityKind kind, const QVariantMap &values) override;
    QFuture<Record> update(EntityKind kind, const QString &id, const QVariantMap &changes,
                           qint64 expectedVersion) override;
    QFuture<int> updateMany(EntityKind kind, const QStringList &ids,
                            const QVariantMap &changes) override;
    QFuture<int> remove(EntityKind kind, const QStringList &ids) override;
    QFuture<int> restore(EntityKind kind, const QStringList &ids) override;
    QFuture<QList<Category>> categories(EntityKind kind) override;
    QFuture<MediaRef> putMedia(const QString &filePath) override;
    QFuture<std::optional<Record>> findByContent(EntityKind kind, const QString &sha256) override;
    QFuture<QImage> thumbnail(const Record &image, QSize size) override;

    /// "Test connection": succeeds, or fails with the StoreError saying exactly what is
    /// wrong (DNS, refused, password, SSL, no schema, schema too old/new).
    QFuture<void> checkConnection();
    /// The admin action "Create or upgrade schema".
    QFuture<void> migrate();
    QFuture<int> schemaVersion();

    const std::shared_ptr<PgRepository> &repository() const { return m_repository; }
    PoolStats poolStats() const { return m_repository->poolStats(); }
    /// True while the LISTEN connection is up (live refresh works).
    bool isListening() const;

private:
    template<typename F> auto run(F &&f) -> QFuture<decltype(f())>;
    void announce(EntityKind kind, const QStringList &ids);
    void onNotification(const PgChange &change);

    std::shared_ptr<PgRepository> m_repository;
    QThreadPool m_pool;
    std::unique_ptr<PgNotifier> m_notifier;
};

} // namespace ne
