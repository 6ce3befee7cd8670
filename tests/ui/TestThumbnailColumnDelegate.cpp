// SPDX-License-Identifier: MIT
// Previews of any shape get the same box in the Images table, so titles line up.
#include "entities/ThumbnailColumnDelegate.h"

#include <QImage>
#include <QStandardItemModel>
#include <QtTest>

using namespace ne;

namespace {

/// The option a delegate paints a cell with, as the view would set it up.
template<class Delegate> struct Probe : Delegate
{
    QStyleOptionViewItem option(const QModelIndex &index) const
    {
        QStyleOptionViewItem o;
        o.decorationSize = QSize(48, 36); // the table's iconSize
        this->initStyleOption(&o, index);
        return o;
    }
};

} // namespace

class TestThumbnailColumnDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPreviewGetsTheIconBox()
    {
        QStandardItemModel model;
        for (const QSize size : {QSize(160, 40), QSize(30, 120), QSize(160, 120)}) {
            QImage preview(size, QImage::Format_RGB32);
            preview.fill(Qt::darkCyan);
            auto *item = new QStandardItem(QStringLiteral("Title"));
            item->setData(preview, Qt::DecorationRole);
            model.appendRow(item);
        }
        model.appendRow(new QStandardItem(QStringLiteral("No preview yet")));

        const Probe<ThumbnailColumnDelegate> ours;
        const Probe<QStyledItemDelegate> qts;
        for (int row = 0; row < 3; ++row) {
            const QModelIndex index = model.index(row, 0);
            QCOMPARE(ours.option(index).decorationSize, QSize(48, 36));
            // What Qt alone does, and why the delegate exists: the image's own size.
            QCOMPARE(qts.option(index).decorationSize,
                     model.data(index, Qt::DecorationRole).value<QImage>().size());
        }
        QVERIFY(!(ours.option(model.index(3, 0)).features & QStyleOptionViewItem::HasDecoration));
    }
};

QTEST_MAIN(TestThumbnailColumnDelegate)
#include "TestThumbnailColumnDelegate.moc"
