// SPDX-License-Identifier: MIT
#include "FolderWalker.h"

#include "concurrency/PoolRun.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>

namespace ne {

namespace {
/// A partial batch is sent after this long, so the first files show at once.
constexpr qint64 kFlushMs = 100;
} // namespace

/// One walk on the worker thread: depth-first, folders in name order, batches flushed by
/// size or age. Stops as soon as the generation moves on (cancel or destruction).
class FolderWalker::Walk
{
    Q_DECLARE_TR_FUNCTIONS(ne::FolderWalker)
public:
    Walk(FolderWalker *owner, quint64 generation)
        : m_owner(owner)
        , m_generation(generation)
        , m_current(owner->m_generation)
    {
        m_age.start();
    }

    void run(const QStringList &paths)
    {
        for (const QString &path : paths) {
            if (stopped())
                return;
            const QFileInfo info(path);
            if (info.isDir())
                walkFolder(info);
            else if (info.exists() || info.isSymLink())
                add(info);
            else
                report(path, tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)));
        }
        flush();
    }

private:
    bool stopped() const { return m_current->load() != m_generation; }

    void walkFolder(const QFileInfo &root)
    {
        QList<QString> stack{root.absoluteFilePath()};
        while (!stack.isEmpty() && !stopped()) {
            const QString folder = stack.takeLast();
            const QString canonical = QFileInfo(folder).canonicalFilePath();
            if (m_visited.contains(canonical)) {
                report(folder, tr("%1 was skipped: a link leads back to a folder already added.")
                                   .arg(QDir::toNativeSeparators(folder)));
                continue;
            }
            m_visited.insert(canonical);
            const QDir dir(folder);
            if (!dir.isReadable()) {
                report(folder, tr("The folder %1 cannot be read (no permission).")
                                   .arg(QDir::toNativeSeparators(folder)));
                continue;
            }
            const QFileInfoList entries =
                dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::System,
                                  QDir::Name | QDir::DirsLast);
            QStringList subfolders;
            for (const QFileInfo &entry : entries) {
                if (entry.isDir())
                    subfolders.append(entry.absoluteFilePath());
                else
                    add(entry);
            }
            // Reversed onto the stack so folders are walked in name order.
            for (auto it = subfolders.crbegin(); it != subfolders.crend(); ++it)
                stack.append(*it);
        }
    }

    void add(const QFileInfo &file)
    {
        m_batch.append({file.absoluteFilePath(), file.size()});
        if (m_batch.size() >= kBatchSize || m_age.elapsed() >= kFlushMs)
            flush();
    }

    void flush()
    {
        m_age.restart();
        if (m_batch.isEmpty() || stopped())
            return;
        QMetaObject::invokeMethod(m_owner, [owner = m_owner, files = std::move(m_batch),
                                            g = m_generation] { owner->deliver(files, g); });
        m_batch.clear();
    }

    void report(const QString &path, const QString &message)
    {
        QMetaObject::invokeMethod(m_owner, [owner = m_owner, path, message, g = m_generation] {
            owner->report(path, message, g);
        });
    }

    FolderWalker *m_owner;
    quint64 m_generation;
    std::shared_ptr<std::atomic<quint64>> m_current;
    QSet<QString> m_visited;
    QList<FoundFile> m_batch;
    QElapsedTimer m_age;
};

FolderWalker::FolderWalker(QObject *parent)
    : QObject(parent)
    , m_generation(std::make_shared<std::atomic<quint64>>(1))
{
    m_thread.setMaxThreadCount(1);
    m_thread.setObjectName(QStringLiteral("folder-walker"));
}

FolderWalker::~FolderWalker()
{
    ++*m_generation;
    m_thread.waitForDone();
}

void FolderWalker::walk(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (m_pending++ == 0)
        Q_EMIT walkingChanged(true);
    const quint64 generation = m_generation->load();
    runOnPool(&m_thread, [this, paths, generation] {
        Walk(this, generation).run(paths);
    }).then(this, [this] {
        if (--m_pending == 0)
            Q_EMIT walkingChanged(false);
    });
}

void FolderWalker::cancel()
{
    ++*m_generation;
}

void FolderWalker::deliver(const QList<FoundFile> &files, quint64 generation)
{
    if (generation == m_generation->load())
        Q_EMIT filesFound(files);
}

void FolderWalker::report(const QString &path, const QString &message, quint64 generation)
{
    if (generation == m_generation->load())
        Q_EMIT problemFound(path, message);
}

} // namespace ne
