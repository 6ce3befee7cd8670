// SPDX-License-Identifier: MIT
#pragma once

#include "AdminPage.h"

#include <QPointer>
#include <QTimer>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace ne {

class MessageBar;
class Store;
class UploadNotifier;
class UploadQueue;
class UploadStatusWidget;
class UploadTableModel;

/// The Uploads page: the queue as a table (thumbnail, name, size, state, progress, speed,
/// message), add files or a folder, pause, resume, cancel, retry, clear, and a batch edit
/// for many rows. Files and folders can be dropped on it. Sees only the queue and the
/// Store interface.
class UploadsPage : public AdminPage
{
    Q_OBJECT
public:
    UploadsPage(UploadQueue *queue, Store *store, MessageBar *messages, QWidget *parent = nullptr);
    ~UploadsPage() override;

    QString title() const override;
    QIcon icon() const override;

    /// Queues files and folders (drops, "Open with", the add buttons).
    void addPaths(const QStringList &paths);
    /// The status bar's progress widget; the page deletes it when it goes.
    UploadStatusWidget *statusWidget() const;
    QTableView *tableView() const { return m_table; }

private:
    QWidget *buildToolbar();
    QWidget *buildEmptyState();
    void chooseFiles(bool folder);
    void editSelected();
    void applyToRecords(const QList<qint64> &ids, const QVariantMap &edits);
    QList<qint64> selectedIds() const;
    void refresh();
    void onBatchFinished(int done, int duplicates, int failed);

    UploadQueue *m_queue;
    Store *m_store;
    MessageBar *m_messages;
    UploadTableModel *m_model;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QPushButton *m_pause;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_clear;
    QPushButton *m_edit;
    QProgressBar *m_overall;
    QLabel *m_summary;
    QPointer<UploadStatusWidget> m_statusWidget;
    UploadNotifier *m_notifier;
    QTimer m_refresh;
};

} // namespace ne
