// SPDX-License-Identifier: MIT
#pragma once

#include "SqliteRepository.h"

#include <QObject>
#include <QThread>
#include <memory>

class QTimer;

namespace ne {

/// Notices writes by other processes to the same workspace. Lives on its own thread
/// with its own connection, because PRAGMA data_version is per connection: it moves
/// exactly when another connection commits. Then the change log says which rows.
class SqliteChangeWatcher : public QObject
{
    Q_OBJECT
public:
    SqliteChangeWatcher(const QString &path, int intervalMs);
    ~SqliteChangeWatcher() override;

    /// Starts polling on the watcher's thread.
    void start();

Q_SIGNALS:
    void rowsChanged(const QList<ne::ChangeEntry> &changes);
    void failed(const QString &message);

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker = nullptr; // owned by m_thread (deleteLater on finish)
};

} // namespace ne

Q_DECLARE_METATYPE(QList<ne::ChangeEntry>)
