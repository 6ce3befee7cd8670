// SPDX-License-Identifier: MIT
#pragma once

#include "store/Store.h"

#include <QElapsedTimer>
#include <QFutureWatcher>

#include <memory>

namespace ne {

class Registry;
template<class Metric> class MetricVec;
class Histogram;

/// A Store that times every call of the Store it owns into one Registry histogram,
/// store_call_duration_seconds{backend, operation, outcome}, so the dashboard's "This
/// client" source sees every backend the same way and no backend carries timing code.
/// outcome is "ok", "cancelled" or the StoreError kind ("unavailable", "conflict", …).
/// The time is from the call to its result reaching the UI thread: what a person waits.
/// Results, errors, progress and cancellation pass through untouched (the caller gets
/// the inner Store's own future). Signals of the inner Store are forwarded.
class InstrumentedStore final : public Store
{
    Q_OBJECT
public:
    /// backend: the label value ("sqlite", "postgres", "rest"). Borrows registry.
    InstrumentedStore(std::unique_ptr<Store> inner, QByteArray backend, Registry &registry,
                      QObject *parent = nullptr);
    ~InstrumentedStore() override;

    /// The decorated backend, for what is not part of Store (migrations, pool, …).
    Store *inner() const { return m_inner.get(); }

    /// The histogram's name and labels, one place for writers and readers.
    static constexpr const char *metricName = "store_call_duration_seconds";

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

private:
    /// Records future's duration and outcome when it finishes; returns future itself.
    template<class T> QFuture<T> timed(const char *operation, QFuture<T> future);
    void record(const char *operation, const QFuture<void> &future, qint64 nanoseconds);

    std::unique_ptr<Store> m_inner;
    QByteArray m_backend;
    MetricVec<Histogram> &m_histogram;
};

} // namespace ne
