// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace ne {

/// The Images table's title column: every row's thumbnail in the view's icon box. Qt sizes
/// a QImage decoration by the image itself, so each preview took its own width (up to the
/// grid's 160 px, cut by the row) and the titles beside them started at ragged positions.
class ThumbnailColumnDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace ne
