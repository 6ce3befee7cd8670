// SPDX-License-Identifier: MIT
#include "SqliteChangeWatcher.h"

#include "SqliteDatabase.h"

#include <QTimer>

namespace ne {

class SqliteChangeWatcher::Worker : public QObject
{
    Q_OBJECT
public:
    Worker(const QString &path, int intervalMs)
        : m_database(path)
        , m_repository(m_database)
        , m_timer(this)
    {
        m_timer.setInterval(intervalMs);
        connect(&m_timer, &QTimer::timeout, this, &Worker::poll);
    }

    void begin()
    {
        try {
            m_version = m_repository.dataVersion();
            m_seq = m_repository.lastChangeSeq();
        } catch (const StoreError &e) {
            Q_EMIT failed(e.message());
        }
        m_timer.start();
    }

    void poll()
    {
        try {
            const qint64 version = m_repository.dataVersion();
            if (version == m_version)
                return;
            m_version = version;
            QList<ChangeEntry> changes = m_repository.changesSince(m_seq, &m_seq);
            if (!changes.isEmpty())
                Q_EMIT rowsChanged(changes);
            if (++m_polls % 200 == 0)
                m_repository.pruneChangeLog(50000);
        } catch (const StoreError &e) {
            Q_EMIT failed(e.message());
        }
    }

    ~Worker() override { m_database.closeAll(); }

Q_SIGNALS:
    void rowsChanged(const QList<ne::ChangeEntry> &changes);
    void failed(const QString &message);

private:
    SqliteDatabase m_database;
    SqliteRepository m_repository;
    QTimer m_timer;
    qint64 m_version = -1;
    qint64 m_seq = 0;
    int m_polls = 0;
};

SqliteChangeWatcher::SqliteChangeWatcher(const QString &path, int intervalMs)
{
    qRegisterMetaType<QList<ne::ChangeEntry>>();
    m_worker = new Worker(path, intervalMs);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &Worker::rowsChanged, this, &SqliteChangeWatcher::rowsChanged);
    connect(m_worker, &Worker::failed, this, &SqliteChangeWatcher::failed);
    m_thread.setObjectName(QStringLiteral("sqlite-watcher"));
    m_thread.start();
}

SqliteChangeWatcher::~SqliteChangeWatcher()
{
    m_thread.quit();
    m_thread.wait();
}

void SqliteChangeWatcher::start()
{
    QMetaObject::invokeMethod(m_worker, &Worker::begin, Qt::QueuedConnection);
}

} // namespace ne

#include "SqliteChangeWatcher.moc"
