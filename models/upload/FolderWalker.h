// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <atomic>
#include <memory>

namespace ne {

/// A file found by FolderWalker, with the size the listing gave for free.
struct FoundFile
{
    QString path;
    qint64 size = 0;
};

/// Turns dropped files and folders into files, walking folders on its own worker thread
/// and handing them over in batches, so a 10,000-file folder fills the queue within
/// seconds without freezing the window. Hidden files inside folders are skipped, symbolic
/// links to folders are followed once (a link loop is reported, not walked forever).
/// Lives on the UI thread; signals arrive there.
class FolderWalker : public QObject
{
    Q_OBJECT
public:
    explicit FolderWalker(QObject *parent = nullptr);
    /// Cancels and waits for the worker: no signal arrives after destruction.
    ~FolderWalker() override;

    /// Walks paths (files pass through as they are) after any walk already running.
    void walk(const QStringList &paths);
    /// Stops every walk; files already reported stay reported.
    void cancel();
    bool isWalking() const { return m_pending > 0; }

    /// Files per batch: large enough to keep signals rare, small enough to show fast.
    static constexpr int kBatchSize = 500;

Q_SIGNALS:
    void filesFound(const QList<ne::FoundFile> &files);
    /// A path that cannot be walked (unreadable folder, link loop, missing).
    void problemFound(const QString &path, const QString &message);
    void walkingChanged(bool walking);

private:
    class Walk;
    void deliver(const QList<FoundFile> &files, quint64 generation);
    void report(const QString &path, const QString &message, quint64 generation);

    QThreadPool m_thread;
    std::shared_ptr<std::atomic<quint64>> m_generation;
    int m_pending = 0;
};

} // namespace ne

Q_DECLARE_METATYPE(ne::FoundFile)
