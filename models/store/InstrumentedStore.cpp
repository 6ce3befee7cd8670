// SPDX-License-Identifier: MIT
#include "store/InstrumentedStore.h"

#include "metrics/Registry.h"

namespace ne {

namespace {
/// The outcome label of a finished future: its StoreError's kind, or ok / cancelled.
QByteArray outcomeOf(const QFuture<void> &future)
{
    try {
        // Rethrows the stored exception, if any; the future keeps it for its own caller.
        QFuture<void>(future).waitForFinished();
    } catch (const StoreError &e) {
        return StoreError::kindName(e.kind()).toLatin1();
    } catch (...) {
        return QByteArrayLiteral("server");
    }
    return future.isCanceled() ? QByteArrayLiteral("cancelled") : QByteArrayLiteral("ok");
}
} // namespace

InstrumentedStore::InstrumentedStore(std::unique_ptr<Store> inner, QByteArray backend,
                                     Registry &registry, QObject *parent)
    : Store(parent)
    , m_inner(std::move(inner))
    , m_backend(std::move(backend))
    , m_histogram(registry.histogram(metricName,
                                     "Time from a Store call to its result on the UI thread.",
                                     {"backend", "operation", "outcome"}))
{
    connect(m_inner.get(), &Store::changed, this, &Store::changed);
    connect(m_inner.get(), &Store::availabilityChanged, this, &Store::availabilityChanged);
}

InstrumentedStore::~InstrumentedStore() = default;

template<class T> QFuture<T> InstrumentedStore::timed(const char *operation, QFuture<T> future)
{
    // A watcher, not a continuation: a QFuture holds one continuation, which is the
    // caller's; watchers are notified independently of it.
    auto *watcher = new QFutureWatcher<T>(this);
    QElapsedTimer clock;
    clock.start();
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, operation, clock] {
        record(operation, QFuture<void>(watcher->future()), clock.nsecsElapsed());
        watcher->deleteLater();
    });
    watcher->setFuture(future);
    return future;
}

void InstrumentedStore::record(const char *operation, const QFuture<void> &future,
                               qint64 nanoseconds)
{
    m_histogram.withLabels({m_backend, QByteArray(operation), outcomeOf(future)})
        .observe(double(nanoseconds) / 1e9);
}

QString InstrumentedStore::description() const
{
    return m_inner->description();
}

QFuture<Page> InstrumentedStore::list(const Query &query, const Cursor &cursor, int limit)
{
    return timed("list", m_inner->list(query, cursor, limit));
}

QFuture<Record> InstrumentedStore::get(EntityKind kind, const QString &id)
{
    return timed("get", m_inner->get(kind, id));
}

QFuture<Record> InstrumentedStore::create(EntityKind kind, const QVariantMap &values)
{
    return timed("create", m_inner->create(kind, values));
}

QFuture<Record> InstrumentedStore::update(EntityKind kind, const QString &id,
                                          const QVariantMap &changes, qint64 expectedVersion)
{
    return timed("update", m_inner->update(kind, id, changes, expectedVersion));
}

QFuture<int> InstrumentedStore::updateMany(EntityKind kind, const QStringList &ids,
                                           const QVariantMap &changes)
{
    return timed("updateMany", m_inner->updateMany(kind, ids, changes));
}

QFuture<int> InstrumentedStore::remove(EntityKind kind, const QStringList &ids)
{
    return timed("remove", m_inner->remove(kind, ids));
}

QFuture<int> InstrumentedStore::restore(EntityKind kind, const QStringList &ids)
{
    return timed("restore", m_inner->restore(kind, ids));
}

QFuture<QList<Category>> InstrumentedStore::categories(EntityKind kind)
{
    return timed("categories", m_inner->categories(kind));
}

QFuture<MediaRef> InstrumentedStore::putMedia(const QString &filePath)
{
    return timed("putMedia", m_inner->putMedia(filePath));
}

QFuture<std::optional<Record>> InstrumentedStore::findByContent(EntityKind kind,
                                                                const QString &sha256)
{
    return timed("findByContent", m_inner->findByContent(kind, sha256));
}

QFuture<QImage> InstrumentedStore::thumbnail(const Record &image, QSize size)
{
    return timed("thumbnail", m_inner->thumbnail(image, size));
}

} // namespace ne
