// SPDX-License-Identifier: MIT
#include "UploadQueue.h"

#include "UploadJournal.h"
#include "UploadRecordDraft.h"
#include "store/Store.h"

#include <QSet>

namespace ne {

namespace {
using S = UploadItem::State;
constexpr qint64 kThumbnailCacheKiB = 48 * 1024;

bool isRunning(S s)
{
    return s == S::Inspecting || s == S::Checking || s == S::Uploading || s == S::Creating;
}
} // namespace

UploadQueue::UploadQueue(Store *store, UploadJournal *journal, Options options, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_options(options)
    , m_runner(store, FileInspector(options.limits, options.thumbnailSize), options.cpuThreads)
    , m_thumbnails(kThumbnailCacheKiB)
{
    m_clock.start();
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &UploadQueue::schedulePump);
    connect(&m_walker, &FolderWalker::filesFound, this, &UploadQueue::appendFiles);
    connect(&m_walker, &FolderWalker::problemFound, this, &UploadQueue::appendProblem);
    connect(&m_walker, &FolderWalker::walkingChanged, this, [this](bool walking) {
        Q_EMIT walkingChanged(walking);
        if (!walking)
            finishBatchIfIdle();
    });
    connect(&m_runner, &UploadRunner::inspected, this, &UploadQueue::onInspected);
    connect(&m_runner, &UploadRunner::checked, this, &UploadQueue::onChecked);
    connect(&m_runner, &UploadRunner::progressed, this, &UploadQueue::onProgressed);
    connect(&m_runner, &UploadRunner::uploaded, this, &UploadQueue::onUploaded);
    connect(&m_runner, &UploadRunner::created, this, &UploadQueue::onCreated);
    connect(&m_runner, &UploadRunner::failed, this, &UploadQueue::onFailed);
    connect(&m_runner, &UploadRunner::slotFreed, this, &UploadQueue::schedulePump);
}

UploadQueue::~UploadQueue()
{
    m_walker.cancel();
    if (m_journal)
        m_journal->flush();
}

QFuture<void> UploadQueue::restore()
{
    if (!m_journal)
        return QtFuture::makeReadyFuture();
    return m_journal->load().then(this, [this](QList<UploadItem> items) {
        for (UploadItem &item : items) {
            if (item.state == S::Uploading || item.state == S::Creating)
                item.interrupted = true;
            // Unfinished files start again from the file: it may have changed meanwhile.
            if (!item.isFinished()) {
                item.state = S::Queued;
                item.bytesDone = 0;
            }
            m_nextId = std::max(m_nextId, item.id + 1);
        }
        insert(std::move(items));
    });
}

void UploadQueue::addPaths(const QStringList &paths)
{
    m_walker.walk(paths);
}

void UploadQueue::appendFiles(const QList<FoundFile> &files)
{
    QList<UploadItem> items;
    items.reserve(files.size());
    for (const FoundFile &file : files) {
        UploadItem item;
        item.id = m_nextId++;
        item.path = file.path;
        item.size = file.size;
        items.append(item);
    }
    if (m_journal)
        m_journal->save(items);
    insert(std::move(items));
}

void UploadQueue::appendProblem(const QString &path, const QString &message)
{
    UploadItem item;
    item.id = m_nextId++;
    item.path = path;
    item.state = S::Failed;
    item.message = message;
    if (m_journal)
        m_journal->save(item);
    beginBatch();
    ++m_batch[2];
    insert({item});
}

void UploadQueue::insert(QList<UploadItem> items)
{
    if (items.isEmpty())
        return;
    const int first = count();
    for (UploadItem &item : items) {
        m_rows.insert(item.id, int(m_items.size()));
        ++m_stateCounts[int(item.state)];
        m_items.append(std::move(item));
    }
    beginBatch();
    Q_EMIT rowsInserted(first, count() - 1);
    schedulePump();
}

void UploadQueue::beginBatch()
{
    if (m_batchActive)
        return;
    m_batchActive = true;
    m_batch[0] = m_batch[1] = m_batch[2] = 0;
    m_rate.reset();
    m_processedBytes = 0;
}

UploadItem *UploadQueue::find(qint64 id)
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_items[row];
}

QImage UploadQueue::thumbnail(qint64 id) const
{
    const QImage *image = m_thumbnails.object(id);
    return image ? *image : QImage();
}

void UploadQueue::setState(UploadItem &item, S state, const QString &message)
{
    --m_stateCounts[int(item.state)];
    ++m_stateCounts[int(state)];
    item.state = state;
    item.message = message;
    if (state == S::Queued)
        m_queuedHint = std::min(m_queuedHint, rowOf(item.id));
    if (item.isFinished()) {
        item.finishedMs = nowMs();
        const int slot = state == S::Done ? 0 : state == S::Duplicate ? 1 : 2;
        ++m_batch[slot];
    }
}

void UploadQueue::changed(const UploadItem &item, bool persist)
{
    if (persist && m_journal)
        m_journal->save(item);
    Q_EMIT rowChanged(rowOf(item.id));
}

void UploadQueue::schedulePump()
{
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(this, &UploadQueue::pump, Qt::QueuedConnection);
}

void UploadQueue::pump()
{
    m_pumpScheduled = false;
    if (!m_paused) {
        using St = UploadRunner::Stage;
        while (m_runner.running(St::Inspect) < m_options.cpuThreads &&
               m_stateCounts.value(int(S::Ready)) < m_options.maxReady) {
            const int row = nextQueued();
            if (row < 0)
                break;
            UploadItem &item = m_items[row];
            setState(item, S::Inspecting);
            changed(item, false);
            m_runner.inspect(item.id, item.path);
        }
        const qint64 now = nowMs();
        while (m_runner.running(St::Check) + m_runner.running(St::Upload) +
                   m_runner.running(St::Create) <
               m_options.maxUploads) {
            UploadItem *item = nextReady(now);
            if (!item)
                break;
            startCheck(*item);
        }
    }
    finishBatchIfIdle();
}

int UploadQueue::nextQueued()
{
    for (int row = m_queuedHint; row < count(); ++row) {
        if (m_items.at(row).state == S::Queued) {
            m_queuedHint = row + 1;
            return row;
        }
    }
    m_queuedHint = count();
    return -1;
}

UploadItem *UploadQueue::nextReady(qint64 now)
{
    qint64 earliest = -1;
    for (int i = 0; i < m_ready.size();) {
        UploadItem *item = find(m_ready.at(i));
        if (!item || item->state != S::Ready) {
            m_ready.removeAt(i); // cancelled or cleared meanwhile
            continue;
        }
        if (item->notBeforeMs <= now) {
            m_ready.removeAt(i);
            return item;
        }
        earliest = earliest < 0 ? item->notBeforeMs : std::min(earliest, item->notBeforeMs);
        ++i;
    }
    if (earliest >= 0 && !m_retryTimer.isActive())
        m_retryTimer.start(int(earliest - now));
    return nullptr;
}

void UploadQueue::startCheck(UploadItem &item)
{
    const qint64 owner = m_claims.value(item.sha256);
    if (const UploadItem *first = owner != item.id ? find(owner) : nullptr) {
        if (first->state == S::Done || first->state == S::Duplicate) {
            item.recordId = first->recordId;
            setState(item, S::Duplicate,
                     tr("Same file as %1, added just before.").arg(first->fileName()));
            changed(item, true);
            return;
        }
        setState(item, S::Waiting,
                 tr("Waits for %1, which has the same content.").arg(first->fileName()));
        changed(item, false);
        return;
    }
    m_claims.insert(item.sha256, item.id);
    setState(item, S::Checking);
    changed(item, false);
    m_runner.check(item.id, item.kind, item.sha256);
}

void UploadQueue::release(const UploadItem &item)
{
    if (item.sha256.isEmpty() || m_claims.value(item.sha256) != item.id)
        return;
    m_claims.remove(item.sha256);
    // Identical files that waited for this one get their turn.
    for (UploadItem &other : m_items) {
        if (other.state == S::Waiting && other.sha256 == item.sha256) {
            setState(other, S::Ready);
            m_ready.prepend(other.id);
            changed(other, false);
        }
    }
    schedulePump();
}

void UploadQueue::settleWaiting(const UploadItem &item)
{
    for (UploadItem &other : m_items) {
        if (other.state == S::Waiting && other.sha256 == item.sha256) {
            other.recordId = item.recordId;
            setState(other, S::Duplicate,
                     tr("Same file as %1, added just before.").arg(item.fileName()));
            changed(other, true);
        }
    }
}

void UploadQueue::onInspected(qint64 id, const Inspection &inspection)
{
    UploadItem *item = find(id);
    if (!item || item->state != S::Inspecting)
        return;
    item->kind = inspection.kind;
    item->mimeType = inspection.mimeType;
    item->size = inspection.size;
    item->sha256 = inspection.sha256;
    item->pixelSize = inspection.pixelSize;
    if (!inspection.thumbnail.isNull())
        m_thumbnails.insert(id, new QImage(inspection.thumbnail),
                            std::max<qint64>(1, inspection.thumbnail.sizeInBytes() / 1024));
    setState(*item, S::Ready);
    m_ready.append(id);
    changed(*item, false);
    schedulePump();
}

void UploadQueue::onChecked(qint64 id, const std::optional<Record> &existing)
{
    UploadItem *item = find(id);
    if (!item || item->state != S::Checking)
        return;
    if (existing) {
        item->recordId = existing->id();
        item->bytesDone = item->size;
        m_processedBytes += item->size;
        m_rate.sample(nowMs(), m_processedBytes);
        // After a crash, or a connection lost while the record was being created, the
        // row found is the one this file became.
        if (item->interrupted)
            setState(*item, S::Done, tr("Finished after an interruption."));
        else
            setState(*item, S::Duplicate,
                     tr("Already in the library as “%1”.")
                         .arg(existing->value(QStringLiteral("title")).toString()));
        changed(*item, true);
        return;
    }
    setState(*item, S::Uploading);
    item->startedMs = nowMs();
    item->finishedMs = 0;
    item->bytesDone = 0;
    changed(*item, true); // a crash from here on must look for this file's record
    m_runner.upload(id, item->path);
}

void UploadQueue::onProgressed(qint64 id, qint64 bytes)
{
    UploadItem *item = find(id);
    if (!item || item->state != S::Uploading)
        return;
    bytes = std::min(bytes, item->size);
    m_processedBytes += std::max<qint64>(0, bytes - item->bytesDone);
    item->bytesDone = bytes;
    m_rate.sample(nowMs(), m_processedBytes);
    changed(*item, false);
}

void UploadQueue::onUploaded(qint64 id, const MediaRef &media)
{
    UploadItem *item = find(id);
    if (!item || item->state != S::Uploading)
        return;
    m_processedBytes += std::max<qint64>(0, item->size - item->bytesDone);
    item->bytesDone = item->size;
    m_rate.sample(nowMs(), m_processedBytes);
    if (media.sha256 != item->sha256) {
        setState(*item, S::Failed,
                 tr("%1 changed after it was checked; it was not added. Retry "
                    "to upload it as it is now.")
                     .arg(item->fileName()));
        release(*item);
        changed(*item, true);
        return;
    }
    setState(*item, S::Creating);
    changed(*item, false);
    m_runner.create(id, item->kind, UploadRecordDraft::values(*item, media));
}

void UploadQueue::onCreated(qint64 id, const Record &record)
{
    UploadItem *item = find(id);
    if (!item || item->state != S::Creating)
        return;
    item->recordId = record.id();
    item->attempts = 0;
    setState(*item, S::Done);
    changed(*item, true);
    settleWaiting(*item);
}

void UploadQueue::onFailed(qint64 id, UploadRunner::Stage stage, const StoreError &error)
{
    UploadItem *item = find(id);
    if (!item || item->isFinished() || item->state == S::Queued || item->state == S::Ready)
        return;
    release(*item);
    item->bytesDone = 0;
    // The connection may have gone after the record's commit and before the answer: the
    // retry's duplicate lookup then finds this file's own record.
    if (stage == UploadRunner::Stage::Create)
        item->interrupted = true;
    if (error.kind() == StoreError::Kind::Unavailable && stage != UploadRunner::Stage::Inspect &&
        ++item->attempts < m_options.maxAttempts) {
        const qint64 delay =
            std::min<qint64>(m_options.maxBackoffMs, 1000LL << std::min(item->attempts, 15));
        item->notBeforeMs = nowMs() + delay;
        setState(*item, S::Ready,
                 tr("The backend is unavailable (%1) Trying again in %2 s.")
                     .arg(error.message())
                     .arg((delay + 999) / 1000));
        m_ready.append(id);
        changed(*item, false);
        schedulePump();
        return;
    }
    if (error.kind() == StoreError::Kind::Cancelled)
        setState(*item, S::Cancelled);
    else
        setState(*item, S::Failed, error.message());
    changed(*item, true);
}

void UploadQueue::pause()
{
    if (m_paused)
        return;
    m_paused = true;
    Q_EMIT pausedChanged(true);
}

void UploadQueue::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    Q_EMIT pausedChanged(false);
    schedulePump();
}

void UploadQueue::cancel(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        UploadItem *item = find(id);
        // A record being created is a moment from existing; cancelling it could leave a
        // row the list would not show.
        if (!item || item->isFinished() || item->state == S::Creating)
            continue;
        m_runner.cancel(id);
        release(*item);
        item->bytesDone = 0;
        setState(*item, S::Cancelled);
        changed(*item, true);
    }
    schedulePump();
}

void UploadQueue::cancelAll()
{
    m_walker.cancel();
    QList<qint64> ids;
    for (const UploadItem &item : std::as_const(m_items)) {
        if (!item.isFinished())
            ids.append(item.id);
    }
    cancel(ids);
}

void UploadQueue::retry(const QList<qint64> &ids)
{
    QList<UploadItem> saved;
    for (qint64 id : ids) {
        UploadItem *item = find(id);
        if (!item || !item->isRetryable())
            continue;
        beginBatch();
        item->attempts = 0;
        item->bytesDone = 0;
        item->notBeforeMs = 0;
        setState(*item, S::Queued);
        saved.append(*item);
        Q_EMIT rowChanged(rowOf(id));
    }
    if (m_journal)
        m_journal->save(saved);
    schedulePump();
}

void UploadQueue::retryFailed()
{
    QList<qint64> ids;
    for (const UploadItem &item : std::as_const(m_items)) {
        if (item.isRetryable())
            ids.append(item.id);
    }
    retry(ids);
}

void UploadQueue::clearFinished()
{
    QList<qint64> removed;
    QSet<qint64> gone;
    QList<UploadItem> kept;
    for (UploadItem &item : m_items) {
        if (item.state == S::Done || item.state == S::Duplicate || item.state == S::Cancelled) {
            removed.append(item.id);
            gone.insert(item.id);
        } else
            kept.append(std::move(item));
    }
    if (removed.isEmpty())
        return;
    for (qint64 id : std::as_const(removed))
        m_thumbnails.remove(id);
    for (auto it = m_claims.begin(); it != m_claims.end();)
        it = gone.contains(it.value()) ? m_claims.erase(it) : std::next(it);
    m_items = std::move(kept);
    m_rows.clear();
    m_stateCounts.clear();
    for (int row = 0; row < count(); ++row) {
        m_rows.insert(m_items.at(row).id, row);
        ++m_stateCounts[int(m_items.at(row).state)];
    }
    m_queuedHint = 0;
    if (m_journal)
        m_journal->remove(removed);
    Q_EMIT rowsReset();
}

void UploadQueue::setEdits(const QList<qint64> &ids, const QVariantMap &edits)
{
    QList<UploadItem> saved;
    for (qint64 id : ids) {
        UploadItem *item = find(id);
        if (!item || item->state == S::Creating || item->state == S::Done ||
            item->state == S::Duplicate)
            continue;
        item->edits.insert(edits);
        saved.append(*item);
        Q_EMIT rowChanged(rowOf(id));
    }
    if (m_journal)
        m_journal->save(saved);
}

bool UploadQueue::isIdle() const
{
    if (m_walker.isWalking())
        return false;
    for (S s :
         {S::Queued, S::Inspecting, S::Ready, S::Waiting, S::Checking, S::Uploading, S::Creating}) {
        if (m_stateCounts.value(int(s)) > 0)
            return false;
    }
    return true;
}

void UploadQueue::finishBatchIfIdle()
{
    if (!m_batchActive || !isIdle())
        return;
    m_batchActive = false;
    Q_EMIT batchFinished(m_batch[0], m_batch[1], m_batch[2]);
}

UploadQueue::Totals UploadQueue::totals() const
{
    Totals t;
    t.count = count();
    for (const UploadItem &item : m_items) {
        switch (item.state) {
        case S::Done:
        case S::Duplicate:
            ++(item.state == S::Done ? t.done : t.duplicates);
            t.bytesTotal += item.size;
            t.bytesDone += item.size;
            break;
        case S::Failed:
        case S::Cancelled:
            ++t.failed;
            break;
        default:
            ++t.active;
            t.bytesTotal += item.size;
            t.bytesDone += isRunning(item.state) ? item.bytesDone : 0;
        }
    }
    t.finished = t.done + t.duplicates + t.failed;
    t.bytesPerSecond = m_rate.bytesPerSecond();
    t.secondsLeft = t.active > 0 ? m_rate.secondsLeft(t.bytesTotal - t.bytesDone) : 0;
    return t;
}

} // namespace ne
