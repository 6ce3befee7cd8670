// SPDX-License-Identifier: MIT
#include "SqliteStore.h"

#include "SqliteChangeWatcher.h"
#include "SqliteDatabase.h"
#include "SqliteRepository.h"
#include "concurrency/PoolRun.h"
#include "concurrency/WorkerPool.h"
#include "media/Thumbnailer.h"

#include <QFileInfo>
#include <QPromise>

namespace ne {

namespace {
constexpr int kIoThreads = 2;
constexpr int kWatchIntervalMs = 400;
} // namespace

SqliteStore::SqliteStore(const QString &path, QObject *parent)
    : Store(parent)
    , m_path(QFileInfo(path).absoluteFilePath())
    , m_media(m_path + QStringLiteral(".media"))
    , m_database(std::make_unique<SqliteDatabase>(m_path))
    , m_repository(std::make_unique<SqliteRepository>(*m_database))
{
    m_io.setMaxThreadCount(kIoThreads);
    m_io.setExpiryTimeout(-1);
    m_io.setObjectName(QStringLiteral("sqlite-io"));
}

SqliteStore::~SqliteStore()
{
    m_watcher.reset();
    m_io.waitForDone();
    // Connections belong to the pool's threads; closing them from here after the pool is
    // idle is the one safe moment.
    m_database->closeAll();
}

template<typename F> auto SqliteStore::onIo(F &&f)
{
    return runOnPool(&m_io, [f = std::forward<F>(f)]() { return guardStoreCall(f); });
}

void SqliteStore::announce(EntityKind kind, const QStringList &ids)
{
    Q_EMIT changed(kind, ids);
}

QFuture<void> SqliteStore::open()
{
    if (!m_watcher) {
        m_watcher = std::make_unique<SqliteChangeWatcher>(m_path, kWatchIntervalMs);
        connect(m_watcher.get(), &SqliteChangeWatcher::rowsChanged, this,
                [this](const QList<ChangeEntry> &changes) {
                    QHash<EntityKind, QStringList> byKind;
                    for (const ChangeEntry &c : changes)
                        byKind[c.kind].append(c.id);
                    for (auto it = byKind.begin(); it != byKind.end(); ++it)
                        announce(it.key(), it.value());
                });
    }
    // No context object: the future finishes on the io thread, so a caller may also wait
    // for it without an event loop (tools, tests). start() only queues to the watcher.
    SqliteChangeWatcher *watcher = m_watcher.get();
    return onIo([this] { m_database->migrate(); }).then([watcher] { watcher->start(); });
}

QString SqliteStore::description() const
{
    return tr("Embedded workspace — %1").arg(m_path);
}

QFuture<Page> SqliteStore::list(const Query &query, const Cursor &cursor, int limit)
{
    return onIo([this, query, cursor, limit] { return m_repository->list(query, cursor, limit); });
}

QFuture<Record> SqliteStore::get(EntityKind kind, const QString &id)
{
    return onIo([this, kind, id] { return m_repository->get(kind, id); });
}

QFuture<Record> SqliteStore::create(EntityKind kind, const QVariantMap &values)
{
    return onIo([this, kind, values] { return m_repository->create(kind, values); })
        .then(this, [this, kind](const Record &r) {
            announce(kind, {r.id()});
            return r;
        });
}

QFuture<Record> SqliteStore::update(EntityKind kind, const QString &id, const QVariantMap &changes,
                                    qint64 expectedVersion)
{
    return onIo([this, kind, id, changes, expectedVersion] {
               return m_repository->update(kind, id, changes, expectedVersion);
           })
        .then(this, [this, kind](const Record &r) {
            announce(kind, {r.id()});
            return r;
        });
}

QFuture<int> SqliteStore::updateMany(EntityKind kind, const QStringList &ids,
                                     const QVariantMap &changes)
{
    return onIo([this, kind, ids, changes] { return m_repository->updateMany(kind, ids, changes); })
        .then(this, [this, kind, ids](int n) {
            announce(kind, ids);
            return n;
        });
}

QFuture<int> SqliteStore::remove(EntityKind kind, const QStringList &ids)
{
    return onIo([this, kind, ids] { return m_repository->remove(kind, ids); })
        .then(this, [this, kind, ids](int n) {
            announce(kind, ids);
            return n;
        });
}

QFuture<int> SqliteStore::restore(EntityKind kind, const QStringList &ids)
{
    return onIo([this, kind, ids] { return m_repository->restore(kind, ids); })
        .then(this, [this, kind, ids](int n) {
            announce(kind, ids);
            return n;
        });
}

QFuture<QList<Category>> SqliteStore::categories(EntityKind kind)
{
    return onIo([this, kind] { return m_repository->categories(kind); });
}

QFuture<MediaRef> SqliteStore::putMedia(const QString &filePath)
{
    return runOnPoolWithPromise<MediaRef>(&m_io, [this, filePath](QPromise<MediaRef> &promise) {
        guardStoreCall([&] {
            const qint64 totalKiB = (QFileInfo(filePath).size() + 1023) / 1024;
            promise.setProgressRange(0, int(std::min<qint64>(totalKiB, INT_MAX)));
            MediaRef ref = m_media.put(filePath, [&](qint64 done, qint64) {
                promise.setProgressValue(int(std::min<qint64>(done / 1024, INT_MAX)));
                return !promise.isCanceled();
            });
            m_repository->addMedia(ref);
            promise.addResult(ref);
        });
    });
}

QFuture<std::optional<Record>> SqliteStore::findByContent(EntityKind kind, const QString &sha256)
{
    return onIo([this, kind, sha = sha256.toLower()]() -> std::optional<Record> {
        if (kind == EntityKind::Image)
            return m_repository->imageBySha256(sha);
        if (kind == EntityKind::Video)
            return m_repository->videoByCloudUrl(MediaFolder::relativePathOf(sha));
        return std::nullopt;
    });
}

QFuture<QImage> SqliteStore::thumbnail(const Record &image, QSize size)
{
    const QString path = m_media.pathOf(image.value(QStringLiteral("contentSha256")).toString());
    return runOnPool(workerPool(), [path, size] {
        QString error;
        QImage out = Thumbnailer::fromFile(path, size, &error);
        if (out.isNull())
            throw StoreError(StoreError::Kind::Invalid,
                             StoreError::tr("The image cannot be shown: %1").arg(error));
        return out;
    });
}

} // namespace ne
