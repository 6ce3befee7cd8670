// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QCache>
#include <QIcon>
#include <QPixmap>
#include <QSet>
#include <QTimer>

namespace ne {

class UploadQueue;

/// The upload queue as a table: one row per file. Progress changes arrive many times a
/// second per file; they are gathered and repainted at most every 100 ms so the UI thread
/// stays free whatever the batch size.
class UploadTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        SizeColumn,
        StateColumn,
        ProgressColumn,
        SpeedColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        ProgressRole, ///< 0..1000, or -1 when not started
        StateRole,    ///< UploadItem::State as int
    };

    explicit UploadTableModel(UploadQueue *queue, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    UploadQueue *queue() const { return m_queue; }

private:
    QVariant display(int row, int column) const;
    QVariant decoration(int row) const;
    void markDirty(int row);
    void flush();

    UploadQueue *m_queue;
    int m_rows = 0;
    QSet<int> m_dirty;
    /// Scaled once per file: views ask for decorations on every repaint.
    mutable QCache<qint64, QPixmap> m_pixmaps;
    QTimer m_flush;
    QIcon m_imageIcon;
    QIcon m_videoIcon;
    QIcon m_errorIcon;
};

} // namespace ne
