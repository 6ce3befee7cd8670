// SPDX-License-Identifier: MIT
#include "MetricsHttpServer.h"
#include "dashboard/ChartPanel.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/KpiTile.h"
#include "dashboard/RegistryMetricsSource.h"
#include "dashboard/SourceMonitor.h"
#include "metrics/Registry.h"

#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QToolButton>
#include <QTreeWidget>

#include <atomic>
#include <cmath>
#include <thread>
#include <vector>

using namespace ne;
using namespace Qt::StringLiterals;

/// The page against live HTTP sources on loopback: figures that match a known load,
/// broken sources reported while good ones keep updating, export and an offscreen render.
class TestDashboardPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void ratesAndP95MatchKnownLoad();
    void brokenSourcesDoNotStopOthers();
    void exportsChartPngAndCsv();
    void rendersOffscreen();
    void clientSourceCollectsOffTheUiThread();

private:
    /// Waits for the next completed interval of monitor.
    bool scrapeAndWait(DashboardPage &page, SourceMonitor *monitor);
    /// Serves requests through the "server's" registry: counts per bucket as in the
    /// issue's worked example, scaled by factor; every tenth request is a 500.
    void applyKnownLoad(int factor);

    QTemporaryDir m_dir;
    std::unique_ptr<Registry> m_server;
};

void TestDashboardPage::init()
{
    m_server = std::make_unique<Registry>();
    m_server->counter("http_requests_total", "Requests", {"method", "endpoint", "status_code"});
    m_server->histogram("http_request_duration_seconds", "Latency",
                        {"method", "endpoint", "status_code"});
    m_server->counter("cache_hits_total", "Hits").get().inc(10);
    m_server->counter("cache_misses_total", "Misses").get().inc(1);
    m_server->gauge("db_connections_active", "Active").get().set(6);
    m_server->gauge("db_connections_idle", "Idle").get().set(4);
    m_server->gauge("memory_usage_bytes", "Memory").get().set(256.0 * 1024 * 1024);
}

void TestDashboardPage::applyKnownLoad(int factor)
{
    // Latencies chosen inside each bucket: 40 ≤ 25 ms, 30 ≤ 50 ms, 20 ≤ 100 ms, 7 ≤ 250 ms,
    // 2 ≤ 500 ms, 1 above. Split over two routes so quantiles must sum by le first.
    const std::pair<double, int> load[] = {{0.02, 40}, {0.04, 30}, {0.08, 20},
                                           {0.2, 7},   {0.4, 2},   {0.7, 1}};
    auto &requests =
        m_server->counter("http_requests_total", "Requests", {"method", "endpoint", "status_code"});
    auto &latency = m_server->histogram("http_request_duration_seconds", "Latency",
                                        {"method", "endpoint", "status_code"});
    int n = 0;
    for (const auto &[seconds, count] : load) {
        for (int i = 0; i < count * factor; ++i, ++n) {
            const QByteArray route = n % 2 ? "/api/v2/articles" : "/api/v2/images/:id";
            const QByteArray status = n % 10 == 9 ? "500" : "200";
            requests.withLabels({"GET", route, status}).inc();
            latency.withLabels({"GET", route, status}).observe(seconds);
        }
    }
    m_server->counter("cache_hits_total", "Hits").get().inc(70 * factor);
    m_server->counter("cache_misses_total", "Misses").get().inc(30 * factor);
}

bool TestDashboardPage::scrapeAndWait(DashboardPage &page, SourceMonitor *monitor)
{
    QSignalSpy updated(monitor, &SourceMonitor::updated);
    page.refreshNow();
    return updated.wait(10000);
}

void TestDashboardPage::ratesAndP95MatchKnownLoad()
{
    MetricsHttpServer http([this] { return m_server->exposition(); });
    QNetworkAccessManager network;
    DashboardPage page(&network, nullptr);
    SourceMonitor *monitor = page.addUrlSource(http.start());
    QSignalSpy status(monitor, &SourceMonitor::statusChanged);
    page.refreshNow();
    QVERIFY(status.wait(10000));
    QCOMPARE(monitor->state(), SourceMonitor::State::Ok);

    applyKnownLoad(3); // 300 requests, 30 of them errors
    QVERIFY(scrapeAndWait(page, monitor));
    const PlatformKpis &k = monitor->latest();
    QVERIFY(k.seconds > 0);
    // Direct computation from the two scrapes: 300 requests over the measured interval.
    QVERIFY(std::fabs(*k.requestsPerSecond * k.seconds - 300) < 1e-6);
    QVERIFY(std::fabs(*k.errorsPerSecond * k.seconds - 30) < 1e-6);
    QVERIFY(std::fabs(*k.errorRatio - 0.1) < 1e-12);
    QVERIFY(std::fabs(*k.p50Seconds - (0.025 + 0.025 / 3)) < 1e-9);
    QVERIFY(std::fabs(*k.p95Seconds - (0.1 + 0.15 * 5 / 7)) < 1e-9);
    QCOMPARE(*k.p99Seconds, 0.5);
    QCOMPARE(*k.cacheHitRatio, 0.7);
    QCOMPARE(int(k.routes.size()), 2);

    auto *latencyTile = page.findChild<KpiTile *>(u"latencyTile"_s);
    QVERIFY(latencyTile);
    QCOMPARE(latencyTile->valueText(), QLocale().toString(207.0, 'f', 0) + u" ms"_s);
    QCOMPARE(latencyTile->level(), KpiTile::Level::Good);
    QCOMPARE(page.findChild<KpiTile *>(u"cacheTile"_s)->level(), KpiTile::Level::Critical);
    QCOMPARE(page.findChild<KpiTile *>(u"errorTile"_s)->level(), KpiTile::Level::Critical);

    // No traffic in the next interval: a gap, not a latency of zero.
    QVERIFY(scrapeAndWait(page, monitor));
    QCOMPARE(monitor->latest().p95Seconds, std::nullopt);
    QCOMPARE(*monitor->latest().requestsPerSecond, 0.0);
    QVERIFY(std::isnan(monitor->history().back().values[KpiPoint::P95]));
}

void TestDashboardPage::brokenSourcesDoNotStopOthers()
{
    MetricsHttpServer good([this] { return m_server->exposition(); });
    MetricsHttpServer html([] { return QByteArray("<!doctype html><title>Login</title>"); });
    html.setContentType("text/html; charset=utf-8");
    MetricsHttpServer malformed([] { return QByteArray("ok 1\nbroken{le=\"0.1\" 3\n"); });
    MetricsHttpServer slow([this] { return m_server->exposition(); });
    slow.setDelayMs(3000);
    MetricsHttpServer failing([] { return QByteArray("upstream down"); });
    failing.setStatus(503);

    QNetworkAccessManager network;
    DashboardPage page(&network, nullptr);
    page.setScrapeTimeoutMs(500);
    SourceMonitor *goodMonitor = page.addUrlSource(good.start());
    SourceMonitor *htmlMonitor = page.addUrlSource(html.start());
    SourceMonitor *badMonitor = page.addUrlSource(malformed.start());
    SourceMonitor *slowMonitor = page.addUrlSource(slow.start());
    SourceMonitor *downMonitor = page.addUrlSource(failing.start());
    page.setCurrentSource(0);

    page.refreshNow();
    QTRY_COMPARE_WITH_TIMEOUT(goodMonitor->state(), SourceMonitor::State::Ok, 10000);
    applyKnownLoad(1);
    QTRY_COMPARE_WITH_TIMEOUT(slowMonitor->state(), SourceMonitor::State::Failing, 10000);
    QVERIFY(scrapeAndWait(page, goodMonitor));
    QVERIFY(std::fabs(*goodMonitor->latest().requestsPerSecond * goodMonitor->latest().seconds -
                      100) < 1e-6);

    QCOMPARE(htmlMonitor->state(), SourceMonitor::State::Failing);
    QVERIFY2(htmlMonitor->statusText().contains(u"HTML"_s), qPrintable(htmlMonitor->statusText()));
    QCOMPARE(badMonitor->state(), SourceMonitor::State::Failing);
    QVERIFY2(badMonitor->statusText().contains(u"line 2"_s), qPrintable(badMonitor->statusText()));
    QVERIFY2(slowMonitor->statusText().contains(u"timed out"_s),
             qPrintable(slowMonitor->statusText()));
    QVERIFY2(downMonitor->statusText().contains(u"503"_s), qPrintable(downMonitor->statusText()));

    // The source list shows every status, so an admin sees which one is broken and why.
    auto *list = page.findChild<QListWidget *>(u"sourceList"_s);
    QCOMPARE(list->count(), 5);
    QVERIFY(list->item(2)->text().contains(u"line 2"_s));
}

void TestDashboardPage::exportsChartPngAndCsv()
{
    MetricsHttpServer http([this] { return m_server->exposition(); });
    QNetworkAccessManager network;
    DashboardPage page(&network, nullptr);
    page.resize(1400, 1000);
    page.show();
    SourceMonitor *monitor = page.addUrlSource(http.start());
    QVERIFY(scrapeAndWait(page, monitor) || monitor->state() == SourceMonitor::State::Ok);
    applyKnownLoad(1);
    QVERIFY(scrapeAndWait(page, monitor));

    QString requested;
    page.setSavePathProvider([&](const QString &, const QString &filter) {
        requested = m_dir.filePath(filter.contains(u"png"_s) ? u"latency.png"_s : u"latency.csv"_s);
        return requested;
    });
    auto *chart = page.findChild<ChartPanel *>(u"latencyChart"_s);
    QVERIFY(chart);
    chart->findChild<QToolButton *>(u"exportCsvButton"_s)->click();
    QFile csv(requested);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QCOMPARE(lines.at(0), QByteArray("time,\"p50 (ms)\",\"p95 (ms)\",\"p99 (ms)\""));
    QVERIFY(lines.at(1).contains(",500"));

    chart->findChild<QToolButton *>(u"exportPngButton"_s)->click();
    const QImage png(requested);
    QVERIFY(!png.isNull());
    QVERIFY(png.width() > 100);
}

void TestDashboardPage::rendersOffscreen()
{
    Registry client;
    client.histogram("http_request_duration_seconds", "Latency", {"method", "endpoint"})
        .withLabels({"GET", "/x"})
        .observe(0.01);
    QNetworkAccessManager network;
    DashboardPage page(&network, &client);
    page.resize(1400, 1000);
    page.show();
    QCOMPARE(page.monitors().size(), 1);
    QCOMPARE(page.title(), u"Dashboard"_s);
    QVERIFY(scrapeAndWait(page, page.monitors().at(0)) ||
            page.monitors().at(0)->state() == SourceMonitor::State::Ok);
    // No alert yet: the history says what it watches instead of looking broken.
    auto *alerts = page.findChild<QTreeWidget *>(u"alertHistoryTree"_s);
    QVERIFY(alerts);
    QCOMPARE(alerts->topLevelItemCount(), 3); // the note and one line per platform rule
    QVERIFY2(alerts->topLevelItem(0)->text(0).contains(u"No alerts so far"_s),
             qPrintable(alerts->topLevelItem(0)->text(0)));
    QVERIFY(alerts->topLevelItem(1)->text(0).contains(u"500 ms"_s));
    const QImage shot = page.grab().toImage();
    QVERIFY(shot.save(m_dir.filePath(u"dashboard.png"_s)));
    QVERIFY(shot.width() >= 1400);
    // Not a blank image: the tiles, charts and tables put several colours on the page.
    QSet<QRgb> colours;
    for (int y = 0; y < shot.height(); y += 7)
        for (int x = 0; x < shot.width(); x += 7)
            colours.insert(shot.pixel(x, y));
    QVERIFY(colours.size() > 10);
}

void TestDashboardPage::clientSourceCollectsOffTheUiThread()
{
    // The client's registry runs ProcessSampler's hook on collect, which reads /proc.
    Registry client;
    client.counter("store_calls_total", "Calls").get().inc(3);
    std::atomic<QThread *> collectedOn = nullptr;
    client.addCollectHook([&] { collectedOn = QThread::currentThread(); });
    RegistryMetricsSource source(client, u"This client"_s);
    QSignalSpy fetched(&source, &MetricsSource::fetched);
    // The answer always comes from the event loop, never from inside fetch(): a caller
    // that starts waiting after fetch() returns must not miss it. A collect this small
    // can finish before fetch() returns when the UI thread loses its core; spinning
    // threads make that frequent, so a synchronous answer shows within these rounds.
    std::atomic<bool> stop = false;
    std::vector<std::jthread> spinners;
    for (int i = 0; i < 2 * std::max(1, QThread::idealThreadCount()); ++i)
        spinners.emplace_back([&stop] {
            while (!stop.load(std::memory_order_relaxed)) {
            }
        });
    const auto stopSpinning = qScopeGuard([&] { stop = true; });
    for (int round = 1; round <= 2000; ++round) {
        source.fetch();
        QCOMPARE(fetched.count(), round - 1);
        QVERIFY(fetched.wait(10000));
        QCOMPARE(fetched.count(), round);
    }
    QVERIFY(collectedOn.load() != nullptr);
    QVERIFY(collectedOn.load() != QThread::currentThread());
    QVERIFY(fetched.at(0).at(0).toByteArray().contains("store_calls_total 3"));
}

QTEST_MAIN(TestDashboardPage)
#include "TestDashboardPage.moc"
