// SPDX-License-Identifier: MIT
// PostgreSQL stops in the middle of a batch (fast shutdown: connections and open
// transactions are cut) and starts again a few seconds later. The files it refused wait
// and are retried; the batch then finishes with every file exactly once and no record
// without its bytes. The test runs its own server (initdb + pg_ctl on a free port), so
// stopping it disturbs no other test.
#include "UploadTestFiles.h"
#include "store/postgres/PgStore.h"
#include "upload/UploadJournal.h"
#include "upload/UploadQueue.h"

#include <QHostAddress>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

using namespace ne;
using namespace Qt::StringLiterals;
using test::UploadTestFiles;
using S = UploadItem::State;

/// A private PostgreSQL 15 cluster in a folder, driven with pg_ctl. As root, the server
/// runs as the "postgres" account (PostgreSQL refuses root).
class LocalPostgres
{
public:
    explicit LocalPostgres(const QString &folder)
        : m_folder(folder)
        , m_bin(qEnvironmentVariable("NE_PG_BIN", u"/usr/lib/postgresql/15/bin"_s))
    {}
    ~LocalPostgres()
    {
        if (m_running)
            pgCtl({u"stop"_s, u"-m"_s, u"immediate"_s});
    }

    /// initdb and a free port; the error says what failed.
    QString init()
    {
        QDir().mkpath(m_folder + u"/sock"_s);
        if (geteuid() == 0) {
            const passwd *pg = getpwnam("postgres");
            if (!pg)
                return u"no postgres account to run the server as"_s;
            QFile::setPermissions(QFileInfo(m_folder).absolutePath(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                      QFileDevice::ExeOwner | QFileDevice::ExeGroup |
                                      QFileDevice::ExeOther);
            for (const QString &path : QStringList{m_folder, m_folder + u"/sock"_s}) {
                if (chown(QFile::encodeName(path).constData(), pg->pw_uid, pg->pw_gid) != 0)
                    return u"cannot hand "_s + path + u" to postgres"_s;
            }
        }
        QString output;
        if (!run(m_bin + u"/initdb"_s,
                 {u"-D"_s, dataDir(), u"-U"_s, u"ne_test"_s, u"--auth=trust"_s,
                  u"--encoding=UTF8"_s, u"--locale=C.UTF-8"_s},
                 &output))
            return u"initdb failed: "_s + output;
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return u"no free port"_s;
        m_port = probe.serverPort();
        return {};
    }

    bool start()
    {
        m_running = pgCtl({u"start"_s, u"-l"_s, m_folder + u"/pg.log"_s, u"-o"_s,
                           QStringLiteral("-h 127.0.0.1 -p %1 -k %2 -c fsync=off "
                                          "-c synchronous_commit=off -c full_page_writes=off")
                               .arg(m_port)
                               .arg(m_folder + u"/sock"_s)});
        return m_running;
    }
    /// Fast shutdown: sessions are cut, their open transactions rolled back.
    bool stop()
    {
        m_running = !pgCtl({u"stop"_s, u"-m"_s, u"fast"_s});
        return !m_running;
    }

    QString conninfo() const
    {
        return QStringLiteral("host=127.0.0.1 port=%1 user=ne_test dbname=postgres").arg(m_port);
    }
    QString log() const
    {
        QFile file(m_folder + u"/pg.log"_s);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private:
    QString dataDir() const { return m_folder + u"/data"_s; }

    bool pgCtl(QStringList args)
    {
        args << u"-D"_s << dataDir() << u"-w"_s << u"-t"_s << u"60"_s;
        QString output;
        const bool ok = run(m_bin + u"/pg_ctl"_s, args, &output);
        if (!ok)
            qWarning("pg_ctl %s: %s", qPrintable(args.first()), qPrintable(output));
        return ok;
    }

    static bool run(const QString &program, const QStringList &args, QString *output)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setWorkingDirectory(QDir::tempPath());
        if (geteuid() == 0)
            process.start(u"runuser"_s,
                          QStringList{u"-u"_s, u"postgres"_s, u"--"_s, program} + args);
        else
            process.start(program, args);
        const bool finished = process.waitForFinished(120000);
        *output = QString::fromLocal8Bit(process.readAll());
        return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    QString m_folder;
    QString m_bin;
    quint16 m_port = 0;
    bool m_running = false;
};

class TestUploadPgRestart : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalPostgres> m_pg;

    template<typename T> static T await(QFuture<T> future)
    {
        if (!QTest::qWaitFor([&] { return future.isFinished(); }, 60000))
            qFatal("a store call did not finish");
        return future.result();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pg = std::make_unique<LocalPostgres>(m_dir.filePath(u"pg"_s));
        const QString error = m_pg->init();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(m_pg->start(), qPrintable(m_pg->log()));
    }

    void cleanupTestCase() { m_pg.reset(); }

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
        std::unique_ptr<PgStore> store = PgStore::open(m_pg->conninfo(), settings);
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
        QVERIFY2(m_pg->stop(), qPrintable(m_pg->log()));

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

        QVERIFY2(m_pg->start(), qPrintable(m_pg->log()));
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
