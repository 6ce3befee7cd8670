// SPDX-License-Identifier: MIT
// Paging cost on a large embedded workspace: first page vs a page at depth 990,000 reached
// by keyset cursor (and the OFFSET query that finds that depth), search and count(*).
//
//   BenchSqliteWorkspace [--rows N] [--runs N] [WORKSPACE]
//
// Without WORKSPACE a throwaway one is built in a temporary folder. With WORKSPACE, an
// existing file holding at least N articles is reused as is; otherwise it is created (or
// topped up) first, so a second run measures without rebuilding.
#include "store/sqlite/SqliteRepository.h"
#include "store/sqlite/SqliteStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kBaseMillis = 1577836800000; // 2020-01-01T00:00:00Z
constexpr int kRowsPerTick = 7;               // this many rows share each created_at
constexpr int kRareEvery = 100000;            // "zeppelin" is in 1 of this many titles

void out(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

[[noreturn]] void die(const QString &why)
{
    std::fputs(qPrintable(u"error: "_s + why + u'\n'), stderr);
    std::exit(1);
}

template<typename T> T await(QFuture<T> future)
{
    try {
        // open() finishes on this thread (a continuation with a context object), so
        // the event loop must run while waiting; list() finishes on the io pool.
        while (!future.isFinished())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        future.waitForFinished();
        if constexpr (!std::is_void_v<T>)
            return future.result();
    } catch (const ne::StoreError &e) {
        die(e.message() + u" ("_s + e.detail() + u')');
    }
}

QSqlDatabase rawConnection(const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-raw"_s);
    db.setDatabaseName(path);
    if (!db.open())
        die(db.lastError().text());
    QSqlQuery q(db);
    for (const QString &pragma : {u"PRAGMA busy_timeout = 10000"_s, u"PRAGMA journal_mode = WAL"_s,
                                  u"PRAGMA synchronous = OFF"_s, u"PRAGMA cache_size = -400000"_s,
                                  u"PRAGMA temp_store = MEMORY"_s}) {
        if (!q.exec(pragma))
            die(q.lastError().text());
    }
    return db;
}

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        die(sql + u": "_s + q.lastError().text());
    return q.value(0).toLongLong();
}

const QStringList kEnglish{u"city"_s,     u"council"_s, u"budget"_s,   u"harbour"_s, u"festival"_s,
                           u"market"_s,   u"science"_s, u"school"_s,   u"river"_s,   u"bridge"_s,
                           u"election"_s, u"museum"_s,  u"football"_s, u"weather"_s, u"railway"_s,
                           u"garden"_s,   u"energy"_s,  u"library"_s,  u"concert"_s, u"hospital"_s};
const QStringList kChinese{u"城市"_s, u"预算"_s, u"港口"_s, u"节日"_s, u"市场"_s,
                           u"科学"_s, u"学校"_s, u"河流"_s, u"大桥"_s, u"选举"_s};
const QStringList kTypes{u"standard"_s, u"featured"_s, u"news"_s, u"blog"_s, u"guide"_s};
const QStringList kStatuses{u"draft"_s, u"published"_s, u"published"_s, u"archived"_s};

/// Appends articles [from, to) in one transaction of prepared INSERTs. Titles: every
/// second one holds "report" (the common word), a tenth are Chinese with 新闻发布会, and
/// one in kRareEvery holds "zeppelin".
void populate(QSqlDatabase db, qint64 from, qint64 to)
{
    QElapsedTimer timer;
    timer.start();
    QRandomGenerator rng(20240501);
    if (!db.transaction())
        die(db.lastError().text());
    QSqlQuery q(db);
    if (!q.prepare(u"INSERT INTO site_articles (id, title, summary, content, type, status, "
                   "author_name, view_count, published_at, created_at, updated_at, version) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"_s))
        die(q.lastError().text());
    const QString content = u"Body text."_s;
    for (qint64 i = from; i < to; ++i) {
        const QString a = kEnglish[rng.bounded(kEnglish.size())];
        const QString b = kEnglish[rng.bounded(kEnglish.size())];
        QString title;
        if (i % 10 == 3)
            title = kChinese[rng.bounded(kChinese.size())] + u"新闻发布会 第"_s +
                    QString::number(i) + u"期"_s;
        else
            title = a + u' ' + b + (i % 2 == 0 ? u" report "_s : u" notes "_s) + QString::number(i);
        if (i % kRareEvery == 12345)
            title += u" zeppelin"_s;
        const qint64 created = kBaseMillis + (i / kRowsPerTick) * 60000;
        const QString status = kStatuses[int(i % kStatuses.size())];
        q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        q.addBindValue(title);
        q.addBindValue(QString(u"About "_s + a + u" and "_s + b + u'.'));
        q.addBindValue(content);
        q.addBindValue(kTypes[int(i % kTypes.size())]);
        q.addBindValue(status);
        q.addBindValue(i % 9 == 0 ? QVariant()
                                  : QVariant(QString(u"Author "_s + QString::number(i % 500))));
        q.addBindValue(qint64(rng.bounded(100000)));
        q.addBindValue(status == u"published"_s ? QVariant(created + 3600000) : QVariant());
        q.addBindValue(created);
        q.addBindValue(created);
        if (!q.exec())
            die(q.lastError().text());
        if ((i - from + 1) % 100000 == 0)
            out(u"  inserted %1 rows (%2 s)"_s.arg(i - from + 1)
                    .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    }
    // Writes by this tool are not edits anyone needs to hear about.
    QSqlQuery(db).exec(u"DELETE FROM change_log"_s);
    if (!db.commit())
        die(db.lastError().text());
    out(u"  committed %1 rows in %2 s"_s.arg(to - from).arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    QElapsedTimer analyze;
    analyze.start();
    QSqlQuery(db).exec(u"ANALYZE"_s);
    QSqlQuery(db).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    out(u"  ANALYZE + checkpoint %1 s"_s.arg(analyze.elapsed() / 1000.0, 0, 'f', 1));
}

struct Stats
{
    double p50 = 0;
    double p95 = 0;
    double min = 0;
    double max = 0;
    int runs = 0;
};

/// Runs f `runs` times (after one warm-up) and returns wall-clock milliseconds.
Stats measure(int runs, const std::function<void()> &f)
{
    f();
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        ms.append(t.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    auto pct = [&](double p) {
        const qsizetype idx = std::clamp<qsizetype>(qsizetype(p * double(ms.size()) + 0.999999) - 1,
                                                    0, ms.size() - 1);
        return ms[idx];
    };
    return {pct(0.50), pct(0.95), ms.constFirst(), ms.constLast(), int(ms.size())};
}

/// Like measure(), but runs the functions round-robin, so that load from other programs
/// on a busy machine falls on all of them alike and their ratio stays meaningful.
QList<Stats> measureInterleaved(int runs, const QList<std::function<void()>> &fs)
{
    QList<QList<double>> ms(fs.size());
    for (const auto &f : fs)
        f();
    for (int i = 0; i < runs; ++i) {
        for (qsizetype k = 0; k < fs.size(); ++k) {
            QElapsedTimer t;
            t.start();
            fs[k]();
            ms[k].append(t.nsecsElapsed() / 1e6);
        }
    }
    QList<Stats> out;
    for (QList<double> &m : ms) {
        std::sort(m.begin(), m.end());
        auto pct = [&](double p) {
            const qsizetype idx = std::clamp<qsizetype>(
                qsizetype(p * double(m.size()) + 0.999999) - 1, 0, m.size() - 1);
            return m[idx];
        };
        out.append({pct(0.50), pct(0.95), m.constFirst(), m.constLast(), int(m.size())});
    }
    return out;
}

QString loadAverage()
{
    QFile f(u"/proc/loadavg"_s);
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(u' ', 0, 2)
                                       : u"?"_s;
}

QString row(const QString &what, const Stats &s, const QString &note = {})
{
    return u"| %1 | %2 | %3 | %4 | %5 | %6 | %7 |"_s.arg(what, -58)
        .arg(s.p50, 8, 'f', 2)
        .arg(s.p95, 8, 'f', 2)
        .arg(s.min, 8, 'f', 2)
        .arg(s.max, 8, 'f', 2)
        .arg(s.runs, 4)
        .arg(note);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Embedded workspace paging benchmark"_s);
    parser.addHelpOption();
    parser.addOption(
        {u"rows"_s, u"Articles in the workspace (default 1000000)."_s, u"n"_s, u"1000000"_s});
    parser.addOption({u"runs"_s, u"Timed runs per paging figure (default 50)."_s, u"n"_s, u"50"_s});
    parser.addPositionalArgument(u"workspace"_s, u"Workspace file to build or reuse."_s);
    parser.process(app);
    const qint64 rows = parser.value(u"rows"_s).toLongLong();
    const int runs = parser.value(u"runs"_s).toInt();
    if (rows < 1000 || runs < 1)
        die(u"--rows must be at least 1000 and --runs at least 1"_s);

    QTemporaryDir temp;
    QString path = parser.positionalArguments().value(0);
    if (path.isEmpty())
        path = temp.filePath(u"bench.nextevent"_s);
    path = QFileInfo(path).absoluteFilePath();

    out(u"command: "_s + QCoreApplication::arguments().join(u' '));
    out(u"workspace: "_s + path);
    out(u"load average at start: "_s + loadAverage() + u" (cores: "_s +
        QString::number(QThread::idealThreadCount()) + u')');

    // 1. The product creates (or migrates) the schema; then it is closed so that bulk
    //    loading does not wake its change watcher a million times.
    {
        ne::SqliteStore store(path);
        await(store.open());
    }
    {
        QSqlDatabase db = rawConnection(path);
        const qint64 have = scalar(db, u"SELECT count(*) FROM site_articles"_s);
        if (have < rows) {
            out(u"building: %1 articles present, adding %2"_s.arg(have).arg(rows - have));
            populate(db, have, rows);
        } else {
            out(u"reusing: %1 articles present"_s.arg(have));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"bench-raw"_s);

    // 2. Measure through the product's Store and repository on a fresh open.
    ne::SqliteStore store(path);
    await(store.open());
    QSqlDatabase db = rawConnection(path);
    const qint64 live =
        scalar(db, u"SELECT count(*) FROM site_articles WHERE deleted_at IS NULL"_s);
    const qint64 depth = std::min<qint64>(990000, live - 100);
    out(u"live articles: %1; deep page starts after row %2"_s.arg(live).arg(depth));

    ne::Query byCreated;
    byCreated.kind = ne::EntityKind::Article;
    qint64 firstTotal = 0;
    bool firstExact = false;
    auto firstPageRun = [&] {
        const ne::Page page = await(store.list(byCreated, ne::Cursor(), 100));
        if (page.records.size() != 100)
            die(u"first page has %1 rows"_s.arg(page.records.size()));
        firstTotal = page.total;
        firstExact = page.totalIsExact;
    };
    const ne::Page firstPage = await(store.list(byCreated, ne::Cursor(), 100));
    auto secondPageRun = [&] {
        const ne::Page page = await(store.list(byCreated, firstPage.nextCursor, 100));
        if (page.records.size() != 100)
            die(u"second page has %1 rows"_s.arg(page.records.size()));
    };
    ne::Query counted = byCreated;
    counted.exactTotal = true;
    qint64 exactTotal = 0;
    const Stats firstCounted = measure(std::min(runs, 10), [&] {
        exactTotal = await(store.list(counted, ne::Cursor(), 100)).total;
    });

    // The row at the depth, found once with OFFSET (timed: this is what OFFSET paging costs).
    QString depthId;
    qint64 depthCreated = 0;
    const Stats offsetOne = measure(std::min(runs, 10), [&] {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT id, created_at FROM site_articles WHERE deleted_at IS NULL "
                    "ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET %1"_s.arg(depth - 1)) ||
            !q.next())
            die(q.lastError().text());
        depthId = q.value(0).toString();
        depthCreated = q.value(1).toLongLong();
    });
    const Stats offsetPage = measure(std::min(runs, 10), [&] {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT * FROM site_articles WHERE deleted_at IS NULL "
                    "ORDER BY created_at DESC, id DESC LIMIT 100 OFFSET %1"_s.arg(depth)))
            die(q.lastError().text());
        int n = 0;
        while (q.next())
            ++n;
        if (n != 100)
            die(u"OFFSET page has %1 rows"_s.arg(n));
    });
    const ne::Cursor deepCursor =
        ne::Cursor::fromPosition({ne::keys::createdAt, Qt::DescendingOrder, depthCreated, depthId});
    QString deepFirstId;
    auto deepPageRun = [&] {
        const ne::Page page = await(store.list(byCreated, deepCursor, 100));
        if (page.records.size() != 100)
            die(u"deep page has %1 rows"_s.arg(page.records.size()));
        deepFirstId = page.records.constFirst().id();
    };
    const QList<Stats> paging =
        measureInterleaved(runs, {firstPageRun, secondPageRun, deepPageRun});
    const Stats &first = paging[0];
    const Stats &second = paging[1];
    const Stats &deep = paging[2];
    {
        // The cursor page is the same rows OFFSET finds.
        QSqlQuery q(db);
        if (!q.exec(u"SELECT id FROM site_articles WHERE deleted_at IS NULL ORDER BY "
                    "created_at DESC, id DESC LIMIT 1 OFFSET %1"_s.arg(depth)) ||
            !q.next() || q.value(0).toString() != deepFirstId)
            die(u"the cursor page does not start where OFFSET says"_s);
    }

    // Other sort keys: a nullable one (published_at) and a text one (title), deep by cursor.
    auto deepBy = [&](const QString &key, const QString &column) {
        ne::Query query = byCreated;
        query.sortKey = key;
        QSqlQuery q(db);
        if (!q.exec(u"SELECT id, %1 FROM site_articles WHERE deleted_at IS NULL AND %1 IS NOT "
                    "NULL ORDER BY %1 DESC, id DESC LIMIT 1 OFFSET %2"_s.arg(column)
                        .arg(depth / 2)) ||
            !q.next())
            die(q.lastError().text());
        const ne::Cursor cursor =
            ne::Cursor::fromPosition({key, Qt::DescendingOrder, q.value(1), q.value(0).toString()});
        return measure(runs, [&] {
            if (await(store.list(query, cursor, 100)).records.size() != 100)
                die(u"short page"_s);
        });
    };
    const Stats deepPublished = deepBy(u"publishedAt"_s, u"published_at"_s);
    const Stats deepTitle = deepBy(u"title"_s, u"title"_s);

    const Stats count = measure(std::min(runs, 10), [&] {
        scalar(db, u"SELECT count(*) FROM site_articles t WHERE t.deleted_at IS NULL"_s);
    });

    auto search = [&](const QString &text, qint64 *hits) {
        ne::Query query = byCreated;
        query.search = text;
        const Stats s =
            measure(std::min(runs, 10), [&] { await(store.list(query, ne::Cursor(), 100)); });
        query.exactTotal = true; // counted once, outside the timing, for the table
        *hits = await(store.list(query, ne::Cursor(), 100)).total;
        return s;
    };
    qint64 commonHits = 0, rareHits = 0, zhHits = 0, zh2Hits = 0, zhRareHits = 0;
    const Stats common = search(u"report"_s, &commonHits);
    const Stats rare = search(u"zeppelin"_s, &rareHits);
    const Stats zh = search(u"发布会"_s, &zhHits);
    const Stats zh2 = search(u"港口"_s, &zh2Hits);
    const Stats zhRare = search(u"第12343期"_s, &zhRareHits);

    out(QString());
    out(u"| what (100-row pages, %1 articles) | p50 ms | p95 ms | min ms | max ms | runs | note |"_s
            .arg(live));
    out(u"|---|---:|---:|---:|---:|---:|---|"_s);
    out(row(u"first page, created_at DESC (Store::list, no cursor)"_s, first,
            u"total %1 (%2)"_s.arg(firstTotal).arg(firstExact ? u"exact"_s : u"estimate"_s)));
    out(row(u"first page with Query::exactTotal (counts the rows)"_s, firstCounted,
            u"total %1"_s.arg(exactTotal)));
    out(row(u"second page by cursor"_s, second));
    out(row(u"page at depth %1 by cursor"_s.arg(depth), deep));
    out(row(u"page at depth %1 by cursor, published_at DESC"_s.arg(depth / 2), deepPublished,
            u"nullable key"_s));
    out(row(u"page at depth %1 by cursor, title DESC"_s.arg(depth / 2), deepTitle));
    out(row(u"OFFSET %1 LIMIT 1 (finds the cursor row)"_s.arg(depth - 1), offsetOne,
            u"baseline"_s));
    out(row(u"OFFSET %1 LIMIT 100 (what OFFSET paging costs)"_s.arg(depth), offsetPage,
            u"baseline"_s));
    out(row(u"count(*) of live articles"_s, count));
    out(row(u"search \"report\" (common, FTS trigram), first page"_s, common,
            u"%1 hits"_s.arg(commonHits)));
    out(row(u"search \"zeppelin\" (rare, FTS trigram), first page"_s, rare,
            u"%1 hits"_s.arg(rareHits)));
    out(row(u"search \"发布会\" (Chinese, FTS trigram), first page"_s, zh,
            u"%1 hits"_s.arg(zhHits)));
    out(row(u"search \"港口\" (2-char Chinese, LIKE fallback), first page"_s, zh2,
            u"%1 hits"_s.arg(zh2Hits)));
    out(row(u"search \"第12343期\" (rare Chinese, FTS trigram), first page"_s, zhRare,
            u"%1 hits"_s.arg(zhRareHits)));
    out(QString());
    out(u"(first, second and deep pages were timed round-robin, %1 runs each)"_s.arg(runs));
    out(u"deep/first p50 ratio: %1x (target <= 1.5x); deep/second p50 ratio: %2x"_s
            .arg(deep.p50 / first.p50, 0, 'f', 2)
            .arg(deep.p50 / second.p50, 0, 'f', 2));
    out(u"deep/first p95 ratio: %1x"_s.arg(deep.p95 / first.p95, 0, 'f', 2));
    out(u"load average at end: "_s + loadAverage());
    db.close();
    return 0;
}
