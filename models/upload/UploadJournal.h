// SPDX-License-Identifier: MIT
#pragma once

#include "UploadItem.h"

#include <QFuture>
#include <QList>
#include <QMutex>
#include <QString>
#include <QThreadPool>
#include <variant>

namespace ne {

/// The upload queue on disk: a small local SQLite file, so that quitting or crashing
/// mid-batch loses nothing and the next start continues where it was. Writes are queued
/// and applied in order by one private thread, several per transaction, so the UI thread
/// never waits on the disk. Progress within a file is not written, only state changes.
class UploadJournal
{
public:
    /// path of the SQLite file (created with its folder if missing).
    explicit UploadJournal(QString path);
    /// Writes what is queued, then closes the file.
    ~UploadJournal();
    UploadJournal(const UploadJournal &) = delete;
    UploadJournal &operator=(const UploadJournal &) = delete;

    const QString &path() const { return m_path; }
    /// Every item saved, in the order added. Throws StoreError(Server) through the future
    /// if the file cannot be opened.
    QFuture<QList<UploadItem>> load();
    /// Inserts or replaces items (by id).
    void save(const QList<UploadItem> &items);
    void save(const UploadItem &item) { save(QList<UploadItem>{item}); }
    void remove(const QList<qint64> &ids);
    /// Waits until everything queued is on disk (tests, shutdown).
    void flush();
    /// The last write error, empty when all went well.
    QString lastError() const;

private:
    using Op = std::variant<QList<UploadItem>, QList<qint64>>;
    void enqueue(Op op);
    void writePending();

    QString m_path;
    QString m_connection;
    QThreadPool m_thread;
    mutable QMutex m_mutex;
    QList<Op> m_pending;
    bool m_scheduled = false;
    QString m_lastError;
};

} // namespace ne
