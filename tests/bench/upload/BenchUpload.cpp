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
#include <QTimer>
#include <cstdio>

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

/// Longest gap between 5 ms timer ticks beyond the interval: how long the thread that
/// runs the queue (the UI thread in the app) was kept from its event loop.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 gap = m_clock.restart();
            m_worst = std::max(m_worst, gap - 5);
        });
        m_clock.start();
        m_timer.start();
    }
    qint64 worstMs() const { return m_worst; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_worst = 0;
};

template<typename T> T await(QFuture<T> future)
{
    while (!future.isFinished())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return future.result();
}

/// Runs the whole pipeline over paths into store; returns seconds.
double pipeline(Store *store, const QStringList &paths, int expected, qint64 *stall)
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
    *stall = meter.worstMs();
    return seconds(t);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
        qint64 stall = 0;
        const double s = pipeline(&store, {source}, files, &stall);
        std::printf("pipeline -> embedded: %.2f s (%.1f files/s, %.0f MB/s) = %.2fx the copy "
                    "time; longest event-loop stall %lld ms; peak RSS %.0f MB\n",
                    s, files / s, mb / s, s / copySeconds, static_cast<long long>(stall),
                    peakRssKiB() / 1024.0);
    }
    if (!qEnvironmentVariableIsEmpty("NE_TEST_PG_URI")) {
        test::PgTestDatabase db;
        PoolSettings settings;
        settings.maxOpen = 4;
        std::unique_ptr<PgStore> pg = PgStore::open(db.conninfo(), settings);
        await(pg->migrate().then([] { return 0; }));
        qint64 stall = 0;
        const double s = pipeline(pg.get(), {source}, files, &stall);
        std::printf("pipeline -> PostgreSQL: %.2f s (%.1f files/s, %.0f MB/s) = %.2fx the copy "
                    "time; longest stall %lld ms\n",
                    s, files / s, mb / s, s / copySeconds, static_cast<long long>(stall));
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
        std::printf("10,000-file folder: first rows after %lld ms, all queued after %lld ms; "
                    "longest stall %lld ms\n",
                    static_cast<long long>(first), static_cast<long long>(walk.elapsed()),
                    static_cast<long long>(meter.worstMs()));
    }
    return 0;
}
