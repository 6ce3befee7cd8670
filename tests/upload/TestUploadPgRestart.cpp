// SPDX-License-Identifier: MIT
// PostgreSQL stops in the middle of a batch (fast shutdown: connections and open
// transactions are cut) and starts again a few seconds later. The files it refused wait
// and are retried; the batch then finishes with every file exactly once and no record
// without its bytes. The test runs its own server (PgServerProcess), so stopping it
// disturbs no other test.
#include "Await.h"
#include "PgServerProcess.h"
#include "UploadTestFiles.h"
#include "store/postgres/PgStore.h"
#include "upload/UploadJournal.h"
#include "upload/UploadQueue.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ne;
using namespace Qt::StringLiterals;
using test::await;
using test::UploadTestFiles;
using S = UploadItem::State;

class TestUploadPgRestart : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::PgServerProcess m_pg;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
    }

    void batchFinishesAfterPostgresReturns()
    {
        const QString root = m_dir.filePath(u"photos"_s);
        QSet<QString> imageShas;
        QSet<QString> videoShas;
        for (int i = 0; i < 60; ++i) {
            const QByteArray bytes = UploadTestFiles::jpeg(90000 + i, QSize(1024, 768));
            QVERIFY(UploadTestFiles::write(root + QStringLiteral("/p%1.jpg").arg(i), bytes));
            imageShas.insert(UploadTestFiles::sha256(bytes));
        }
        // Big files keep transfers in flight, so the stop cuts some mid-transaction.
        for (int i = 0; i < 6; ++i) {
            const QByteArray bytes = UploadTestFiles::fakeMp4(900 + i, 24 * 1000 * 1000);
            QVERIFY(UploadTestFiles::write(root + QStringLiteral("/clip%1.mp4").arg(i), bytes));
            videoShas.insert(UploadTestFiles::sha256(bytes));
        }
        const int files = int(imageShas.size() + videoShas.size());

        PoolSettings settings;
        settings.maxOpen = 4;
        settings.connectTimeout = std::chrono::seconds(2);
        settings.borrowTimeout = std::chrono::milliseconds(3000);
        std::unique_ptr<PgStore> store = PgStore::open(m_pg.conninfo(u"postgres"_s), settings);
        await(store->migrate().then([] { return 0; }));

        UploadQueue::Options o;
        o.limits.maxVideoBytes = 100 * 1000 * 1000;
        o.maxUploads = 3;
        o.maxBackoffMs = 1000; // the default 30 s would only make the test slow
        o.maxAttempts = 60;
        UploadJournal journal(m_dir.filePath(u"journal.sqlite"_s));
        UploadQueue queue(store.get(), &journal, o);
        QSignalSpy finished(&queue, &UploadQueue::batchFinished);
        queue.addPaths({root});

        QVERIFY(QTest::qWaitFor(
            [&] {
                if (queue.totals().done < 8)
                    return false;
                for (int row = 0; row < queue.count(); ++row) {
                    if (queue.at(row).state == S::Uploading)
                        return true;
                }
                return false;
            },
            180000));
        const int doneBeforeStop = queue.totals().done;
        m_pg.stop();

        // While the server is away, files wait for it: none fails, the batch goes on.
        int waiting = 0;
        QVERIFY(QTest::qWaitFor(
            [&] {
                waiting = 0;
                for (int row = 0; row < queue.count(); ++row)
                    waiting += queue.at(row).message.contains(u"unavailable"_s);
                return waiting >= 2;
            },
            60000));
        QTest::qWait(3000);
        QCOMPARE(queue.totals().failed, 0);
        QVERIFY(finished.isEmpty());
        QVERIFY(queue.totals().done < files);
        qInfo("stopped with %d done; %d files waiting for the server", doneBeforeStop, waiting);

        QVERIFY2(m_pg.restart(), qPrintable(m_pg.error()));
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty() && queue.isIdle(); }, 300000));
        for (int row = 0; row < queue.count(); ++row) {
            const UploadItem &item = queue.at(row);
            QVERIFY2(item.state == S::Done,
                     qPrintable(item.fileName() + u": "_s + UploadItem::stateName(item.state) +
                                u" "_s + item.message));
        }
        QCOMPARE(queue.count(), files);
        QCOMPARE(finished.constLast().at(2).toInt(), 0);

        // Every file once, with its bytes; no record is left without its content.
        QHash<QString, int> images;
        QHash<QString, int> videos;
        for (EntityKind kind : {EntityKind::Image, EntityKind::Video}) {
            Query q;
            q.kind = kind;
            Cursor cursor;
            do {
                const Page page = await(store->list(q, cursor, 500));
                for (const Record &r : page.records) {
                    if (kind == EntityKind::Image)
                        ++images[r.value(u"contentSha256"_s).toString()];
                    else
                        ++videos[r.value(u"cloudUrl"_s).toString().right(64)];
                }
                cursor = page.nextCursor;
            } while (!cursor.isNull());
        }
        QCOMPARE(images.size(), imageShas.size());
        QCOMPARE(videos.size(), videoShas.size());
        for (const QString &sha : imageShas + videoShas) {
            QCOMPARE(images.value(sha) + videos.value(sha), 1);
            QVERIFY(store->repository()->mediaInfo(sha).has_value());
        }
    }
};

QTEST_GUILESS_MAIN(TestUploadPgRestart)
#include "TestUploadPgRestart.moc"
