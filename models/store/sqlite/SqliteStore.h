// SPDX-License-Identifier: MIT
#pragma once

#include "media/MediaFolder.h"
#include "store/Store.h"

#include <QThreadPool>
#include <memory>

namespace ne {

class SqliteDatabase;
class SqliteRepository;
class SqliteChangeWatcher;

/// The embedded workspace: one SQLite file plus a content-addressed media folder beside
/// it ("work.nextevent" + "work.nextevent.media/"). Blocking work runs on a private io
/// pool whose threads never expire, so each keeps its own connection.
class SqliteStore : public Store
{
    Q_OBJECT
public:
    explicit SqliteStore(const QString &path, QObject *parent = nullptr);
    ~SqliteStore() override;

    /// Creates or migrates the workspace. Call once and wait for it before anything else.
    QFuture<void> open();
    const QString &path() const { return m_path; }
    QString mediaRoot() const { return m_media.root(); }

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
    QFuture<QImage> thumbnail(const Record &image, QSize size) override;
    QFuture<std::optional<Record>> findByContent(EntityKind kind, const QString &sha256) override;

    /// Direct access for the sample generator and tests (call from a worker thread).
    SqliteRepository &repository() { return *m_repository; }
    const MediaFolder &mediaFolder() const { return m_media; }

private:
    template<typename F> auto onIo(F &&f);
    void announce(EntityKind kind, const QStringList &ids);

    QString m_path;
    MediaFolder m_media;
    QThreadPool m_io;
    std::unique_ptr<SqliteDatabase> m_database;
    std::unique_ptr<SqliteRepository> m_repository;
    std::unique_ptr<SqliteChangeWatcher> m_watcher;
};

} // namespace ne
