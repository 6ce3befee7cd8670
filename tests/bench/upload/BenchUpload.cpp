// SPDX-License-Identifier: MIT
// Bulk upload throughput, with its baselines measured in the same run:
//   BenchUpload [files=100] [width=4000] [height=3000]
// - thumbnails/s: scaled decode (Thumbnailer) vs full decode + smooth scale;
// - SHA-256 MB/s: OpenSSL (Sha256) vs QCryptographicHash;
// - the whole pipeline into a new embedded workspace vs a plain copy of the same files,
//   with peak RSS and the longest stall of the (event-loop) thread;
// - with NE_TEST_PG_URI (scripts/with-services): the same into a throwaway PostgreSQL;
// - a 10,000-file folder: time until every file is in the queue (paused, so only the walk
//   is measured) and until the first batch shows.
#include "PgTestDatabase.h"
#include "UploadTestFiles.h"
#include "media/Sha256.h"
#include "media/Thumbnailer.h"
#include "store/postgres/PgStore.h"
#include "store/sqlite/SqliteStore.h"
#include "upload/UploadQueue.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QImageReader>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>
#include <atomic>
#include <cstdio>
#include <ctime>
#include <unistd.h>

using namespace ne;
using test::UploadTestFiles;

namespace {

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

long peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLong();
    }
    return -1;
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

/// Times every event the queue's thread dispatches (outermost only) while measuring is
/// on, so a stall can be traced to the event that caused it, or to none (the scheduler).
class TimingApplication : public QCoreApplication
{
public:
    using QCoreApplication::QCoreApplication;
    bool measuring = false;
    double worstEventMs = 0; ///< thread CPU time of the costliest single event
    QString worstEvent;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!measuring || m_depth > 0 || QThread::currentThread() != thread())
            return QCoreApplication::notify(receiver, event);
        ++m_depth;
        const int type = event->type(); // the event may be gone after dispatch
        const char *className = receiver->metaObject()->className();
        const double start = threadCpuMs();
        const bool result = QCoreApplication::notify(receiver, event);
        const double spent = threadCpuMs() - start;
        --m_depth;
        if (spent > worstEventMs) {
            worstEventMs = spent;
            worstEvent =
                QStringLiteral("event type %1 to %2").arg(type).arg(QString::fromLatin1(className));
        }
        return result;
    }

private:
    int m_depth = 0;
};

/// A probe timer every 5 ms. Its worst lateness in wall time is the stall a user would
/// feel; on a loaded machine that includes the time other threads and processes held the
/// core. The thread's own CPU time between two probes is the work it did meanwhile:
/// the part of a stall that the code itself causes.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 gap = m_clock.restart();
            const double cpu = threadCpuMs();
            m_worst = std::max(m_worst, gap - 5);
            m_worstWork = std::max(m_worstWork, cpu - m_lastCpu);
            m_lastCpu = cpu;
            ++m_ticks;
            m_late += gap - 5 > 16;
        });
        m_clock.start();
        m_lastCpu = threadCpuMs();
        m_timer.start();
        if (auto *app = static_cast<TimingApplication *>(QCoreApplication::instance())) {
            app->measuring = true;
            app->worstEventMs = 0;
            app->worstEvent.clear();
        }
    }
    ~StallMeter() override { static_cast<TimingApplication *>(qApp)->measuring = false; }
    QString report() const
    {
        const auto *app = static_cast<TimingApplication *>(QCoreApplication::instance());
        return QStringLiteral("longest stall %1 ms (%2 of %3 probes over 16 ms); own work between "
                              "two probes at most %4 ms CPU; costliest event %5 ms CPU (%6)")
            .arg(m_worst)
            .arg(m_late)
            .arg(m_ticks)
            .arg(m_worstWork, 0, 'f', 1)
            .arg(app->worstEventMs, 0, 'f', 1)
            .arg(app->worstEvent);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_worst = 0;
    double m_worstWork = 0;
    double m_lastCpu = 0;
    int m_ticks = 0;
    int m_late = 0;
};

/// The baseline for the stall: the same event loop with nothing to do but the probe,
/// while `threads` threads decode thumbnails (the cpu pool's load) for `ms`, their nice
/// value raised by `niceness` (does a lower priority for the workers shorten the stall?).
QString idleBaseline(const QStringList &paths, int threads, int ms, int niceness)
{
    std::atomic<bool> stop = false;
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    for (int i = 0; i < threads; ++i) {
        pool.start([&, i] {
            thread_local int lowered = 0; // pool threads are reused: raise only by the difference
            if (nice(niceness - lowered) != -1)
                lowered = niceness;
            for (int k = i; !stop; k = (k + threads) % int(paths.size()))
                Thumbnailer::fromFile(paths.at(k), QSize(96, 96));
        });
    }
    StallMeter meter;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    stop = true;
    pool.waitForDone();
    return meter.report();
}

template<typename T> T await(QFuture<T> future)
{
    while (!future.isFinished())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return future.result();
}

/// Runs the whole pipeline over paths into store; returns seconds.
double pipeline(Store *store, const QStringList &paths, int expected, QString *stall)
{
    UploadQueue queue(store, nullptr, UploadQueue::Options());
    StallMeter meter;
    QElapsedTimer t;
    t.start();
    bool finished = false;
    QObject::connect(
        &queue, &UploadQueue::batchFinished, &queue, [&](int done, int duplicates, int failed) {
            finished = true;
            if (done + duplicates != expected || failed)
                std::printf("  ! done %d, duplicates %d, failed %d\n", done, duplicates, failed);
        });
    queue.addPaths(paths);
    while (!finished)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    *stall = meter.report();
    return seconds(t);
}

} // namespace

int main(int argc, char *argv[])
{
    TimingApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int files = args.size() > 1 ? args.at(1).toInt() : 100;
    const QSize size(args.size() > 2 ? args.at(2).toInt() : 4000,
                     args.size() > 3 ? args.at(3).toInt() : 3000);
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("photos"));
    std::printf("generating %d JPEGs of %dx%d…\n", files, size.width(), size.height());
    std::fflush(stdout);
    QStringList paths;
    qint64 bytes = 0;
    for (int i = 0; i < files; ++i) {
        const QByteArray jpeg =
            UploadTestFiles::encoded(UploadTestFiles::pattern(i, size), "jpeg", 90);
        const QString path = source + QStringLiteral("/IMG_%1.jpg").arg(i, 5, 10, QLatin1Char('0'));
        UploadTestFiles::write(path, jpeg);
        paths.append(path);
        bytes += jpeg.size();
    }
    const double mb = double(bytes) / 1e6;
    std::printf("%d files, %.1f MB\n", files, mb);

    // Thumbnails: scaled decode vs full decode + smooth scale, on the same files.
    const int thumbs = std::min(files, 40);
    QElapsedTimer t;
    t.start();
    qint64 pixels = 0; // used, so the work cannot be optimised away
    for (int i = 0; i < thumbs; ++i)
        pixels += Thumbnailer::fromFile(paths.at(i), QSize(96, 96)).width();
    const double scaled = thumbs / seconds(t);
    t.restart();
    for (int i = 0; i < thumbs; ++i)
        pixels += QImage(paths.at(i))
                      .scaled(96, 96, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                      .width();
    const double full = thumbs / seconds(t);
    std::printf("thumbnails/s (1 thread): scaled decode %.1f, full decode + scale %.1f (%.1fx; "
                "%lld px)\n",
                scaled, full, scaled / full, static_cast<long long>(pixels));

    // Hashing 512 MB in memory.
    const QByteArray block(64 << 20, 'x');
    t.restart();
    Sha256 ssl;
    for (int i = 0; i < 8; ++i)
        ssl.addData(block);
    ssl.hexResult();
    const double sslRate = 512 * 1.048576 / seconds(t);
    t.restart();
    QCryptographicHash qt(QCryptographicHash::Sha256);
    for (int i = 0; i < 8; ++i)
        qt.addData(block);
    qt.result();
    const double qtRate = 512 * 1.048576 / seconds(t);
    std::printf("SHA-256 MB/s (1 thread): OpenSSL %.0f, QCryptographicHash %.0f (%.1fx)\n", sslRate,
                qtRate, sslRate / qtRate);

    // Baseline: a plain copy of the same files.
    const QString copies = dir.filePath(QStringLiteral("copy"));
    QDir().mkpath(copies);
    t.restart();
    for (const QString &p : std::as_const(paths))
        QFile::copy(p, copies + u'/' + QFileInfo(p).fileName());
    const double copySeconds = seconds(t);
    std::printf("plain copy: %.2f s (%.1f files/s, %.0f MB/s)\n", copySeconds, files / copySeconds,
                mb / copySeconds);

    {
        SqliteStore store(dir.filePath(QStringLiteral("bench.nextevent")));
        await(store.open().then([] { return 0; }));
        QString stall;
        const double s = pipeline(&store, {source}, files, &stall);
        std::printf("pipeline -> embedded: %.2f s (%.1f files/s, %.0f MB/s) = %.2fx the copy "
                    "time; peak RSS %.0f MB\n  %s\n",
                    s, files / s, mb / s, s / copySeconds, peakRssKiB() / 1024.0,
                    qPrintable(stall));
        for (int niceness : {0, 10})
            std::printf("baseline, idle event loop beside %d thumbnail threads at nice +%d for "
                        "%.1f s:\n  %s\n",
                        QThread::idealThreadCount(), niceness, s,
                        qPrintable(idleBaseline(paths, QThread::idealThreadCount(), int(s * 1000),
                                                niceness)));
    }
    if (!qEnvironmentVariableIsEmpty("NE_TEST_PG_URI")) {
        test::PgTestDatabase db;
        PoolSettings settings;
        settings.maxOpen = 4;
        std::unique_ptr<PgStore> pg = PgStore::open(db.conninfo(), settings);
        await(pg->migrate().then([] { return 0; }));
        QString stall;
        const double s = pipeline(pg.get(), {source}, files, &stall);
        std::printf("pipeline -> PostgreSQL: %.2f s (%.1f files/s, %.0f MB/s) = %.2fx the copy "
                    "time\n  %s\n",
                    s, files / s, mb / s, s / copySeconds, qPrintable(stall));
    }

    // A 10,000-file folder (tiny files in 20 sub-folders): how fast the queue fills.
    const QString many = dir.filePath(QStringLiteral("many"));
    for (int i = 0; i < 10000; ++i)
        UploadTestFiles::write(many + QStringLiteral("/d%1/f%2.jpg").arg(i % 20).arg(i), "x");
    {
        SqliteStore store(dir.filePath(QStringLiteral("walk.nextevent")));
        UploadQueue queue(&store, nullptr, UploadQueue::Options());
        queue.pause(); // measure the walk, not the uploads
        StallMeter meter;
        QElapsedTimer walk;
        walk.start();
        qint64 first = -1;
        QObject::connect(&queue, &UploadQueue::rowsInserted, &queue, [&] {
            if (first < 0)
                first = walk.elapsed();
        });
        queue.addPaths({many});
        while (queue.count() < 10000 || queue.isWalking())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        std::printf(
            "10,000-file folder: first rows after %lld ms, all queued after %lld ms\n  %s\n",
            static_cast<long long>(first), static_cast<long long>(walk.elapsed()),
            qPrintable(meter.report()));
    }
    return 0;
}
