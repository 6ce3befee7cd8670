// SPDX-License-Identifier: MIT
#include "UploadTableModel.h"

#include "shell/Icons.h"
#include "upload/UploadQueue.h"
#include "upload/UploadTotalsText.h"

#include <QColor>
#include <QDir>
#include <QPixmap>

namespace ne {

namespace {
constexpr int kFlushMs = 100;
constexpr int kThumbnailSide = 40;
constexpr int kPixmapCacheRows = 2000;
using S = UploadItem::State;
} // namespace

UploadTableModel::UploadTableModel(UploadQueue *queue, QObject *parent)
    : QAbstractTableModel(parent)
    , m_queue(queue)
    , m_rows(queue->count())
    , m_imageIcon(Icons::get("images"))
    , m_videoIcon(Icons::get("videos"))
    , m_errorIcon(Icons::get("error"))
{
    m_pixmaps.setMaxCost(kPixmapCacheRows);
    m_flush.setInterval(kFlushMs);
    m_flush.setSingleShot(true);
    connect(&m_flush, &QTimer::timeout, this, &UploadTableModel::flush);
    connect(queue, &UploadQueue::rowsInserted, this, [this](int first, int last) {
        beginInsertRows({}, first, last);
        m_rows = m_queue->count();
        endInsertRows();
    });
    connect(queue, &UploadQueue::rowsReset, this, [this] {
        beginResetModel();
        m_dirty.clear();
        m_rows = m_queue->count();
        endResetModel();
    });
    connect(queue, &UploadQueue::rowChanged, this, &UploadTableModel::markDirty);
}

int UploadTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int UploadTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void UploadTableModel::markDirty(int row)
{
    if (row < 0 || row >= m_rows)
        return;
    m_dirty.insert(row);
    if (!m_flush.isActive())
        m_flush.start();
}

void UploadTableModel::flush()
{
    if (m_dirty.isEmpty())
        return;
    int first = m_rows;
    int last = -1;
    for (int row : std::as_const(m_dirty)) {
        first = std::min(first, row);
        last = std::max(last, row);
    }
    m_dirty.clear();
    // One signal over the span: views repaint only what is visible of it.
    Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

QVariant UploadTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const UploadItem &item = m_queue->at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(index.row(), index.column());
    case Qt::DecorationRole:
        return index.column() == NameColumn ? decoration(index.row()) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn && !item.message.isEmpty())
            return item.message;
        return QDir::toNativeSeparators(item.path);
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == SpeedColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return item.id;
    case StateRole:
        return int(item.state);
    case Qt::ForegroundRole:
        if (item.state == S::Failed &&
            (index.column() == StateColumn || index.column() == MessageColumn))
            return QColor(0xd0, 0x3a, 0x2f);
        return {};
    case ProgressRole:
        // A bar only while bytes move: finished rows say so in words, and stay quiet.
        if (item.state != S::Uploading && item.state != S::Creating)
            return -1;
        return item.size > 0 ? int(item.bytesDone * 1000 / item.size) : 0;
    default:
        return {};
    }
}

QVariant UploadTableModel::display(int row, int column) const
{
    const UploadItem &item = m_queue->at(row);
    switch (column) {
    case NameColumn:
        return item.fileName();
    case SizeColumn:
        return item.size > 0 ? UploadTotalsText::bytes(item.size) : QString();
    case StateColumn:
        return UploadItem::stateName(item.state);
    case ProgressColumn:
        return {};
    case SpeedColumn: {
        const double speed = item.speed(m_queue->nowMs());
        return item.state == S::Uploading && speed > 0 ? UploadTotalsText::rate(speed) : QString();
    }
    case MessageColumn:
        return item.message;
    default:
        return {};
    }
}

QVariant UploadTableModel::decoration(int row) const
{
    const UploadItem &item = m_queue->at(row);
    if (item.state == S::Failed)
        return m_errorIcon;
    if (const QPixmap *pixmap = m_pixmaps.object(item.id))
        return *pixmap;
    const QImage thumbnail = m_queue->thumbnail(item.id);
    if (thumbnail.isNull())
        return item.kind == EntityKind::Video ? m_videoIcon : m_imageIcon;
    const QPixmap pixmap = QPixmap::fromImage(thumbnail.scaled(
        kThumbnailSide, kThumbnailSide, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    m_pixmaps.insert(item.id, new QPixmap(pixmap));
    return pixmap;
}

QVariant UploadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("File");
    case SizeColumn:
        return tr("Size");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case SpeedColumn:
        return tr("Speed");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace ne
