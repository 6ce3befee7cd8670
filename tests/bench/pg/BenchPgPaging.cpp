// SPDX-License-Identifier: MIT
// Issue 3's numbers on 1,000,000 image rows (default; pass another count as argv[1]):
//   scripts/with-services build/tests/bench/pg/BenchPgPaging
// Prints one table: keyset pages through PgStore at depth 0 and 990,000 beside OFFSET,
// search for a common / mid / rare word, estimate vs count(*), a 1,000-row bulk status
// change, and NOTIFY latency from another session to PgStore::changed.
#include "PgTestDatabase.h"

#include "store/postgres/ConnectionPool.h"
#include "store/postgres/PgStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <pqxx/pqxx>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <thread>

#include <unistd.h>

using namespace ne;

namespace {

struct Stats
{
    double p50 = 0, p95 = 0, max = 0;
};

Stats stats(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) {
        return ms[std::min(ms.size() - 1, size_t(q * double(ms.size() - 1) + 0.5))];
    };
    return {at(0.5), at(0.95), ms.back()};
}

/// Prints the runs in the order they ran (stderr), to tell a steady cost from spikes.
std::vector<double> inOrder(const char *what, std::vector<double> ms, const char *unit = "ms")
{
    std::fprintf(stderr, "  %s, each run (%s):", what, unit);
    for (double m : ms)
        std::fprintf(stderr, " %.1f", m);
    std::fprintf(stderr, "\n");
    return ms;
}

/// Times f(0) .. f(runs - 1); with a pause, waits that long (untimed) before each run.
template<typename F>
std::vector<double> timeRuns(int runs, F &&f,
                             std::chrono::milliseconds pause = std::chrono::milliseconds(0))
{
    std::vector<double> out;
    for (int i = 0; i < runs; ++i) {
        if (pause.count() > 0)
            std::this_thread::sleep_for(pause);
        QElapsedTimer t;
        t.start();
        f(i);
        out.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return out;
}

void row(const char *what, const Stats &s, const char *goal)
{
    std::printf("| %-46s | %9.3f | %9.3f | %9.3f | %-10s |\n", what, s.p50, s.p95, s.max, goal);
}

void exec(pqxx::connection &c, const std::string &sql)
{
    pqxx::work tx(c);
    tx.exec(sql);
    tx.commit();
}

/// Waits as the UI does: PgStore finishes its futures through this thread's event loop.
template<typename T> T wait(QFuture<T> f)
{
    while (!f.isFinished())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return f.result();
}

/// Inserts rows from..to of the bench's images into table (site_images or its contract-only
/// twin): the same titles, words and order either way.
void insertImages(pqxx::connection &c, const std::string &table, long from, long to)
{
    exec(c, "INSERT INTO " + table +
                " (file_name, original_name, storage_path, title, "
                "description, type, status, url, "
                "mime_type, file_size, width, height, content_sha256, created_at, updated_at) "
                "SELECT 'f' || g || '.jpg', 'f.jpg', 'p', "
                "concat_ws(' ', CASE WHEN g % 10 < 7 THEN 'festival' END, CASE WHEN g % 2000 = 0 "
                "THEN 'lantern' END, "
                "  CASE WHEN g % 100000 = 7 THEN 'zeppelin' END, 'photo', 'w' || (g % 997), 'x' || "
                "(g % 1013)), "
                "'Picture number ' || g, (ARRAY['cover','gallery','banner','icon'])[1 + g % 4], "
                "CASE WHEN g % 50 = 0 THEN 'archived' ELSE 'active' END, 'u', 'image/jpeg', g % "
                "5000000, 1 + g % 4000, 1 + g % 3000, "
                "sha256(g::text::bytea), timestamptz '2024-01-01 00:00:00+00' + (g / 3) * interval "
                "'1 millisecond', now() "
                "FROM generate_series(" +
                std::to_string(from) + ", " + std::to_string(to) + ") g");
}

/// The baseline of the bulk change: the same rows in a table with only the indexes of
/// CONTRACT.md section 5 (primary key, (status, type), full text, keyset, SHA-256), no
/// trigger and no index of ours: the table issue 3's reference statement ("one = ANY($1)
/// statement measured 29 ms here") ran on. Timed beside our updateMany in the same minute,
/// their ratio says what the machine's speed cannot.
void loadContractTwin(pqxx::connection &c, long rows)
{
    QElapsedTimer t;
    t.start();
    exec(c, "CREATE TABLE contract_images (LIKE site_images INCLUDING DEFAULTS INCLUDING "
            "GENERATED INCLUDING CONSTRAINTS)");
    const long batch = 200000;
    for (long from = 1; from <= rows; from += batch)
        insertImages(c, "contract_images", from, std::min(rows, from + batch - 1));
    pqxx::nontransaction tx(c);
    tx.exec("SET maintenance_work_mem = '256MB'");
    tx.exec("ALTER TABLE contract_images ADD PRIMARY KEY (id)");
    tx.exec("CREATE INDEX ON contract_images (status, type)");
    tx.exec("CREATE INDEX contract_images_search ON contract_images USING gin (search_tsv)");
    tx.exec("CREATE INDEX ON contract_images (created_at DESC, id DESC) WHERE deleted_at IS NULL");
    tx.exec("CREATE UNIQUE INDEX ON contract_images (content_sha256) WHERE deleted_at IS NULL");
    tx.exec("VACUUM ANALYZE contract_images");
    std::fprintf(stderr, "  contract-only twin of %ld rows ready (%.0f s)\n", rows,
                 double(t.elapsed()) / 1000);
}

void load(pqxx::connection &c, long rows)
{
    loadContractTwin(c, rows);
    QElapsedTimer t;
    t.start();
    // Indexes are rebuilt after the load (much faster than maintaining them row by row), on
    // the side table too, which the schema's own trigger fills; no NOTIFY for the load.
    std::vector<std::string> defs;
    {
        pqxx::work tx(c);
        for (const auto &r :
             tx.exec("SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN "
                     "('site_images', 'site_images_text') AND indexname NOT LIKE '%_pkey'"))
            defs.push_back(r[1].c_str()), tx.exec("DROP INDEX " + std::string(r[0].c_str()));
        tx.exec("ALTER TABLE site_images DISABLE TRIGGER ne_notify_insert");
        tx.commit();
    }
    const long batch = 200000;
    for (long from = 1; from <= rows; from += batch) {
        const long to = std::min(rows, from + batch - 1);
        insertImages(c, "site_images", from, to);
        std::fprintf(stderr, "  loaded %ld rows (%.0f s)\n", to, double(t.elapsed()) / 1000);
    }
    pqxx::nontransaction tx(c);
    tx.exec("SET maintenance_work_mem = '256MB'");
    for (const std::string &def : defs)
        tx.exec(def);
    tx.exec("ALTER TABLE site_images ENABLE TRIGGER ne_notify_insert");
    tx.exec("VACUUM ANALYZE site_images");
    tx.exec("VACUUM ANALYZE site_images_text");
    std::fprintf(stderr, "  indexes and statistics ready (%.0f s)\n", double(t.elapsed()) / 1000);

    // CREATE INDEX writes around shared buffers, so right after a load every index page a
    // change touches is read in first: a state a server that has been running is not in.
    // Where shared_buffers can hold the table and its indexes, load them as it would have.
    const auto sizes =
        tx.exec1("SELECT pg_total_relation_size('site_images') + "
                 "pg_total_relation_size('site_images_text') + "
                 "pg_total_relation_size('contract_images'), "
                 "(SELECT setting::bigint * 8192 FROM pg_settings WHERE name = 'shared_buffers')");
    const double tableMb = sizes[0].as<double>() / 1048576,
                 buffersMb = sizes[1].as<double>() / 1048576;
    const bool fits = tableMb < 0.8 * buffersMb;
    if (fits) {
        tx.exec("CREATE EXTENSION IF NOT EXISTS pg_prewarm");
        tx.exec("SELECT pg_prewarm(c.oid) FROM pg_class c, (SELECT ARRAY['site_images', "
                "'site_images_text', 'contract_images']::regclass[] AS tables) t WHERE c.oid = "
                "ANY(t.tables) OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid = "
                "ANY(t.tables))");
    }
    std::fprintf(stderr, "  the tables and their indexes %.0f MB, shared_buffers %.0f MB: %s\n",
                 tableMb, buffersMb, fits ? "prewarmed" : "too small to prewarm, measured cold");

    // The load wrote about 1 GB of WAL, so a checkpoint starts during it and spreads its
    // writes over the next 20 s: the measurements below (log_checkpoints showed it writing
    // 55,000 buffers from just before the first bulk change to after the last). A server
    // that has been running is not writing out a million freshly loaded rows, so finish that
    // first. It was not the whole story: with it done, bulk changes still swung between 40
    // and 70 ms on one machine within minutes (README, issue 3).
    QElapsedTimer checkpoint;
    checkpoint.start();
    tx.exec("CHECKPOINT");
    const double checkpointS = double(checkpoint.elapsed()) / 1000;
    ::sync();
    std::fprintf(stderr, "  checkpoint after the load: %.1f s, then sync %.1f s\n", checkpointS,
                 double(checkpoint.elapsed()) / 1000 - checkpointS);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const long rows = argc > 1 ? std::atol(argv[1]) : 1000000;
    test::PgTestDatabase db;
    if (!db.isValid()) {
        std::fprintf(stderr, "%s\n", qPrintable(test::PgTestDatabase::missingMessage()));
        return 2;
    }
    PoolSettings settings;
    settings.statementTimeout = std::chrono::milliseconds(0);
    auto store = PgStore::open(db.conninfo(), settings);
    wait(store->migrate().then([] { return 0; }));
    pqxx::connection other(db.conninfo().toStdString());
    std::fprintf(stderr, "loading %ld image rows…\n", rows);
    load(other, rows);

    std::printf("\nBenchPgPaging: %ld image rows, PostgreSQL 15 on loopback, times in ms\n\n",
                rows);
    std::printf("| %-46s | %9s | %9s | %9s | %-10s |\n", "measurement", "p50", "p95", "max",
                "goal");
    std::printf("|%s|%s|%s|%s|%s|\n", std::string(48, '-').c_str(), std::string(11, '-').c_str(),
                std::string(11, '-').c_str(), std::string(11, '-').c_str(),
                std::string(12, '-').c_str());

    Query q;
    q.kind = EntityKind::Image;
    wait(store->list(q, {}, 100)); // warm
    row("page of 100 via PgStore, depth 0",
        stats(timeRuns(200, [&](int) { wait(store->list(q, {}, 100)); })), "p95 <= 2");

    const long depth = std::max(0L, rows - 10000);
    std::string value, id;
    std::vector<double> offsetMs = timeRuns(3, [&](int) {
        pqxx::nontransaction tx(other);
        const auto r =
            tx.exec("SELECT created_at::text, id FROM site_images WHERE deleted_at IS NULL "
                    "ORDER BY created_at DESC, id DESC OFFSET " +
                    std::to_string(depth) + " LIMIT 100");
        value = r[0][0].c_str();
        id = r[0][1].c_str();
    });
    Cursor::Position pos{keys::createdAt, Qt::DescendingOrder, QString::fromStdString(value),
                         QString::fromStdString(id)};
    const Cursor deep = Cursor::fromPosition(pos);
    wait(store->list(q, deep, 100));
    const std::string depthLabel = "page of 100 via PgStore, depth " + std::to_string(depth);
    row(depthLabel.c_str(), stats(timeRuns(200, [&](int) { wait(store->list(q, deep, 100)); })),
        "p95 <= 2");
    row("  raw keyset SQL at that depth (no mapping)",
        stats(timeRuns(
            200,
            [&](int) {
                pqxx::nontransaction tx(other);
                tx.exec(
                    "SELECT * FROM site_images WHERE deleted_at IS NULL AND (created_at, id) < ('" +
                    value + "'::timestamptz, '" + id +
                    "'::uuid) ORDER BY created_at DESC, id DESC LIMIT 100");
            })),
        "reference");
    const std::string offsetLabel = "same page with OFFSET " + std::to_string(depth) + " (raw SQL)";
    row(offsetLabel.c_str(), stats(offsetMs), "reference");

    // Sort by title walks the side table's (title, id) index and joins each row by id.
    Query byTitle = q;
    byTitle.sortKey = QStringLiteral("title");
    byTitle.order = Qt::AscendingOrder;
    wait(store->list(byTitle, {}, 100));
    row("page of 100 by title via PgStore, depth 0",
        stats(timeRuns(200, [&](int) { wait(store->list(byTitle, {}, 100)); })), "p95 <= 2");
    {
        pqxx::nontransaction tx(other);
        const auto r = tx.exec("SELECT x.title, x.id FROM site_images_text x JOIN site_images t ON "
                               "t.id = x.id WHERE t.deleted_at IS NULL ORDER BY x.title, x.id "
                               "OFFSET " +
                               std::to_string(depth) + " LIMIT 1");
        const Cursor deepTitle = Cursor::fromPosition({QStringLiteral("title"), Qt::AscendingOrder,
                                                       QString::fromUtf8(r[0][0].c_str()),
                                                       QString::fromLatin1(r[0][1].c_str())});
        wait(store->list(byTitle, deepTitle, 100));
        const std::string titleLabel =
            "page of 100 by title via PgStore, depth " + std::to_string(depth);
        row(titleLabel.c_str(),
            stats(timeRuns(200, [&](int) { wait(store->list(byTitle, deepTitle, 100)); })),
            "p95 <= 2");
    }

    for (const auto &[word, label] :
         {std::pair{"festival", "search common word (first 20 newest)"},
          std::pair{"lantern", "search mid word (first 20 newest)"},
          std::pair{"zeppelin", "search rare word (first 20 newest)"}}) {
        Query s = q;
        s.search = QString::fromLatin1(word);
        wait(store->list(s, {}, 20));
        Query exact = s;
        const qint64 matches = store->repository()->count(exact, true);
        const std::string l = std::string(label) + ", " + std::to_string(matches) + " hits";
        row(l.c_str(), stats(timeRuns(30, [&](int) { wait(store->list(s, {}, 20)); })), "<= 10");
    }

    row("total: planner estimate",
        stats(timeRuns(50, [&](int) { store->repository()->count(q, false); })), "<= 1");
    row("total: exact count(*)",
        stats(timeRuns(5, [&](int) { store->repository()->count(q, true); })), "reference");
    std::fprintf(stderr, "  estimate %lld vs exact %lld\n", store->repository()->count(q, false),
                 store->repository()->count(q, true));

    // Sets of 1,000 rows an editor might select (consecutive in the default order), each
    // changed once, as bulk actions meet them: ten back to back, ten at an editor's pace;
    // then one set changed again and again, which also makes every index step over the
    // rows' earlier versions.
    QList<QStringList> sets;
    Cursor from;
    for (int set = 0; set < 21; ++set) {
        const Page thousand = wait(store->list(q, from, 1000));
        QStringList setIds;
        for (const Record &r : thousand.records)
            setIds << r.id();
        sets << setIds;
        from = thousand.nextCursor;
    }
    const QStringList ids = sets.takeLast();
    // Server CPU per statement (the backends' /proc schedstat, the server is local): unlike
    // wall time it barely depends on how loaded the machine is.
    auto serverCpuMs = [](const QList<int> &pids) {
        double ns = 0;
        for (int pid : pids) {
            QFile f(QStringLiteral("/proc/%1/schedstat").arg(pid));
            if (f.open(QIODevice::ReadOnly))
                ns += f.readAll().split(' ').value(0).toDouble();
        }
        return ns / 1e6;
    };
    const int bulkRuns = 10;
    const QList<int> storePids = store->repository()->pool()->backendPids();
    double cpu0 = serverCpuMs(storePids);
    row("bulk status change of 1,000 rows, fresh rows each run",
        stats(inOrder("fresh rows back to back",
                      timeRuns(bulkRuns,
                               [&](int i) {
                                   wait(store->updateMany(
                                       EntityKind::Image, sets.at(i),
                                       {{keys::status, QStringLiteral("archived")}}));
                               }))),
        "<= 50");
    const double freshCpu = (serverCpuMs(storePids) - cpu0) / bulkRuns;
    // At an editor's pace, each change paired with the reference statement on the
    // contract-only twin a moment before it: the machine's speed drifts by half within
    // minutes here, so the ratio is the steadier figure. Issue 3 measured that statement at
    // 29 ms against its 50 ms goal, a ratio of 1.72. The twin's search index is flushed
    // (untimed) before each change, as our flusher keeps ours, so neither merges inline.
    std::vector<std::string> contractSets;
    {
        pqxx::nontransaction tx(other);
        for (const auto &r :
             tx.exec("SELECT array_agg(id)::text FROM (SELECT id, (row_number() OVER (ORDER BY "
                     "created_at DESC, id DESC) - 1) / 1000 AS s FROM contract_images ORDER BY "
                     "created_at DESC, id DESC LIMIT " +
                     std::to_string(bulkRuns * 1000) + ") x GROUP BY s ORDER BY s"))
            contractSets.emplace_back(r[0].c_str());
    }
    std::vector<double> contractMs, pacedMs, ratios;
    for (int i = 0; i < bulkRuns && i < int(contractSets.size()); ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(250));
        exec(other, "SELECT gin_clean_pending_list('contract_images_search'::regclass)");
        contractMs.push_back(timeRuns(1, [&](int) {
                                 pqxx::work tx(other);
                                 tx.exec_params("UPDATE contract_images SET status = 'archived', "
                                                "version = version + 1, updated_at = now() "
                                                "WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL",
                                                contractSets[size_t(i)]);
                                 tx.commit();
                             }).front());
        std::this_thread::sleep_for(std::chrono::milliseconds(250));
        pacedMs.push_back(timeRuns(1, [&](int) {
                              wait(store->updateMany(EntityKind::Image, sets.at(bulkRuns + i),
                                                     {{keys::status, QStringLiteral("archived")}}));
                          }).front());
        ratios.push_back(pacedMs.back() / contractMs.back());
    }
    row("  the same, one change every 500 ms", stats(inOrder("fresh rows every 500 ms", pacedMs)),
        "<= 50");
    row("  reference: contract-only table, raw UPDATE",
        stats(inOrder("contract-only twin, each just before", contractMs)), "reference");
    const Stats ratio = stats(inOrder("ratio of each pair", ratios, "x"));
    std::printf("| %-46s | %8.2fx | %8.2fx | %8.2fx | %-10s |\n",
                "  ratio updateMany / contract-only, pair by pair", ratio.p50, ratio.p95, ratio.max,
                "<= 1.72x");
    std::fprintf(stderr,
                 "  at the issue's 29 ms for the reference statement, the paced median ratio "
                 "is %.1f ms\n",
                 29 * ratio.p50);
    cpu0 = serverCpuMs(storePids);
    row("bulk status change of the same 1,000 rows again and again (updateMany)",
        stats(timeRuns(bulkRuns,
                       [&](int i) {
                           wait(store->updateMany(
                               EntityKind::Image, ids,
                               {{keys::status,
                                 i % 2 ? QStringLiteral("active") : QStringLiteral("archived")}}));
                       })),
        "<= 50");
    const double updateManyCpu = (serverCpuMs(storePids) - cpu0) / bulkRuns;
    const std::string idArray = "{" + ids.join(u',').toStdString() + "}";
    cpu0 = serverCpuMs({other.backendpid()});
    row("  same UPDATE ... = ANY($1) as raw SQL",
        stats(timeRuns(
            bulkRuns,
            [&](int i) {
                pqxx::work tx(other);
                tx.exec_params(
                    "UPDATE site_images SET status = $2, version = version + 1, updated_at = now() "
                    "WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL",
                    idArray, i % 2 ? "active" : "archived");
                tx.commit();
            })),
        "reference");
    const double rawCpu = (serverCpuMs({other.backendpid()}) - cpu0) / bulkRuns;
    std::fprintf(stderr,
                 "  server CPU per bulk change: fresh rows %.1f ms, same rows: updateMany %.1f "
                 "ms, raw UPDATE %.1f ms\n",
                 freshCpu, updateManyCpu, rawCpu);

    // NOTIFY latency: another session commits, PgStore::changed arrives on this thread.
    QTimer::singleShot(0, [] {});
    QEventLoop settle;
    QTimer::singleShot(500, &settle, &QEventLoop::quit);
    settle.exec();
    std::vector<double> notifyMs;
    for (int i = 0; i < 50; ++i) {
        QEventLoop loop;
        QElapsedTimer t;
        const auto conn = QObject::connect(store.get(), &Store::changed, &loop, [&] {
            notifyMs.push_back(double(t.nsecsElapsed()) / 1e6);
            loop.quit();
        });
        QTimer::singleShot(3000, &loop, &QEventLoop::quit);
        t.start();
        exec(other,
             "UPDATE site_images SET title = title || '' , version = version + 1 WHERE id = '" +
                 ids[i].toStdString() + "'");
        loop.exec();
        QObject::disconnect(conn);
    }
    if (!notifyMs.empty())
        row("NOTIFY: commit elsewhere -> PgStore::changed", stats(notifyMs), "p95 <= 1000");
    const PoolStats ps = store->poolStats();
    std::printf("\npool: open %d, idle %d, waits %lld (%lld ms)\n", ps.open, ps.idle, ps.waitCount,
                ps.waitDurationMs);
    return 0;
}
