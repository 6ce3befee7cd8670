// SPDX-License-Identifier: MIT
#include "ThumbnailColumnDelegate.h"

namespace ne {

void ThumbnailColumnDelegate::initStyleOption(QStyleOptionViewItem *option,
                                              const QModelIndex &index) const
{
    const QSize box = option->decorationSize; // the view's iconSize
    QStyledItemDelegate::initStyleOption(option, index);
    // The icon Qt made of the image scales down into the box, keeping its aspect ratio,
    // centred by the option's decoration alignment.
    if (option->features & QStyleOptionViewItem::HasDecoration)
        option->decorationSize = box;
}

} // namespace ne
