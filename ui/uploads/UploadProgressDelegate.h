// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace ne {

/// Paints UploadTableModel's progress column as a native progress bar (nothing for files
/// not started), so hundreds of rows need no widget each.
class UploadProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace ne
