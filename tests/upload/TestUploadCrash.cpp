// SPDX-License-Identifier: MIT
// The real thing: nextevent-admin uploading a folder given on its command line is killed
// with SIGKILL mid-batch, started again without arguments, and finishes the batch from
// its journal. Every file must then be in the workspace exactly once, with its SHA-256.
#include "Await.h"
#include "UploadTestFiles.h"
#include "store/sqlite/SqliteStore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ne;
using namespace Qt::StringLiterals;
using test::await;
using test::UploadTestFiles;

class TestUploadCrash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QProcess *launch(const QStringList &files)
    {
        auto *app = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s)); // the upload journal
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        app->setProcessEnvironment(env);
        app->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app->start(
            QStringLiteral(NE_ADMIN_EXE),
            QStringList{u"--workspace"_s, m_dir.filePath(u"crash.nextevent"_s), u"--no-sample"_s} +
                files);
        return app;
    }

    /// sha256 -> live image rows, read by another process as any other editor would.
    QHash<QString, int> images()
    {
        SqliteStore store(m_dir.filePath(u"crash.nextevent"_s));
        await(store.open());
        QHash<QString, int> out;
        Query q;
        q.kind = EntityKind::Image;
        Cursor cursor;
        do {
            const Page page = await(store.list(q, cursor, 500));
            for (const Record &r : page.records)
                ++out[r.value(u"contentSha256"_s).toString()];
            cursor = page.nextCursor;
        } while (!cursor.isNull());
        return out;
    }

private Q_SLOTS:
    void killedMidBatchFinishesOnRestart()
    {
        const QString folder = m_dir.filePath(u"photos"_s);
        QSet<QString> shas;
        const int n = 150;
        for (int i = 0; i < n; ++i) {
            const QByteArray bytes = UploadTestFiles::jpeg(90000 + i, QSize(1200, 900));
            QVERIFY(UploadTestFiles::write(folder + QStringLiteral("/p%1.jpg").arg(i), bytes));
            shas.insert(UploadTestFiles::sha256(bytes));
        }
        QProcess *first = launch({folder});
        QVERIFY(first->waitForStarted());
        int before = 0;
        const bool storedSome = QTest::qWaitFor(
            [&] {
                before = int(images().size());
                return before >= 15 || first->state() == QProcess::NotRunning;
            },
            120000);
        // Say which way it failed: the app gone, or alive and not storing.
        QVERIFY2(first->state() == QProcess::Running,
                 qPrintable(u"nextevent-admin exited (status %1, code %2) with %3 images stored"_s
                                .arg(int(first->exitStatus()))
                                .arg(first->exitCode())
                                .arg(before)));
        QVERIFY2(
            storedSome,
            qPrintable(u"nextevent-admin stored only %1 of 150 images in 120 s"_s.arg(before)));
        first->kill(); // SIGKILL: no chance to save anything more
        QVERIFY(first->waitForFinished());
        before = int(images().size());
        qInfo("killed with %d of %d images stored", before, n);
        QVERIFY(before < n);

        QProcess *second = launch({});
        QVERIFY(second->waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return images().size() >= n; }, 180000));
        const QHash<QString, int> stored = images();
        second->terminate();
        QVERIFY(second->waitForFinished(20000));
        QCOMPARE(stored.size(), n);
        for (const QString &sha : std::as_const(shas))
            QCOMPARE(stored.value(sha), 1);
    }
};

QTEST_GUILESS_MAIN(TestUploadCrash)
#include "TestUploadCrash.moc"
