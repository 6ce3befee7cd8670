// SPDX-License-Identifier: MIT
#include "store/postgres/PgStore.h"
#include "concurrency/PoolRun.h"
#include "media/Thumbnailer.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QMimeDatabase>
#include <QPromise>

namespace ne {

PgStore::PgStore(std::shared_ptr<PgRepository> repository, bool live, QObject *parent)
    : Store(parent)
    , m_repository(std::move(repository))
{
    m_pool.setMaxThreadCount(std::max(2, m_repository->pool()->settings().maxOpen));
    m_pool.setExpiryTimeout(60000);
    if (live) {
        m_notifier = std::make_unique<PgNotifier>(
            m_repository->pool(),
            [this](const PgChange &change) {
                QMetaObject::invokeMethod(
                    this, [this, change] { onNotification(change); }, Qt::QueuedConnection);
            },
            [this](bool available, const QString &message) {
                QMetaObject::invokeMethod(
                    this,
                    [this, available, message] { Q_EMIT availabilityChanged(available, message); },
                    Qt::QueuedConnection);
            });
    }
}

std::unique_ptr<PgStore> PgStore::open(const QString &conninfo, const PoolSettings &settings,
                                       QObject *parent)
{
    return std::make_unique<PgStore>(PgRepository::connect(conninfo, settings), true, parent);
}

PgStore::~PgStore()
{
    m_notifier.reset(); // stops its thread before this object goes
    m_pool.waitForDone();
}

QString PgStore::description() const
{
    return tr("PostgreSQL — %1").arg(m_repository->pool()->safeConninfo());
}

template<typename F> auto PgStore::run(F &&f) -> QFuture<decltype(f())>
{
    return runOnPool(&m_pool, [f = std::forward<F>(f)]() mutable { return guardStoreCall(f); });
}

bool PgStore::isListening() const
{
    return m_notifier && m_notifier->isListening();
}

void PgStore::announce(EntityKind kind, const QStringList &ids)
{
    QMetaObject::invokeMethod(
        this, [this, kind, ids] { Q_EMIT changed(kind, ids); }, Qt::QueuedConnection);
}

void PgStore::onNotification(const PgChange &change)
{
    // Our own writes were announced when they finished.
    if (change.backendPid != 0 && m_repository->pool()->backendPids().contains(change.backendPid))
        return;
    Q_EMIT changed(change.kind, change.ids);
}

QFuture<Page> PgStore::list(const Query &query, const Cursor &cursor, int limit)
{
    return run(
        [repo = m_repository, query, cursor, limit] { return repo->list(query, cursor, limit); });
}

QFuture<Record> PgStore::get(EntityKind kind, const QString &id)
{
    return run([repo = m_repository, kind, id] { return repo->get(kind, id); });
}

QFuture<Record> PgStore::create(EntityKind kind, const QVariantMap &values)
{
    return run([this, repo = m_repository, kind, values] {
        Record r = repo->create(kind, values);
        announce(kind, {r.id()});
        return r;
    });
}

QFuture<Record> PgStore::update(EntityKind kind, const QString &id, const QVariantMap &changes,
                                qint64 expectedVersion)
{
    return run([this, repo = m_repository, kind, id, changes, expectedVersion] {
        Record r = repo->update(kind, id, changes, expectedVersion);
        announce(kind, {r.id()});
        return r;
    });
}

QFuture<int> PgStore::updateMany(EntityKind kind, const QStringList &ids,
                                 const QVariantMap &changes)
{
    return run([this, repo = m_repository, kind, ids, changes] {
        const int n = repo->updateMany(kind, ids, changes);
        announce(kind, ids);
        return n;
    });
}

QFuture<int> PgStore::remove(EntityKind kind, const QStringList &ids)
{
    return run([this, repo = m_repository, kind, ids] {
        const int n = repo->remove(kind, ids);
        announce(kind, ids);
        return n;
    });
}

QFuture<int> PgStore::restore(EntityKind kind, const QStringList &ids)
{
    return run([this, repo = m_repository, kind, ids] {
        const int n = repo->restore(kind, ids);
        announce(kind, ids);
        return n;
    });
}

QFuture<QList<Category>> PgStore::categories(EntityKind kind)
{
    return run([repo = m_repository, kind] { return repo->categories(kind); });
}

QFuture<MediaRef> PgStore::putMedia(const QString &filePath)
{
    return runOnPoolWithPromise<MediaRef>(
        &m_pool, [repo = m_repository, filePath](QPromise<MediaRef> &promise) {
            guardStoreCall([&] {
                QFile file(filePath);
                if (!file.open(QIODevice::ReadOnly))
                    throw StoreError(StoreError::Kind::Server,
                                     StoreError::tr("Could not open %1: %2")
                                         .arg(QFileInfo(filePath).fileName(), file.errorString()));
                promise.setProgressRange(0, int(std::min<qint64>(file.size() / 1024, INT_MAX)));
                const QString mime = QMimeDatabase().mimeTypeForFile(filePath).name();
                QSize pixels;
                if (mime.startsWith(QStringLiteral("image/"))) {
                    QImageReader reader(filePath);
                    pixels = reader.size();
                }
                promise.addResult(repo->putMedia(
                    file, mime, {},
                    [&promise](qint64 done) {
                        promise.setProgressValue(int(std::min<qint64>(done / 1024, INT_MAX)));
                        return !promise.isCanceled();
                    },
                    pixels));
            });
        });
}

QFuture<std::optional<Record>> PgStore::findByContent(EntityKind kind, const QString &sha256)
{
    return run([repo = m_repository, kind, sha256]() -> std::optional<Record> {
        if (kind == EntityKind::Image)
            return repo->findImageBySha256(sha256);
        if (kind == EntityKind::Video)
            return repo->findVideoBySha256(sha256);
        return std::nullopt;
    });
}

QFuture<QImage> PgStore::thumbnail(const Record &image, QSize size)
{
    return run([repo = m_repository, image, size] {
        const QString sha = image.value(QStringLiteral("contentSha256")).toString();
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        repo->readMedia(sha, buffer);
        buffer.close();
        buffer.open(QIODevice::ReadOnly);
        QString error;
        QImage out = Thumbnailer::fromDevice(&buffer, size, &error);
        if (out.isNull())
            throw StoreError(StoreError::Kind::Server,
                             StoreError::tr("The image could not be decoded: %1").arg(error));
        return out;
    });
}

QFuture<void> PgStore::checkConnection()
{
    return run([repo = m_repository] { repo->checkConnection(); });
}

QFuture<void> PgStore::migrate()
{
    return run([repo = m_repository] { repo->migrate(); });
}

QFuture<int> PgStore::schemaVersion()
{
    return run([repo = m_repository] { return repo->schemaVersion(); });
}

} // namespace ne
