// SPDX-License-Identifier: MIT
// Paging through N articles (default 100,000) on one throwaway database, in one run:
//   1. RestStore against nextevent-server (what REST mode costs),
//   2. a raw QNetworkAccessManager GET of the very same URLs (the HTTP floor),
//   3. PgStore straight on PostgreSQL (direct mode; the goal is REST <= 2x of it).
// Prints per-page p50/p95, total time and the client's RSS after the REST pass. Then
//   4. a grid of 1,000 thumbnails filled through RestStore from a cold and a warm cache,
//      next to PgStore decoding the same images straight from PostgreSQL;
//   5. a 50 MB file through RestStore::putMedia, tus and multipart, next to a plain
//      QNetworkAccessManager POST of the same file into a socket that discards it.
// Every wait blocks in an event loop (as the app's UI thread does): a polling wait would
// take a core from the server on this 2-core machine and measure itself.
//   0. (table) the client's memory: a CursorTableModel over RestStore fetched to the end.
// Run: scripts/with-services build/tests/bench/rest/BenchRestPaging [rows] [thumbnails]
//      NE_BENCH_SECTIONS=table,paging,thumbnails,upload (default: all)
#include "ServerHarness.h"

#include "paging/CursorTableModel.h"
#include "store/postgres/PgStore.h"
#include "store/rest/RestEnvelope.h"
#include "store/rest/RestList.h"
#include "store/rest/RestMessage.h"
#include "store/rest/RestRecordCodec.h"
#include "store/rest/RestStore.h"
#include "store/rest/RestThumbnails.h"
#include "store/rest/RestUploader.h"
#include "upload/UploadItem.h"
#include "upload/UploadRecordDraft.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cstdio>
#include <pqxx/pqxx>

using namespace ne;

namespace {

struct Run
{
    std::vector<double> pageMs;
    double totalMs = 0;
    qint64 rows = 0;
};

double quantile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min(v.size() - 1, size_t(q * double(v.size() - 1) + 0.5)));
}

/// Blocks in an event loop until f finishes (processEvents with a timeout would spin).
template<typename T> void block(const QFuture<T> &f)
{
    QEventLoop loop;
    QFutureWatcher<T> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(f);
    if (!f.isFinished())
        loop.exec();
}

template<typename T> T wait(QFuture<T> f)
{
    block(f);
    return f.result();
}

bool wanted(const char *section)
{
    const QByteArray sections = qgetenv("NE_BENCH_SECTIONS");
    return sections.isEmpty() || sections.split(',').contains(section);
}

qint64 rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

/// Pages through everything; records every page's URL-equivalent cursor for the baseline.
Run pageStore(Store &store, QList<Cursor> *cursors)
{
    Run run;
    Query q;
    q.kind = EntityKind::Article;
    Cursor cursor;
    QElapsedTimer total;
    total.start();
    do {
        if (cursors)
            cursors->append(cursor);
        QElapsedTimer t;
        t.start();
        const Page page = wait(store.list(q, cursor, 100));
        run.pageMs.push_back(double(t.nsecsElapsed()) / 1e6);
        run.rows += page.records.size();
        if (getenv("NE_BENCH_TRACE"))
            std::printf("page %zu rows %lld first %s cursor %s\n", run.pageMs.size(),
                        (long long)page.records.size(),
                        page.records.isEmpty() ? "-"
                                               : qPrintable(page.records.first()
                                                                .value(keys::createdAt)
                                                                .toDateTime()
                                                                .toString(Qt::ISODateWithMs)),
                        page.nextCursor.token().left(60).constData());
        cursor = page.nextCursor;
    } while (!cursor.isNull());
    run.totalMs = double(total.nsecsElapsed()) / 1e6;
    return run;
}

Run pageRaw(QNetworkAccessManager &nam, const QUrl &base, const QString &key,
            const QList<Cursor> &cursors, QList<QByteArray> *bodies)
{
    Run run;
    QElapsedTimer total;
    total.start();
    for (const Cursor &c : cursors) {
        QUrl url = base;
        url.setQuery(c.isNull() ? QStringLiteral("limit=100&pageSize=100")
                                : QStringLiteral("cursor=%1&limit=100&pageSize=100")
                                      .arg(QString::fromLatin1(c.token().mid(2))));
        QNetworkRequest request(url);
        request.setRawHeader("X-API-Key", key.toLatin1());
        QElapsedTimer t;
        t.start();
        QNetworkReply *reply = nam.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray body = reply->readAll();
        run.pageMs.push_back(double(t.nsecsElapsed()) / 1e6);
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
            std::fprintf(stderr, "baseline page failed: %s\n", body.left(200).constData());
        bodies->append(body);
        run.rows += QJsonDocument::fromJson(body)
                        .object()
                        .value(QStringLiteral("articles"))
                        .toArray()
                        .size();
        reply->deleteLater();
    }
    run.totalMs = double(total.nsecsElapsed()) / 1e6;
    return run;
}

/// The client's share of a page: the bodies the baseline fetched, decoded as RestStore does
/// (RestList), with no network in between.
Run decodeBodies(const QList<QByteArray> &bodies)
{
    Run run;
    QElapsedTimer total;
    total.start();
    for (const QByteArray &body : bodies) {
        RestReply reply;
        reply.status = 200;
        reply.body = body;
        QElapsedTimer t;
        t.start();
        const RestList list = RestList::decode(reply, EntityKind::Article);
        run.pageMs.push_back(double(t.nsecsElapsed()) / 1e6);
        run.rows += list.records.size();
    }
    run.totalMs = double(total.nsecsElapsed()) / 1e6;
    return run;
}

/// The same bodies decoded as RestStore did before RestListReader (JSON document, envelope,
/// one Record per row): the baseline, timed in the same run.
Run decodeBodiesThroughDocument(const QList<QByteArray> &bodies)
{
    Run run;
    const EntitySchema &schema = EntitySchema::of(EntityKind::Article);
    QElapsedTimer total;
    total.start();
    for (const QByteArray &body : bodies) {
        QElapsedTimer t;
        t.start();
        const std::optional<RestEnvelope> envelope =
            RestEnvelope::parse(EntityKind::Article, QJsonDocument::fromJson(body));
        QList<Record> records;
        for (const QJsonValue &item : envelope->items)
            records.append(RestRecordCodec::decode(item.toObject(), schema));
        run.pageMs.push_back(double(t.nsecsElapsed()) / 1e6);
        run.rows += records.size();
    }
    run.totalMs = double(total.nsecsElapsed()) / 1e6;
    return run;
}

void print(const char *name, const Run &r)
{
    std::printf("%-34s rows=%lld pages=%zu p50=%.2f ms p95=%.2f ms total=%.0f ms\n", name,
                (long long)r.rows, r.pageMs.size(), quantile(r.pageMs, 0.5),
                quantile(r.pageMs, 0.95), r.totalMs);
}

/// The client as the app runs it: a table model over RestStore fetched to its last row,
/// holding every row as a table scrolled to the end does. Run first, in a fresh process.
void benchTable(const RestSettings &s, int rows)
{
    RestStore store(s);
    CursorTableModel model(&store);
    Query q;
    q.kind = EntityKind::Article;
    model.setPageSize(100);
    QEventLoop loop;
    QObject::connect(&model, &CursorTableModel::loadingChanged, &loop, [&](bool loading) {
        if (!loading)
            loop.quit();
    });
    QObject::connect(&model, &CursorTableModel::fetchFailed, &loop, [&](const QString &why) {
        std::fprintf(stderr, "table fetch failed: %s\n", qPrintable(why));
        loop.quit();
    });
    QElapsedTimer t;
    t.start();
    model.setQuery(q);
    while (model.isLoading() || model.canFetchMore({})) {
        if (!model.isLoading())
            model.fetchMore({});
        if (model.isLoading())
            loop.exec();
    }
    std::printf("CursorTableModel over RestStore: %d of %d rows in %.0f ms, client RSS %.1f MB "
                "(goal <= 250 MB)\n",
                model.rowCount(), rows, double(t.nsecsElapsed()) / 1e6, double(rssKiB()) / 1024);
}

/// Loads every image's thumbnail at once, as a grid showing them all would; ms to the last.
double fillGrid(Store &store, const QList<Record> &images, int *failed)
{
    QElapsedTimer t;
    t.start();
    QList<QFuture<QImage>> loads;
    for (const Record &image : images)
        loads.append(store.thumbnail(image, QSize(160, 160)).onFailed([](const StoreError &) {
            return QImage();
        }));
    const QList<QFuture<QImage>> done = wait(QtFuture::whenAll(loads.begin(), loads.end()));
    const double ms = double(t.nsecsElapsed()) / 1e6;
    *failed = int(std::count_if(done.begin(), done.end(),
                                [](const QFuture<QImage> &f) { return f.result().isNull(); }));
    return ms;
}

QList<Record> allImages(Store &store)
{
    QList<Record> out;
    Query q;
    q.kind = EntityKind::Image;
    Cursor cursor;
    do {
        const Page page = wait(store.list(q, cursor, 100));
        out += page.records;
        cursor = page.nextCursor;
    } while (!cursor.isNull());
    return out;
}

/// A 320x240 JPEG unlike every other one: a flat colour would compress to the same bytes
/// for neighbouring indexes, and content addressing would fold them into one image.
QString gridPicture(const QTemporaryDir &dir, int index)
{
    QImage picture(320, 240, QImage::Format_RGB32);
    picture.fill(QColor(index % 256, (index / 256) * 40 % 256, 90));
    for (int bit = 0; bit < 16; ++bit)
        for (int y = 0; y < 16; ++y)
            for (int x = 0; x < 16; ++x)
                picture.setPixel(bit * 16 + x, 112 + y, (index >> bit) & 1 ? 0xffffffu : 0u);
    const QString path = dir.filePath(QStringLiteral("grid-%1.jpg").arg(index));
    picture.save(path, "JPEG", 90);
    return path;
}

void benchThumbnails(const RestSettings &base, const QString &pgUri, int count)
{
    QTemporaryDir dir;
    std::unique_ptr<PgStore> pg = PgStore::open(pgUri);
    {
        // Stored straight into PostgreSQL, so that both backends read the same bytes: the
        // server copies them out on first read (as it does for any direct client's media).
        int failures = 0;
        for (int i = 0; i < count; ++i) {
            const QString path = gridPicture(dir, i);
            try {
                UploadItem item;
                item.path = path;
                item.kind = EntityKind::Image;
                wait(pg->create(EntityKind::Image,
                                UploadRecordDraft::values(item, wait(pg->putMedia(path)))));
            } catch (const StoreError &e) {
                if (failures++ == 0)
                    std::fprintf(stderr, "seeding failed: %s\n", qPrintable(e.message()));
            }
        }
        std::printf("thumbnails: %d distinct images stored in PostgreSQL (%d failed)\n", count,
                    failures);
    }
    RestSettings s = base;
    s.cacheDirectory = dir.filePath(QStringLiteral("cache-a"));
    int failed = 0;
    const auto report = [&](const char *what, double ms, RestStore &store) {
        std::printf("  %-48s %8.0f ms  memory hits %lld, disk hits %lld, network %lld, failed %d\n",
                    what, ms, (long long)store.thumbnails()->memoryHits(),
                    (long long)store.thumbnails()->diskHits(),
                    (long long)store.thumbnails()->misses(), failed);
    };
    std::printf("grid of %d thumbnails (160 px) via RestStore:\n", count);
    {
        RestStore store(s);
        const QList<Record> images = allImages(store);
        double ms = fillGrid(store, images, &failed);
        report("cold client cache, server renders", ms, store);
        ms = fillGrid(store, images, &failed);
        report("warm: same session (memory cache)", ms, store);
    }
    {
        RestStore store(s);
        const QList<Record> images = allImages(store);
        const double ms = fillGrid(store, images, &failed);
        report("warm: new session on the disk cache", ms, store);
    }
    s.cacheDirectory = dir.filePath(QStringLiteral("cache-b"));
    {
        RestStore store(s);
        const QList<Record> images = allImages(store);
        const double ms = fillGrid(store, images, &failed);
        report("cold client cache, server renders cached", ms, store);
    }
    const QList<Record> images = allImages(*pg);
    double ms = fillGrid(*pg, images, &failed);
    std::printf("  %-48s %8.0f ms  failed %d\n", "PgStore (direct), first", ms, failed);
    ms = fillGrid(*pg, images, &failed);
    std::printf("  %-48s %8.0f ms  failed %d\n", "PgStore (direct), again", ms, failed);
}

/// A PNG of noise (it does not compress) of width * height * 3 bytes and a little more.
QString noisePng(const QTemporaryDir &dir, const QString &name, int width, int height)
{
    QImage picture(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y)
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(picture.scanLine(y)),
                                              width);
    const QString path = dir.filePath(name);
    picture.save(path, "PNG", 0);
    return path;
}

/// Reads a request to the end and answers 204: the network floor for an upload.
class DiscardingPeer : public QTcpServer
{
public:
    DiscardingPeer()
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                auto state = std::make_shared<std::pair<QByteArray, qint64>>(QByteArray(), -1);
                connect(socket, &QTcpSocket::readyRead, socket, [socket, state] {
                    const QByteArray data = socket->readAll();
                    if (state->second < 0) {
                        state->first += data;
                        const qsizetype end = state->first.indexOf("\r\n\r\n");
                        if (end < 0)
                            return;
                        const qsizetype at = state->first.toLower().indexOf("content-length:");
                        const qint64 length =
                            state->first.mid(at + 15, state->first.indexOf('\r', at) - at - 15)
                                .trimmed()
                                .toLongLong();
                        state->second = length - (state->first.size() - end - 4);
                        state->first.clear();
                    } else {
                        state->second -= data.size();
                    }
                    if (state->second <= 0) {
                        socket->write("HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n");
                        state->second = -1;
                    }
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
};

double postRaw(QNetworkAccessManager &nam, const QUrl &url, const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/octet-stream"));
    QElapsedTimer t;
    t.start();
    QNetworkReply *reply = nam.post(request, &file);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const double ms = double(t.nsecsElapsed()) / 1e6;
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 204)
        std::fprintf(stderr, "sink POST failed: %s\n", qPrintable(reply->errorString()));
    delete reply;
    return ms;
}

double putMedia(const RestSettings &s, const QString &path, qint64 *patched)
{
    RestStore store(s);
    QElapsedTimer t;
    t.start();
    QFuture<MediaRef> f = store.putMedia(path);
    block(f);
    const double ms = double(t.nsecsElapsed()) / 1e6;
    try {
        f.result();
    } catch (const StoreError &e) {
        std::fprintf(stderr, "putMedia failed: %s\n", qPrintable(e.message()));
    }
    *patched = store.uploader()->patchedBytes();
    return ms;
}

void benchUpload(const RestSettings &base)
{
    QTemporaryDir dir;
    const int rounds = 2;
    QStringList files;
    for (int i = 0; i < 2 * rounds; ++i) // distinct bytes: no upload finds another's image
        files << noisePng(dir, QStringLiteral("big-%1.png").arg(i), 4080, 4080);
    const qint64 size = QFileInfo(files.first()).size();
    std::printf("upload of a %.1f MB PNG (%lld bytes) through RestStore::putMedia, loopback:\n",
                double(size) / 1e6, (long long)size);
    DiscardingPeer sink;
    QNetworkAccessManager nam;
    const QUrl sinkUrl(QStringLiteral("http://127.0.0.1:%1/sink").arg(sink.serverPort()));
    postRaw(nam, sinkUrl, files.first()); // warms the page cache for the first file
    for (int r = 0; r < rounds; ++r) {
        qint64 patched = 0;
        RestSettings multipart = base;
        multipart.useTus = false;
        const double floorMs = postRaw(nam, sinkUrl, files.at(2 * r));
        const double multipartMs = putMedia(multipart, files.at(2 * r), &patched);
        const double tusMs = putMedia(base, files.at(2 * r + 1), &patched);
        std::printf("  round %d: multipart %.0f ms, tus %.0f ms (%lld bytes PATCHed in %lld-byte "
                    "chunks); raw POST into a discarding socket %.0f ms -> multipart %.1fx, tus "
                    "%.1fx of the floor\n",
                    r + 1, multipartMs, tusMs, (long long)patched, (long long)base.uploadChunkBytes,
                    floorMs, multipartMs / floorMs, tusMs / floorMs);
    }
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // progress shows while it runs
    const int rows = argc > 1 ? std::atoi(argv[1]) : 100000;
    ServerHarness h;
    const QString error = h.setUp(QStringLiteral("bench"));
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    {
        pqxx::connection c(h.databaseUri().toStdString());
        pqxx::work tx(c);
        tx.exec(
            "INSERT INTO site_articles (title, content, type, created_at) SELECT 'Article ' || g, "
            "'body', 'standard', now() - g * interval '1 second' FROM generate_series(1, " +
            std::to_string(rows) + ") g");
        tx.commit();
        pqxx::nontransaction(c).exec("ANALYZE site_articles");
    }
    // No response cache: the baseline fetches the same URLs afterwards and must not be
    // answered from memory where the RestStore pass went to the database.
    // No rate limit either: a 429 would make whichever pass meets it look faster or slower.
    if (h.start({QStringLiteral("--cache.l1_megabytes"), QStringLiteral("0"),
                 QStringLiteral("--auth.rate_limit_rps"), QStringLiteral("1000000"),
                 QStringLiteral("--auth.rate_limit_burst"), QStringLiteral("1000000")}) != 0)
        return 1;
    std::printf("articles=%d page=100 server port=%u\n", rows, h.port());

    RestSettings s;
    s.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(h.port()));
    s.apiKey = h.apiKey();
    s.liveEvents = false;
    if (wanted("table"))
        benchTable(s, rows);
    if (wanted("paging")) {
        // Untimed: PostgreSQL's buffers and the server's pool are warm for every pass alike,
        // not only for whichever pass came second.
        {
            std::unique_ptr<PgStore> warm = PgStore::open(h.databaseUri());
            pageStore(*warm, nullptr);
            RestStore warmRest(s);
            pageStore(warmRest, nullptr);
        }
        RestStore rest(s);
        QList<Cursor> cursors;
        const Run restRun = pageStore(rest, &cursors);
        const qint64 rss = rssKiB();
        print("RestStore (nextevent-server)", restRun);
        QNetworkAccessManager nam;
        QList<QByteArray> bodies;
        const Run rawRun =
            pageRaw(nam, s.apiUrl(QStringLiteral("/articles")), h.apiKey(), cursors, &bodies);
        print("raw QNetworkAccessManager GET", rawRun);
        const Run now = decodeBodies(bodies); // first: any cold start counts against it
        const Run before = decodeBodiesThroughDocument(bodies);
        print("  of which the client's decoding", now);
        print("  (decoding through QJsonDocument)", before);
        std::printf("  decoding QJsonDocument / RestList: p50 %.2fx p95 %.2fx total %.2fx\n",
                    quantile(before.pageMs, 0.5) / quantile(now.pageMs, 0.5),
                    quantile(before.pageMs, 0.95) / quantile(now.pageMs, 0.95),
                    before.totalMs / now.totalMs);
        std::unique_ptr<PgStore> pg = PgStore::open(h.databaseUri());
        const Run pgRun = pageStore(*pg, nullptr);
        print("PgStore (PostgreSQL direct)", pgRun);
        std::printf("RestStore / raw GET: p50 %.2fx p95 %.2fx total %.2fx\n",
                    quantile(restRun.pageMs, 0.5) / quantile(rawRun.pageMs, 0.5),
                    quantile(restRun.pageMs, 0.95) / quantile(rawRun.pageMs, 0.95),
                    restRun.totalMs / rawRun.totalMs);
        std::printf("RestStore / PgStore:  p50 %.2fx p95 %.2fx total %.2fx (goal <= 2x)\n",
                    quantile(restRun.pageMs, 0.5) / quantile(pgRun.pageMs, 0.5),
                    quantile(restRun.pageMs, 0.95) / quantile(pgRun.pageMs, 0.95),
                    restRun.totalMs / pgRun.totalMs);
        std::printf("RSS after paging %d rows over REST (none kept): %.1f MB\n", rows,
                    double(rss) / 1024);
    }
    if (wanted("thumbnails"))
        benchThumbnails(s, h.databaseUri(), argc > 2 ? std::atoi(argv[2]) : 1000);
    if (wanted("upload"))
        benchUpload(s);
    return 0;
}
