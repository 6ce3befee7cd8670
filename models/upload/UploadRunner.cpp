// SPDX-License-Identifier: MIT
#include "UploadRunner.h"

#include "store/Store.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace ne {

UploadRunner::UploadRunner(Store *store, FileInspector inspector, int cpuThreads, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_inspector(std::move(inspector))
{
    m_cpu.setMaxThreadCount(std::max(1, cpuThreads));
    m_cpu.setObjectName(QStringLiteral("upload-cpu"));
}

UploadRunner::~UploadRunner()
{
    for (QFutureWatcherBase *watcher : std::as_const(m_active))
        watcher->cancel();
    m_cpu.waitForDone();
}

template<typename T, typename OnResult>
void UploadRunner::watch(qint64 id, Stage stage, QFuture<T> future, OnResult onResult)
{
    ++m_running[int(stage)];
    auto *watcher = new QFutureWatcher<T>(this);
    m_active.insert(id, watcher);
    if (stage == Stage::Upload) {
        connect(watcher, &QFutureWatcherBase::progressValueChanged, this,
                [this, id, watcher](int kib) {
                    if (m_active.value(id) == watcher)
                        Q_EMIT progressed(id, qint64(kib) * 1024);
                });
    }
    connect(watcher, &QFutureWatcherBase::finished, this, [=, this] {
        watcher->deleteLater();
        --m_running[int(stage)];
        // A failed future is "cancelled" too in Qt; only our own cancel() drops results.
        const bool ours = m_active.value(id) == watcher;
        if (ours) {
            m_active.remove(id);
            try {
                QFuture<T> done = watcher->future();
                done.waitForFinished(); // finished already: rethrows its failure, if any
                if (done.resultCount() == 0)
                    throw StoreError(StoreError::Kind::Cancelled, StoreError::tr("Cancelled."));
                onResult(done.result());
            } catch (const StoreError &e) {
                Q_EMIT failed(id, stage, e);
            } catch (const std::exception &e) {
                Q_EMIT failed(id, stage,
                              StoreError(StoreError::Kind::Server,
                                         StoreError::tr("Unexpected internal error."),
                                         QString::fromUtf8(e.what())));
            }
        }
        Q_EMIT slotFreed();
    });
    watcher->setFuture(future);
}

void UploadRunner::inspect(qint64 id, const QString &path)
{
    auto future =
        QtConcurrent::run(&m_cpu, [inspector = m_inspector, path](QPromise<Inspection> &promise) {
            promise.addResult(guardStoreCall(
                [&] { return inspector.inspect(path, [&] { return promise.isCanceled(); }); }));
        });
    watch(id, Stage::Inspect, future,
          [this, id](const Inspection &result) { Q_EMIT inspected(id, result); });
}

void UploadRunner::check(qint64 id, EntityKind kind, const QString &sha256)
{
    watch(id, Stage::Check, m_store->findByContent(kind, sha256),
          [this, id](const std::optional<Record> &existing) { Q_EMIT checked(id, existing); });
}

void UploadRunner::upload(qint64 id, const QString &path)
{
    watch(id, Stage::Upload, m_store->putMedia(path),
          [this, id](const MediaRef &media) { Q_EMIT uploaded(id, media); });
}

void UploadRunner::create(qint64 id, EntityKind kind, const QVariantMap &values)
{
    watch(id, Stage::Create, m_store->create(kind, values),
          [this, id](const Record &record) { Q_EMIT created(id, record); });
}

void UploadRunner::cancel(qint64 id)
{
    if (QFutureWatcherBase *watcher = m_active.take(id))
        watcher->cancel();
}

} // namespace ne
