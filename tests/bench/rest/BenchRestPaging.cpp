// SPDX-License-Identifier: MIT
// Paging through N articles (default 100,000) on one throwaway database, in one run:
//   1. RestStore against nextevent-server (what REST mode costs),
//   2. a raw QNetworkAccessManager GET of the very same URLs (the HTTP floor),
//   3. PgStore straight on PostgreSQL (direct mode; the goal is REST <= 2x of it).
// Prints per-page p50/p95, total time and the client's RSS after the REST pass.
// Run: scripts/with-services build/tests/bench/rest/BenchRestPaging [rows]
#include "ServerHarness.h"

#include "store/postgres/PgStore.h"
#include "store/rest/RestStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

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

template<typename T> T wait(QFuture<T> f)
{
    while (!f.isFinished())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    return f.result();
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
            const QList<Cursor> &cursors)
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

void print(const char *name, const Run &r)
{
    std::printf("%-34s rows=%lld pages=%zu p50=%.2f ms p95=%.2f ms total=%.0f ms\n", name,
                (long long)r.rows, r.pageMs.size(), quantile(r.pageMs, 0.5),
                quantile(r.pageMs, 0.95), r.totalMs);
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
    RestStore rest(s);
    QList<Cursor> cursors;
    const Run restRun = pageStore(rest, &cursors);
    const qint64 rss = rssKiB();
    print("RestStore (nextevent-server)", restRun);
    QNetworkAccessManager nam;
    const Run rawRun = pageRaw(nam, s.apiUrl(QStringLiteral("/articles")), h.apiKey(), cursors);
    print("raw QNetworkAccessManager GET", rawRun);
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
    std::printf("client RSS after paging %d rows over REST: %.1f MB (goal <= 250 MB)\n", rows,
                double(rss) / 1024);
    return 0;
}
