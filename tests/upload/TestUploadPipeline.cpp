// SPDX-License-Identifier: MIT
// The whole upload pipeline end to end, against the embedded SqliteStore (TestUploadSqlite)
// or a real PostgreSQL through PgStore (TestUploadPg, NE_TEST_PG_URI): hundreds of
// generated files with duplicates and every kind of bad input, a second run of the same
// folder, a crash in the middle of a batch and its resumption, and cancel mid-file.
// Checked against the library itself: every good file exactly once, with its SHA-256.
#include "Await.h"
#include "UploadTestFiles.h"
#include "store/Store.h"
#include "upload/UploadJournal.h"
#include "upload/UploadQueue.h"

#ifdef NE_UPLOAD_TEST_PG
#include "PgTestDatabase.h"
#include "store/postgres/PgStore.h"
#else
#include "store/sqlite/SqliteStore.h"
#endif

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace ne;
using namespace Qt::StringLiterals;
using test::await;
using test::UploadTestFiles;
using S = UploadItem::State;

/// The real backend behind a switch: while down, media uploads fail as a lost
/// connection does (Unavailable), so the queue's retry can be watched end to end.
class FlakyStore : public Store
{
public:
    explicit FlakyStore(Store *real)
        : m_real(real)
    {}
    int downFor = 0; ///< the next putMedia calls that fail
    int failures = 0;
    QString changeOnPut; ///< this file is rewritten as its upload starts

    QString description() const override { return m_real->description(); }
    QFuture<Page> list(const Query &q, const Cursor &c, int n) override
    {
        return m_real->list(q, c, n);
    }
    QFuture<Record> get(EntityKind k, const QString &id) override { return m_real->get(k, id); }
    QFuture<Record> create(EntityKind k, const QVariantMap &v) override
    {
        return m_real->create(k, v);
    }
    QFuture<Record> update(EntityKind k, const QString &id, const QVariantMap &c, qint64 v) override
    {
        return m_real->update(k, id, c, v);
    }
    QFuture<int> updateMany(EntityKind k, const QStringList &ids, const QVariantMap &c) override
    {
        return m_real->updateMany(k, ids, c);
    }
    QFuture<int> remove(EntityKind k, const QStringList &ids) override
    {
        return m_real->remove(k, ids);
    }
    QFuture<int> restore(EntityKind k, const QStringList &ids) override
    {
        return m_real->restore(k, ids);
    }
    QFuture<QList<Category>> categories(EntityKind k) override { return m_real->categories(k); }
    QFuture<MediaRef> putMedia(const QString &path) override
    {
        if (downFor > 0) {
            --downFor;
            ++failures;
            return QtConcurrent::run([] {
                throw StoreError(StoreError::Kind::Unavailable,
                                 StoreError::tr("The connection was lost."));
                return MediaRef();
            });
        }
        if (!changeOnPut.isEmpty() && path.endsWith(changeOnPut)) {
            changeOnPut.clear();
            QFile file(path);
            if (file.open(QIODevice::Append))
                file.write("an editor saved the picture again");
        }
        return m_real->putMedia(path);
    }
    QFuture<std::optional<Record>> findByContent(EntityKind k, const QString &sha) override
    {
        return m_real->findByContent(k, sha);
    }
    QFuture<QImage> thumbnail(const Record &r, QSize s) override { return m_real->thumbnail(r, s); }

private:
    Store *m_real;
};

class TestUploadPipeline : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
#ifdef NE_UPLOAD_TEST_PG
    std::unique_ptr<test::PgTestDatabase> m_db;
#endif
    QString m_mediaPrefix; ///< how the backend's media URLs start (videos are found by URL)

    static UploadQueue::Options options()
    {
        UploadQueue::Options o;
        o.limits.maxImageBytes = 2 * 1000 * 1000;
        o.limits.maxVideoBytes = 200 * 1000 * 1000;
        o.maxUploads = 3;
        return o;
    }

    /// sha256 -> how many live rows of kind hold it.
    QHash<QString, int> library(EntityKind kind)
    {
        QHash<QString, int> out;
        Query q;
        q.kind = kind;
        Cursor cursor;
        do {
            const Page page = await(m_store->list(q, cursor, 500));
            for (const Record &r : page.records) {
                const QString key = kind == EntityKind::Image
                                        ? r.value(u"contentSha256"_s).toString()
                                        : r.value(u"cloudUrl"_s).toString().remove(u'/').right(64);
                ++out[key];
            }
            cursor = page.nextCursor;
        } while (!cursor.isNull());
        return out;
    }

    static bool runToEnd(UploadQueue &queue, int timeoutMs = 240000)
    {
        QSignalSpy finished(&queue, &UploadQueue::batchFinished);
        if (QTest::qWaitFor([&] { return !finished.isEmpty() && queue.isIdle(); }, timeoutMs))
            return true;
        for (int row = 0; row < queue.count(); ++row) { // what it is stuck on
            const UploadItem &item = queue.at(row);
            if (!item.isFinished())
                qWarning("unfinished: %s %s %s", qPrintable(item.fileName()),
                         qPrintable(UploadItem::stateName(item.state)), qPrintable(item.message));
        }
        return false;
    }

    static const UploadItem *itemNamed(const UploadQueue &queue, const QString &name)
    {
        for (int row = 0; row < queue.count(); ++row) {
            if (queue.at(row).fileName() == name)
                return &queue.at(row);
        }
        return nullptr;
    }

    /// Opens the backend again, as a restarted app does (the old one finishes its work).
    void reopenStore()
    {
        m_store.reset();
#ifdef NE_UPLOAD_TEST_PG
        PoolSettings settings;
        settings.maxOpen = 4;
        std::unique_ptr<PgStore> pg = PgStore::open(m_db->conninfo(), settings);
        await(pg->migrate().then([] { return 0; }));
        m_store = std::move(pg);
#else
        auto sqlite = std::make_unique<SqliteStore>(m_dir.filePath(u"work.nextevent"_s));
        await(sqlite->open().then([] { return 0; }));
        m_store = std::move(sqlite);
#endif
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
#ifdef NE_UPLOAD_TEST_PG
        m_db = std::make_unique<test::PgTestDatabase>();
        if (!m_db->isValid())
            QFAIL(qPrintable(test::PgTestDatabase::missingMessage()));
#endif
        reopenStore();
    }

    void cleanupTestCase()
    {
        m_store.reset();
#ifdef NE_UPLOAD_TEST_PG
        m_db.reset();
#endif
    }

    /// 260 unique images, 40 byte-identical copies under other names (non-Latin and very
    /// long ones among them), one video, and every bad input: each gets its own state.
    void bigBatchWithDuplicatesAndBadFiles()
    {
        const QString root = m_dir.filePath(u"batch"_s);
        QHash<QString, QString> shaOf; // file name -> sha
        QSet<QString> unique;
        const auto original = [](int seed) {
            return seed % 13 == 0 ? UploadTestFiles::png(seed) : UploadTestFiles::jpeg(seed);
        };
        for (int i = 0; i < 260; ++i) {
            const bool png = i % 13 == 0;
            const QByteArray bytes = original(i);
            const QString name = QStringLiteral("event/day%1/IMG_%2.%3")
                                     .arg(i % 4)
                                     .arg(i, 4, 10, QLatin1Char('0'))
                                     .arg(png ? u"png"_s : u"jpg"_s);
            QVERIFY(UploadTestFiles::write(root + u'/' + name, bytes));
            shaOf.insert(QFileInfo(name).fileName(), UploadTestFiles::sha256(bytes));
            unique.insert(UploadTestFiles::sha256(bytes));
        }
        for (int i = 0; i < 40; ++i) {
            const QByteArray bytes = original(i * 6 + 1);
            QString name = i % 2
                               ? QStringLiteral("照片 副本 %1.jpg").arg(i)
                               : QStringLiteral("copy-%1-").arg(i) + QString(180, u'x') + u".jpg"_s;
            QVERIFY(UploadTestFiles::write(root + u"/copies/"_s + name, bytes));
        }
        const QByteArray video = UploadTestFiles::fakeMp4(1, 3 * 1000 * 1000);
        QVERIFY(UploadTestFiles::write(root + u"/clips/keynote.mp4"_s, video));
        const QByteArray good = UploadTestFiles::jpeg(9999);
        QVERIFY(UploadTestFiles::write(root + u"/bad/empty.jpg"_s, {}));
        QVERIFY(UploadTestFiles::write(root + u"/bad/notes.txt"_s, "minutes of the meeting\n"));
        QVERIFY(UploadTestFiles::write(root + u"/bad/cut.jpg"_s, good.left(good.size() / 2)));
        QVERIFY(UploadTestFiles::write(root + u"/bad/huge.png"_s,
                                       UploadTestFiles::png(1) + QByteArray(2100000, '\0')));
        QVERIFY(QFile::link(root + u"/bad/nowhere.jpg"_s, root + u"/bad/dangling.jpg"_s));
        QVERIFY(QFile::link(root, root + u"/bad/loop"_s));

        const auto imagesBefore = library(EntityKind::Image);
        UploadJournal journal(m_dir.filePath(u"journal-batch.sqlite"_s));
        UploadQueue queue(m_store.get(), &journal, options());
        queue.addPaths({root});
        QVERIFY(runToEnd(queue));

        QCOMPARE(queue.count(), 260 + 40 + 1 + 5 + 1); // 5 bad files + the link loop
        const QHash<QString, QString> expectFailure{
            {u"empty.jpg"_s, u"empty"_s},   {u"notes.txt"_s, u"not an image or a video"_s},
            {u"cut.jpg"_s, u"truncated"_s}, {u"huge.png"_s, u"allowed for an image"_s},
            {u"dangling.jpg"_s, u"link"_s}, {u"loop"_s, u"link leads back"_s}};
        QHash<QString, QString> recordOfSha;
        int done = 0;
        int duplicates = 0;
        for (int row = 0; row < queue.count(); ++row) {
            const UploadItem &item = queue.at(row);
            const QString name = item.fileName();
            if (expectFailure.contains(name)) {
                QCOMPARE(item.state, S::Failed);
                QVERIFY2(item.message.contains(expectFailure.value(name)),
                         qPrintable(item.message));
                continue;
            }
            QVERIFY2(item.state == S::Done || item.state == S::Duplicate,
                     qPrintable(name + u": "_s + item.message));
            QVERIFY(!item.recordId.isEmpty());
            if (shaOf.contains(name))
                QCOMPARE(item.sha256, shaOf.value(name));
            // Every copy links to the record its bytes became: one record per content.
            if (recordOfSha.contains(item.sha256))
                QCOMPARE(item.recordId, recordOfSha.value(item.sha256));
            recordOfSha.insert(item.sha256, item.recordId);
            ++(item.state == S::Done ? done : duplicates);
        }
        QCOMPARE(done, 260 + 1);
        QCOMPARE(duplicates, 40);

        const auto images = library(EntityKind::Image);
        QCOMPARE(images.size() - imagesBefore.size(), unique.size());
        for (const QString &sha : std::as_const(unique))
            QCOMPARE(images.value(sha), 1);
        QCOMPARE(library(EntityKind::Video).value(UploadTestFiles::sha256(video)), 1);
        const Record cover =
            await(m_store->get(EntityKind::Image, itemNamed(queue, u"IMG_0026.png"_s)->recordId));
        QCOMPARE(cover.value(u"title"_s).toString(), u"IMG 0026"_s); // not copied: its own record
        QCOMPARE(cover.value(u"width"_s).toInt(), 200);

        // The same folder again: everything is already there, nothing new is created.
        UploadQueue again(m_store.get(), nullptr, options());
        again.addPaths({root + u"/event"_s});
        QVERIFY(runToEnd(again));
        QCOMPARE(again.count(), 260);
        for (int row = 0; row < again.count(); ++row)
            QCOMPARE(again.at(row).state, S::Duplicate);
        QCOMPARE(library(EntityKind::Image), images);
    }

    /// Destroy the queue mid-batch (what a crash leaves: the journal and the backend),
    /// reopen the journal in a new queue, and finish: every file exactly once.
    void resumeAfterCrash()
    {
        const QString root = m_dir.filePath(u"resume"_s);
        QSet<QString> shas;
        for (int i = 0; i < 120; ++i) {
            const QByteArray bytes = UploadTestFiles::jpeg(50000 + i, QSize(640, 480));
            QVERIFY(UploadTestFiles::write(root + QStringLiteral("/r%1.jpg").arg(i), bytes));
            shas.insert(UploadTestFiles::sha256(bytes));
        }
        const QString journalPath = m_dir.filePath(u"journal-resume.sqlite"_s);
        int doneBeforeCrash = 0;
        int inFlightAtCrash = 0;
        {
            UploadJournal journal(journalPath);
            UploadQueue queue(m_store.get(), &journal, options());
            queue.addPaths({root});
            QVERIFY(QTest::qWaitFor([&] { return queue.totals().done >= 20; }, 120000));
            for (int row = 0; row < queue.count(); ++row) {
                doneBeforeCrash += queue.at(row).state == S::Done;
                inFlightAtCrash +=
                    queue.at(row).state == S::Uploading || queue.at(row).state == S::Creating;
            }
        }              // the queue goes away with uploads in flight…
        reopenStore(); // …and so does the backend connection
        QVERIFY(doneBeforeCrash < 120);
        qInfo("crash with %d done, %d in flight", doneBeforeCrash, inFlightAtCrash);

        UploadJournal journal(journalPath);
        UploadQueue queue(m_store.get(), &journal, options());
        await(queue.restore().then([] { return 0; }));
        QCOMPARE(queue.count(), 120);
        QVERIFY(runToEnd(queue));
        for (int row = 0; row < queue.count(); ++row)
            QVERIFY2(queue.at(row).state == S::Done,
                     qPrintable(queue.at(row).fileName() + u": "_s + queue.at(row).message));
        const auto images = library(EntityKind::Image);
        for (const QString &sha : std::as_const(shas))
            QCOMPARE(images.value(sha), 1);

        // Clearing finished files empties the journal too.
        queue.clearFinished();
        QCOMPARE(queue.count(), 0);
        journal.flush();
        QCOMPARE(await(journal.load()).size(), 0);
    }

    /// Cancel while the bytes stream: nothing is created; retry then creates it once.
    void cancelMidFileThenRetry()
    {
        const QString path = m_dir.filePath(u"cancel/big-talk.mp4"_s);
        const QByteArray bytes = UploadTestFiles::fakeMp4(77, 120 * 1000 * 1000);
        QVERIFY(UploadTestFiles::write(path, bytes));
        const QString sha = UploadTestFiles::sha256(bytes);
        UploadQueue queue(m_store.get(), nullptr, options());
        bool cancelled = false;
        connect(&queue, &UploadQueue::rowChanged, this, [&](int row) {
            const UploadItem &item = queue.at(row);
            if (!cancelled && item.state == S::Uploading && item.bytesDone > 0) {
                cancelled = true;
                queue.cancel({item.id});
            }
        });
        queue.addPaths({path});
        QVERIFY(runToEnd(queue));
        QVERIFY(cancelled);
        QCOMPARE(queue.at(0).state, S::Cancelled);
        QCOMPARE(library(EntityKind::Video).value(sha), 0);

        queue.retryFailed();
        QVERIFY(runToEnd(queue));
        QCOMPARE(queue.at(0).state, S::Done);
        QCOMPARE(library(EntityKind::Video).value(sha), 1);
    }

    /// The backend goes away mid-batch and comes back: the files it refused are retried
    /// after a pause and the batch finishes complete, without duplicates.
    void backendAwayAndBack()
    {
        const QString root = m_dir.filePath(u"flaky"_s);
        QSet<QString> shas;
        for (int i = 0; i < 40; ++i) {
            const QByteArray bytes = UploadTestFiles::jpeg(80000 + i);
            QVERIFY(UploadTestFiles::write(root + QStringLiteral("/f%1.jpg").arg(i), bytes));
            shas.insert(UploadTestFiles::sha256(bytes));
        }
        FlakyStore flaky(m_store.get());
        UploadQueue::Options o = options();
        o.maxBackoffMs = 300;
        UploadQueue queue(&flaky, nullptr, o);
        bool wentDown = false;
        connect(&queue, &UploadQueue::rowChanged, this, [&] {
            if (!wentDown && queue.totals().done >= 10) {
                wentDown = true;
                flaky.downFor = 12; // every upload for a while fails
            }
        });
        queue.addPaths({root});
        QVERIFY(runToEnd(queue));
        QVERIFY(wentDown);
        QCOMPARE(flaky.failures, 12);
        QCOMPARE(queue.totals().done, 40);
        const auto images = library(EntityKind::Image);
        for (const QString &sha : std::as_const(shas))
            QCOMPARE(images.value(sha), 1);
    }

    /// A file rewritten while its bytes go to the backend: the record is not created
    /// (neither with the checked checksum nor with the new one), the message says why,
    /// the others continue; a retry uploads the file as it is now.
    void fileChangedWhileUploading()
    {
        const QString root = m_dir.filePath(u"changed"_s);
        QByteArray original;
        for (int i = 0; i < 12; ++i) {
            const QByteArray bytes = UploadTestFiles::jpeg(60000 + i);
            QVERIFY(UploadTestFiles::write(root + QStringLiteral("/c%1.jpg").arg(i), bytes));
            if (i == 5)
                original = bytes;
        }
        FlakyStore store(m_store.get());
        store.changeOnPut = u"/c5.jpg"_s;
        UploadQueue queue(&store, nullptr, options());
        queue.addPaths({root});
        QVERIFY(runToEnd(queue));
        QVERIFY(store.changeOnPut.isEmpty()); // the file was rewritten mid-upload
        const UploadItem *changed = itemNamed(queue, u"c5.jpg"_s);
        QCOMPARE(changed->state, S::Failed);
        QVERIFY2(changed->message.contains(u"changed after it was checked"_s),
                 qPrintable(changed->message));
        QVERIFY(changed->recordId.isEmpty());
        QCOMPARE(queue.totals().done, 11);
        QFile file(root + u"/c5.jpg"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString now = UploadTestFiles::sha256(file.readAll());
        auto images = library(EntityKind::Image);
        QCOMPARE(images.value(UploadTestFiles::sha256(original)), 0);
        QCOMPARE(images.value(now), 0);

        queue.retryFailed();
        QVERIFY(runToEnd(queue));
        QCOMPARE(changed->state, S::Done);
        QCOMPARE(changed->sha256, now);
        images = library(EntityKind::Image);
        QCOMPARE(images.value(now), 1);
        QCOMPARE(images.value(UploadTestFiles::sha256(original)), 0);
    }

    /// A file that changes between the check and the upload is not recorded with the
    /// old checksum; the message says what happened.
    void fileVanishesMidBatch()
    {
        const QString root = m_dir.filePath(u"vanish"_s);
        for (int i = 0; i < 30; ++i)
            QVERIFY(UploadTestFiles::write(root + QStringLiteral("/v%1.jpg").arg(i),
                                           UploadTestFiles::jpeg(70000 + i)));
        UploadQueue::Options o = options();
        o.maxUploads = 1;
        UploadQueue queue(m_store.get(), nullptr, o);
        queue.pause(); // inspect nothing yet
        queue.addPaths({root});
        QVERIFY(QTest::qWaitFor([&] { return queue.count() == 30; }, 10000));
        QVERIFY(QFile::remove(root + u"/v29.jpg"_s));
        queue.resume();
        QVERIFY(runToEnd(queue));
        const UploadItem *gone = itemNamed(queue, u"v29.jpg"_s);
        QCOMPARE(gone->state, S::Failed);
        QVERIFY2(gone->message.contains(u"moved or deleted"_s), qPrintable(gone->message));
        QCOMPARE(queue.totals().done, 29);
    }
};

QTEST_GUILESS_MAIN(TestUploadPipeline)
#include "TestUploadPipeline.moc"
