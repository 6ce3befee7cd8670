// SPDX-License-Identifier: MIT
#pragma once

#include "FileInspector.h"
#include "schema/Record.h"
#include "store/MediaRef.h"
#include "store/StoreError.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <optional>

namespace ne {

class Store;

/// Runs the stages of one file at a time for UploadQueue: inspection on the cpu pool, the
/// duplicate lookup, Store::putMedia and the record's creation on the backend. Each
/// outcome comes back as a signal on the UI thread, tagged with the item's id. A
/// cancelled stage reports nothing; its slot is released only once the work really ends,
/// so concurrency stays bounded even while cancelled uploads wind down.
class UploadRunner : public QObject
{
    Q_OBJECT
public:
    enum class Stage
    {
        Inspect,
        Check,
        Upload,
        Create
    };

    UploadRunner(Store *store, FileInspector inspector, int cpuThreads, QObject *parent = nullptr);
    ~UploadRunner() override;

    void inspect(qint64 id, const QString &path);
    void check(qint64 id, EntityKind kind, const QString &sha256);
    void upload(qint64 id, const QString &path);
    void create(qint64 id, EntityKind kind, const QVariantMap &values);
    /// Stops the item's running stage; it reports nothing afterwards.
    void cancel(qint64 id);
    /// Stages still running (including cancelled ones winding down).
    int running(Stage stage) const { return m_running[int(stage)]; }

Q_SIGNALS:
    void inspected(qint64 id, const ne::Inspection &inspection);
    /// existing: the library's row holding the same bytes, if any.
    void checked(qint64 id, const std::optional<ne::Record> &existing);
    void progressed(qint64 id, qint64 bytesDone);
    void uploaded(qint64 id, const ne::MediaRef &media);
    void created(qint64 id, const ne::Record &record);
    void failed(qint64 id, ne::UploadRunner::Stage stage, const ne::StoreError &error);
    /// A stage ended (whatever the outcome): a slot is free.
    void slotFreed();

private:
    template<typename T, typename OnResult>
    void watch(qint64 id, Stage stage, QFuture<T> future, OnResult onResult);

    Store *m_store;
    FileInspector m_inspector;
    QThreadPool m_cpu;
    QHash<qint64, QFutureWatcherBase *> m_active; ///< by item id, for cancel
    int m_running[4] = {0, 0, 0, 0};
};

} // namespace ne
