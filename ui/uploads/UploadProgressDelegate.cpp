// SPDX-License-Identifier: MIT
#include "UploadProgressDelegate.h"

#include "UploadTableModel.h"

#include <QApplication>
#include <QPainter>

namespace ne {

void UploadProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index); // background and selection
    const int progress = index.data(UploadTableModel::ProgressRole).toInt();
    if (progress < 0)
        return;
    QStyleOptionProgressBar bar;
    bar.rect =
        option.rect.adjusted(6, option.rect.height() / 2 - 7, -6, -(option.rect.height() / 2 - 7));
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = progress;
    bar.state = option.state | QStyle::State_Horizontal;
    bar.palette = option.palette;
    bar.textVisible = false;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

} // namespace ne
