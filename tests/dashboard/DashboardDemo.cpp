// SPDX-License-Identifier: MIT
// Opens the Dashboard page against a simulated busy server on loopback (plus this
// process's own metrics), to look at it: DashboardDemo [--dark] [extra /metrics URL...];
// the last URL given is shown.
#include "MetricsHttpServer.h"
#include "dashboard/DashboardPage.h"
#include "metrics/ProcessSampler.h"
#include "metrics/Registry.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QPalette>
#include <QRandomGenerator>
#include <QStyleFactory>
#include <QTimer>
#include <QUrl>

using namespace ne;

namespace {
/// Some steady traffic with a slow phase and a cache that gets worse, so every chart moves.
void simulate(Registry &server, int tick)
{
    auto &requests =
        server.counter("http_requests_total", "Requests", {"method", "endpoint", "status_code"});
    auto &latency = server.histogram("http_request_duration_seconds", "Latency",
                                     {"method", "endpoint", "status_code"});
    const QByteArray routes[] = {"/api/v2/articles", "/api/v2/images/:id", "/api/v2/news",
                                 "/api/v2/videos/:id/live", "/api/v2/articles/slug/:slug"};
    auto *random = QRandomGenerator::global();
    const double slow = (tick / 40) % 2 ? 4.0 : 1.0;
    for (int i = 0; i < 150 + int(random->bounded(60)); ++i) {
        const QByteArray &route = routes[std::min<quint32>(random->bounded(7u), 4u)];
        const QByteArray status = random->bounded(100) < 2 ? "500" : "200";
        requests.withLabels({"GET", route, status}).inc();
        latency.withLabels({"GET", route, status})
            .observe(slow * 0.03 * -std::log(1.0 - random->generateDouble()));
    }
    server.counter("cache_hits_total", "Hits").get().inc(80 + random->bounded(15) - tick % 10);
    server.counter("cache_misses_total", "Misses").get().inc(10 + random->bounded(10));
    server.gauge("db_connections_active", "Active").get().set(5 + random->bounded(10));
    server.gauge("db_connections_idle", "Idle").get().set(2 + random->bounded(6));
    server.gauge("db_connections_max", "Max").get().set(25);
    server.gauge("memory_usage_bytes", "Memory").get().set(180e6 + tick * 1e5);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x20, 0x22, 0x26));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x17, 0x19, 0x1c));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2d));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Button, QColor(0x2c, 0x2f, 0x34));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Mid, QColor(0x44, 0x47, 0x4d));
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa4, 0xab));
    p.setColor(QPalette::Highlight, QColor(0x1e, 0x88, 0xe5));
    return p;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QStringList args = app.arguments().mid(1);
    if (args.removeAll(QStringLiteral("--dark")) > 0)
        QApplication::setPalette(darkPalette());

    Registry server, client;
    ProcessSampler::install(client);
    int tick = 0;
    for (; tick < 5; ++tick)
        simulate(server, tick);
    QTimer load;
    QObject::connect(&load, &QTimer::timeout, &app, [&] { simulate(server, ++tick); });
    load.start(1000);
    MetricsHttpServer http([&] { return server.exposition(); });

    QNetworkAccessManager network;
    DashboardPage page(&network, &client);
    page.setRefreshSeconds(1);
    page.addUrlSource(http.start());
    for (const QString &url : std::as_const(args))
        page.addUrlSource(QUrl(url));
    // The last URL given is the one to look at; without one, the simulated server.
    page.setCurrentSource(int(page.monitors().size()) - 1);
    page.resize(1560, 980);
    page.show();
    page.activate();
    return app.exec();
}
