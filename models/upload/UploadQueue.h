// SPDX-License-Identifier: MIT
#pragma once

#include "FileInspector.h"
#include "FolderWalker.h"
#include "TransferRate.h"
#include "UploadItem.h"
#include "UploadRunner.h"

#include <QCache>
#include <QElapsedTimer>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QThread>
#include <QTimer>

namespace ne {

class Store;
class UploadJournal;

/// The bulk upload queue: files and folders in, records out. Each file is inspected on
/// the cpu pool, looked up by SHA-256 (a file already in the library is linked, never
/// duplicated; identical files in one batch are uploaded once), streamed through
/// Store::putMedia with bounded concurrency, then becomes a record. A backend that goes
/// away is retried with back-off; every other fault fails only its own file, with a
/// message. With a journal, the queue survives quitting and crashing. UI thread only.
class UploadQueue : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        UploadLimits limits;
        int maxUploads = 3;
        int cpuThreads = QThread::idealThreadCount();
        QSize thumbnailSize{96, 96};
        int maxReady = 64;   ///< inspected files waiting for an upload slot (look-ahead)
        int maxAttempts = 8; ///< "backend unavailable" retries before a file fails
        qint64 maxBackoffMs = 30000;
    };

    /// What the status bar shows. Bytes count files done, linked and in flight.
    struct Totals
    {
        int count = 0;
        int finished = 0;
        int done = 0;
        int duplicates = 0;
        int failed = 0; ///< failed or cancelled
        int active = 0; ///< not finished yet
        qint64 bytesTotal = 0;
        qint64 bytesDone = 0;
        double bytesPerSecond = 0;
        qint64 secondsLeft = -1;
    };

    /// journal may be null (nothing persisted). store and journal must outlive the queue.
    UploadQueue(Store *store, UploadJournal *journal, Options options, QObject *parent = nullptr);
    ~UploadQueue() override;

    /// Loads the journal's items; unfinished ones continue. Call once, before adding.
    QFuture<void> restore();
    /// Files and folders (walked on a worker thread) join the queue in batches.
    void addPaths(const QStringList &paths);

    int count() const { return int(m_items.size()); }
    const UploadItem &at(int row) const { return m_items.at(row); }
    int rowOf(qint64 id) const { return m_rows.value(id, -1); }
    /// The preview made while inspecting; null when evicted or not an image.
    QImage thumbnail(qint64 id) const;
    Totals totals() const;
    bool isPaused() const { return m_paused; }
    bool isWalking() const { return m_walker.isWalking(); }
    /// Nothing queued, running or being walked.
    bool isIdle() const;
    qint64 nowMs() const { return m_clock.elapsed(); }

public Q_SLOTS:
    /// Starts nothing new; files in flight finish.
    void pause();
    void resume();
    void cancel(const QList<qint64> &ids);
    void cancelAll();
    void retry(const QList<qint64> &ids);
    void retryFailed();
    /// Removes done, linked and cancelled files from the list (failed ones stay).
    void clearFinished();
    /// Batch edits (UploadRecordDraft keys) for files whose record is not created yet.
    void setEdits(const QList<qint64> &ids, const QVariantMap &edits);

Q_SIGNALS:
    void rowsInserted(int first, int last);
    void rowChanged(int row);
    void rowsReset();
    void pausedChanged(bool paused);
    void walkingChanged(bool walking);
    /// The queue ran dry: counts since the batch started.
    void batchFinished(int done, int duplicates, int failed);

private:
    void appendFiles(const QList<FoundFile> &files);
    void appendProblem(const QString &path, const QString &message);
    void insert(QList<UploadItem> items);
    void beginBatch();
    void setState(UploadItem &item, UploadItem::State state, const QString &message = {});
    void changed(const UploadItem &item, bool persist);
    UploadItem *find(qint64 id);
    void schedulePump();
    void pump();
    int nextQueued();
    UploadItem *nextReady(qint64 now);
    void startCheck(UploadItem &item);
    void release(const UploadItem &item);
    /// Identical files that waited for item (now done or linked) link to its record.
    void settleWaiting(const UploadItem &item);
    void finishBatchIfIdle();

    void onInspected(qint64 id, const Inspection &inspection);
    void onChecked(qint64 id, const std::optional<Record> &existing);
    void onProgressed(qint64 id, qint64 bytes);
    void onUploaded(qint64 id, const MediaRef &media);
    void onCreated(qint64 id, const Record &record);
    void onFailed(qint64 id, UploadRunner::Stage stage, const StoreError &error);

    UploadJournal *m_journal;
    Options m_options;
    UploadRunner m_runner;
    FolderWalker m_walker;
    QList<UploadItem> m_items;
    QHash<qint64, int> m_rows;
    QList<qint64> m_ready;           ///< Ready items in order
    QHash<QString, qint64> m_claims; ///< sha256 -> the item uploading or holding it
    QCache<qint64, QImage> m_thumbnails;
    QHash<int, int> m_stateCounts;
    qint64 m_nextId = 1;
    int m_queuedHint = 0; ///< no Queued item before this row
    bool m_paused = false;
    bool m_pumpScheduled = false;
    bool m_batchActive = false;
    int m_batch[3] = {0, 0, 0}; ///< done, duplicates, failed since the batch started
    qint64 m_processedBytes = 0;
    QElapsedTimer m_clock;
    TransferRate m_rate;
    QTimer m_retryTimer;
};

} // namespace ne
