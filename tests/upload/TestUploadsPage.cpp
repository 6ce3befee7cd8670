// SPDX-License-Identifier: MIT
// The Uploads page offscreen, driven by objectName: a folder dropped on it (synthesised
// drag and drop) is followed to the end through pause and resume, a broken file is fixed
// and retried, and a batch edit renames the records already created.
#include "Await.h"
#include "UploadTestFiles.h"
#include "store/sqlite/SqliteStore.h"
#include "upload/UploadQueue.h"
#include "uploads/UploadBatchEditDialog.h"
#include "uploads/UploadsPage.h"
#include "widgets/MessageBar.h"

#include <QApplication>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ne;
using namespace Qt::StringLiterals;
using test::await;
using test::UploadTestFiles;
using S = UploadItem::State;

class TestUploadsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_store;

    template<typename T> T *child(QWidget &root, const QString &name)
    {
        T *w = root.findChild<T *>(name);
        if (!w)
            qFatal("no %s", qPrintable(name));
        return w;
    }

    static bool drop(QWidget &target, const QStringList &paths)
    {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString &p : paths)
            urls.append(QUrl::fromLocalFile(p));
        mime.setUrls(urls);
        QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&target, &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent dropped(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&target, &dropped);
        return dropped.isAccepted();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store = std::make_unique<SqliteStore>(m_dir.filePath(u"ui.nextevent"_s));
        auto opened = m_store->open();
        QTRY_VERIFY_WITH_TIMEOUT(opened.isFinished(), 30000);
    }

    void dropPauseResumeRetryEdit()
    {
        const QString folder = m_dir.filePath(u"drop"_s);
        for (int i = 0; i < 120; ++i)
            QVERIFY(UploadTestFiles::write(folder + QStringLiteral("/photo-%1.jpg").arg(i),
                                           UploadTestFiles::jpeg(i, QSize(1600, 1200))));
        const QByteArray fixed = UploadTestFiles::jpeg(5000);
        const QString broken = folder + u"/zz-broken.jpg"_s;
        QVERIFY(UploadTestFiles::write(broken, fixed.left(fixed.size() / 2)));

        UploadQueue::Options options;
        options.maxUploads = 2;
        UploadQueue queue(m_store.get(), nullptr, options);
        MessageBar messages;
        UploadsPage page(&queue, m_store.get(), &messages);
        page.resize(1000, 600);
        page.show();
        QVERIFY(child<QWidget>(page, u"uploadsEmptyState"_s)->isVisible());
        QVERIFY(!page.tableView()->isVisible());
        auto *pause = child<QPushButton>(page, u"pauseButton"_s);
        QVERIFY(!pause->isEnabled());

        QVERIFY(drop(page, {folder}));
        QTRY_VERIFY(queue.count() > 0);
        QTRY_VERIFY(pause->isEnabled());
        QTest::mouseClick(pause, Qt::LeftButton);
        QVERIFY(queue.isPaused());
        QCOMPARE(pause->text(), u"Resume"_s);
        QTRY_COMPARE_WITH_TIMEOUT(queue.count(), 121, 20000);
        QVERIFY(page.tableView()->isVisible());
        QCOMPARE(page.tableView()->model()->rowCount(), 121);
        // Paused: what was in flight ends, nothing new starts.
        const auto running = [&] {
            int n = 0;
            for (int row = 0; row < queue.count(); ++row) {
                const S s = queue.at(row).state;
                n +=
                    s == S::Inspecting || s == S::Checking || s == S::Uploading || s == S::Creating;
            }
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(running(), 0, 60000);
        const int finishedWhilePaused = queue.totals().finished;
        QVERIFY(finishedWhilePaused < 121);
        QCoreApplication::processEvents();
        QCOMPARE(running(), 0);
        QVERIFY(child<QLabel>(page, u"summaryLabel"_s)->text().startsWith(u"Paused"_s));

        QTest::mouseClick(pause, Qt::LeftButton);
        QVERIFY(!queue.isPaused());
        QCOMPARE(pause->text(), u"Pause"_s);
        QTRY_COMPARE_WITH_TIMEOUT(queue.totals().active, 0, 180000);
        QCOMPARE(queue.totals().done, 120);
        const int brokenRow = queue.count() - 1;
        QCOMPARE(queue.at(brokenRow).fileName(), u"zz-broken.jpg"_s);
        QCOMPARE(queue.at(brokenRow).state, S::Failed);
        QVERIFY(queue.at(brokenRow).message.contains(u"truncated"_s));
        const QModelIndex messageCell = page.tableView()->model()->index(brokenRow, 5);
        QVERIFY(messageCell.data().toString().contains(u"truncated"_s));
        QTRY_VERIFY(messages.text().contains(u"1 failed"_s));

        QVERIFY(UploadTestFiles::write(broken, fixed)); // the user fixes the file
        auto *retry = child<QPushButton>(page, u"retryButton"_s);
        QTRY_VERIFY(retry->isEnabled());
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(queue.at(brokenRow).state, S::Done, 60000);

        // Batch edit after upload: the first three records get a title prefix.
        page.tableView()->selectRow(0);
        page.tableView()->selectionModel()->select(page.tableView()->model()->index(2, 0),
                                                   QItemSelectionModel::Select |
                                                       QItemSelectionModel::Rows);
        page.tableView()->selectionModel()->select(page.tableView()->model()->index(1, 0),
                                                   QItemSelectionModel::Select |
                                                       QItemSelectionModel::Rows);
        QTest::mouseClick(child<QPushButton>(page, u"editDetailsButton"_s), Qt::LeftButton);
        auto *dialog = page.findChild<UploadBatchEditDialog *>();
        QVERIFY(dialog);
        child<QLineEdit>(*dialog, u"titlePrefixEdit"_s)->setText(u"Summit – "_s);
        child<QLineEdit>(*dialog, u"tagsEdit"_s)->setText(u"summit, day 1"_s);
        dialog->accept();
        const auto edited = [&](const QString &id) {
            const Record r = await(m_store->get(EntityKind::Image, id));
            return r.value(u"title"_s).toString().startsWith(u"Summit – photo"_s) &&
                   r.value(u"tags"_s).toStringList() == QStringList{u"summit"_s, u"day 1"_s};
        };
        for (int row = 0; row < 3; ++row)
            QTRY_VERIFY_WITH_TIMEOUT(edited(queue.at(row).recordId), 20000);
        QVERIFY(!edited(queue.at(3).recordId)); // only the selected rows

        QTest::mouseClick(child<QPushButton>(page, u"clearFinishedButton"_s), Qt::LeftButton);
        QCOMPARE(queue.count(), 0);
        QTRY_VERIFY(child<QWidget>(page, u"uploadsEmptyState"_s)->isVisible());
    }
};

QTEST_MAIN(TestUploadsPage)
#include "TestUploadsPage.moc"
