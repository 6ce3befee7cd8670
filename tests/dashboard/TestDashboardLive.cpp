// SPDX-License-Identifier: MIT
// The Dashboard page against the real nextevent-server (NE_TEST_PG_URI, so run it through
// scripts/with-services): a known load goes through the server, and the figures the page
// shows must agree with a direct computation from the test's own two scrapes of /metrics,
// made with a deliberately simple parser and histogram_quantile written here.
#include "ServerHarness.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/KpiTile.h"
#include "dashboard/RouteTableModel.h"
#include "dashboard/SourceMonitor.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <map>

using namespace ne;
using namespace Qt::StringLiterals;

namespace {

/// One sample line of the exposition text: name, labels, value.
struct ScrapedSample
{
    QString name;
    QHash<QString, QString> labels;
    double value = 0;
};

/// The minimum needed to read the server's text: no types, no escapes beyond \" and \\.
QList<ScrapedSample> parseScrape(const QByteArray &text)
{
    static const QRegularExpression line(u"^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)\\})?\\s+(\\S+)"_s);
    static const QRegularExpression label(u"([a-zA-Z_]\\w*)=\"((?:[^\"\\\\]|\\\\.)*)\""_s);
    QList<ScrapedSample> samples;
    for (const QByteArray &raw : text.split('\n')) {
        const QString l = QString::fromUtf8(raw);
        if (l.startsWith(u'#'))
            continue;
        const auto m = line.match(l);
        if (!m.hasMatch())
            continue;
        ScrapedSample s;
        s.name = m.captured(1);
        for (auto it = label.globalMatch(m.captured(3)); it.hasNext();) {
            const auto lm = it.next();
            s.labels.insert(lm.captured(1), lm.captured(2));
        }
        const QString v = m.captured(4);
        s.value = v == u"+Inf"_s ? std::numeric_limits<double>::infinity() : v.toDouble();
        samples.append(s);
    }
    return samples;
}

using Filter = std::function<bool(const ScrapedSample &)>;

/// sum(increase(name[interval])) over the series that pass keep; no resets expected here.
double increase(const QList<ScrapedSample> &before, const QList<ScrapedSample> &after,
                const QString &name, const Filter &keep)
{
    double sum = 0;
    for (const ScrapedSample &s : after)
        if (s.name == name && keep(s))
            sum += s.value;
    for (const ScrapedSample &s : before)
        if (s.name == name && keep(s))
            sum -= s.value;
    return sum;
}

/// Cumulative bucket increases by le, summed across the label sets that pass keep.
std::map<double, double> bucketIncreases(const QList<ScrapedSample> &before,
                                         const QList<ScrapedSample> &after, const Filter &keep)
{
    std::map<double, double> byLe;
    const QString name = u"http_request_duration_seconds_bucket"_s;
    for (const ScrapedSample &s : after)
        if (s.name == name && keep(s))
            byLe[s.labels.value(u"le"_s) == u"+Inf"_s ? std::numeric_limits<double>::infinity()
                                                      : s.labels.value(u"le"_s).toDouble()] +=
                s.value;
    for (const ScrapedSample &s : before)
        if (s.name == name && keep(s))
            byLe[s.labels.value(u"le"_s) == u"+Inf"_s ? std::numeric_limits<double>::infinity()
                                                      : s.labels.value(u"le"_s).toDouble()] -=
                s.value;
    return byLe;
}

/// Prometheus' histogram_quantile on cumulative counts: find the bucket holding rank
/// q × total, interpolate linearly inside it (from 0 for the first one); a rank in +Inf
/// answers the highest finite bound.
double histogramQuantile(double q, const std::map<double, double> &cumulative)
{
    const double total = cumulative.rbegin()->second;
    const double rank = q * total;
    double lowerBound = 0, lowerCount = 0;
    for (const auto &[le, count] : cumulative) {
        if (count >= rank) {
            if (std::isinf(le))
                return lowerBound;
            return lowerBound + (le - lowerBound) * (rank - lowerCount) / (count - lowerCount);
        }
        lowerBound = le;
        lowerCount = count;
    }
    return lowerBound;
}

/// A number as the page printed it, and half of its last printed digit: what rounding
/// for display may have changed. "4.7 ms" → (0.0047, 0.00005); "49.8" → (49.8, 0.05).
struct Shown
{
    double value = std::numeric_limits<double>::quiet_NaN();
    double halfDigit = 0;
};

Shown shownNumber(const QString &text, double unit = 1)
{
    static const QRegularExpression number(u"^([0-9]+)(?:\\.([0-9]+))?"_s);
    const auto m = number.match(text);
    if (!m.hasMatch())
        return {};
    return {QLocale::c().toDouble(m.captured(0)) * unit,
            0.5 * std::pow(10.0, -double(m.captured(2).size())) * unit};
}

Shown shownLatency(const QString &text)
{
    const double unit = text.endsWith(u" µs"_s)   ? 1e-6
                        : text.endsWith(u" ms"_s) ? 1e-3
                        : text.endsWith(u" s"_s)  ? 1.0
                                                  : std::numeric_limits<double>::quiet_NaN();
    return shownNumber(text, unit);
}

QString describe(const std::map<double, double> &buckets)
{
    QStringList parts;
    for (const auto &[le, count] : buckets)
        parts << u"%1→%2"_s.arg(le).arg(count);
    return parts.join(u", "_s);
}

} // namespace

class TestDashboardLive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void referenceQuantileMatchesWorkedExample();
    void figuresAgreeWithTwoScrapes();

private:
    QList<ScrapedSample> scrape();
    void get(const QString &path);

    ServerHarness m_server;
};

void TestDashboardLive::initTestCase()
{
    // The page prints with the default locale; the test reads it back with the C one.
    QLocale::setDefault(QLocale::c());
    const QString error = m_server.setUp(u"dash"_s);
    if (!error.isEmpty())
        QFAIL(qPrintable(error));
    QCOMPARE(m_server.start(), 0);
}

void TestDashboardLive::referenceQuantileMatchesWorkedExample()
{
    // The issue's worked example, so the reference below is known to be right.
    const std::map<double, double> b = {
        {0.025, 40}, {0.05, 70}, {0.1, 90},
        {0.25, 97},  {0.5, 99},  {std::numeric_limits<double>::infinity(), 100}};
    QVERIFY(std::fabs(histogramQuantile(0.5, b) - 0.0333333) < 1e-6);
    QVERIFY(std::fabs(histogramQuantile(0.95, b) - 0.2071428) < 1e-6);
    QCOMPARE(histogramQuantile(0.99, b), 0.5);
}

QList<ScrapedSample> TestDashboardLive::scrape()
{
    const HttpResult r = m_server.request("GET", u"/metrics"_s, {}, {}, 0, false);
    if (r.status != 200)
        qWarning("GET /metrics answered %d", r.status);
    return parseScrape(r.body);
}

void TestDashboardLive::get(const QString &path)
{
    const HttpResult r = m_server.request("GET", path);
    QCOMPARE(r.status, 200);
}

void TestDashboardLive::figuresAgreeWithTwoScrapes()
{
    const QString listPath = u"/api/v2/articles?limit=5"_s;
    const QString route = u"/api/v2/articles"_s;
    const QString loginRoute = u"/api/v2/auth/login"_s;
    const int earlier = 120; // before the first scrape: a dashboard that did not diff shows them
    const int requests = 100;
    const int paceMs = 25;
    const int logins = 8; // slow (PBKDF2), so p95 of the interval lands in their bucket
    const QByteArray login = R"({"username":"alice","password":"wonderland-42"})";

    QNetworkAccessManager network;
    DashboardPage page(&network, nullptr);
    page.resize(1400, 1000);
    page.show();
    SourceMonitor *monitor =
        page.addUrlSource(QUrl(u"http://127.0.0.1:%1/metrics"_s.arg(m_server.port())));

    for (int i = 0; i < earlier; ++i)
        get(listPath);

    const QList<ScrapedSample> first = scrape();
    const qint64 a0 = QDateTime::currentMSecsSinceEpoch();
    page.refreshNow();
    QTRY_COMPARE_WITH_TIMEOUT(monitor->state(), SourceMonitor::State::Ok, 15000);
    const qint64 a1 = QDateTime::currentMSecsSinceEpoch();

    // The known load: one list request every paceMs, a login after every 12th.
    QElapsedTimer clock;
    clock.start();
    int loginsDone = 0;
    for (int i = 0; i < requests; ++i) {
        const qint64 due = qint64(i) * paceMs;
        if (clock.elapsed() < due)
            QTest::qWait(int(due - clock.elapsed()));
        get(listPath);
        if (i % 12 == 11 && loginsDone < logins) {
            const HttpResult r = m_server.request("POST", loginRoute, login, {}, 0, false);
            QCOMPARE(r.status, 200);
            ++loginsDone;
        }
    }
    QCOMPARE(loginsDone, logins);

    QSignalSpy updated(monitor, &SourceMonitor::updated);
    const qint64 b0 = QDateTime::currentMSecsSinceEpoch();
    page.refreshNow();
    QVERIFY(updated.wait(15000));
    const qint64 b1 = QDateTime::currentMSecsSinceEpoch();
    const QList<ScrapedSample> second = scrape();

    // The dashboard took its scrapes at t1 in [a0, a1] and t2 in [b0, b1].
    const double shortest = double(b0 - a1) / 1000.0;
    const double longest = double(b1 - a0) / 1000.0;
    QVERIFY(shortest > 0);

    // --- Direct computation from the test's own two scrapes.
    const auto isRoute = [&](const ScrapedSample &s) {
        return s.labels.value(u"method"_s) == u"GET"_s && s.labels.value(u"endpoint"_s) == route;
    };
    const auto isScrape = [](const ScrapedSample &s) {
        return s.labels.value(u"endpoint"_s) == u"/metrics"_s;
    };
    const auto all = [](const ScrapedSample &) { return true; };
    const auto notScrape = [&](const ScrapedSample &s) { return !isScrape(s); };
    // Only the load reached the route between the scrapes, so the dashboard saw exactly it.
    QCOMPARE(increase(first, second, u"http_requests_total"_s, isRoute), double(requests));
    QCOMPARE(increase(first, second, u"http_requests_total"_s,
                      [&](const ScrapedSample &s) {
                          return s.labels.value(u"endpoint"_s) == loginRoute &&
                                 s.labels.value(u"status_code"_s) == u"200"_s;
                      }),
             double(logins));
    const double total = increase(first, second, u"http_requests_total"_s, all);
    // The scrapes' own requests are the only traffic that the two pairs of scrapes may
    // count differently.
    const double scrapes = increase(first, second, u"http_requests_total"_s, isScrape);
    QVERIFY(scrapes >= 2 && scrapes <= 4);
    const auto routeBuckets = bucketIncreases(first, second, isRoute);
    const auto allBuckets = bucketIncreases(first, second, all);
    const auto loadBuckets = bucketIncreases(first, second, notScrape);
    const double routeP95 = histogramQuantile(0.95, routeBuckets);
    const double p95High = histogramQuantile(0.95, loadBuckets);
    const double p95Low = histogramQuantile(0.95, allBuckets);
    qInfo("interval %.3f..%.3f s; route p95 %.6f s from %s; all p95 %.6f..%.6f s from %s", shortest,
          longest, routeP95, qPrintable(describe(routeBuckets)), p95Low, p95High,
          qPrintable(describe(allBuckets)));

    // --- What the page shows.
    auto *rateTile = page.findChild<KpiTile *>(u"rateTile"_s);
    auto *latencyTile = page.findChild<KpiTile *>(u"latencyTile"_s);
    auto *table = page.findChild<QTableView *>(u"routeTableView"_s);
    QVERIFY(rateTile && latencyTile && table);
    QAbstractItemModel *routes = table->model();
    int row = -1;
    for (int r = 0; r < routes->rowCount(); ++r)
        if (routes->index(r, RouteTableModel::Method).data().toString() == u"GET"_s &&
            routes->index(r, RouteTableModel::Route).data().toString() == route)
            row = r;
    QVERIFY2(row >= 0, "the busiest-routes table has no row for GET /api/v2/articles");
    const QString routeRateText = routes->index(row, RouteTableModel::Rate).data().toString();
    const QString routeP95Text = routes->index(row, RouteTableModel::P95).data().toString();
    qInfo("page: rate tile %s, p95 tile %s; route row %s/s, p95 %s",
          qPrintable(rateTile->valueText()), qPrintable(latencyTile->valueText()),
          qPrintable(routeRateText), qPrintable(routeP95Text));

    // Route rate: exactly `requests` over the dashboard's interval.
    const Shown routeRate = shownNumber(routeRateText);
    QVERIFY2(routeRate.value >= requests / longest - routeRate.halfDigit &&
                 routeRate.value <= requests / shortest + routeRate.halfDigit,
             qPrintable(u"route rate %1 outside %2..%3"_s.arg(routeRateText)
                            .arg(requests / longest)
                            .arg(requests / shortest)));
    // Not diffing would have counted the earlier requests too; the load makes that visible.
    QVERIFY((earlier + requests) / longest > requests / shortest + routeRate.halfDigit);

    // Route p95: the same bucket increases as the page's, so equal up to display rounding.
    const Shown shownRouteP95 = shownLatency(routeP95Text);
    QVERIFY2(std::fabs(shownRouteP95.value - routeP95) <= shownRouteP95.halfDigit * 1.0001,
             qPrintable(u"route p95 %1, direct %2 s"_s.arg(routeP95Text).arg(routeP95)));

    // All traffic: the page's pair of scrapes may miss up to `scrapes` of the test's own.
    const Shown rate = shownNumber(rateTile->valueText());
    QVERIFY2(rate.value >= (total - scrapes) / longest - rate.halfDigit &&
                 rate.value <= total / shortest + rate.halfDigit,
             qPrintable(u"rate tile %1 outside %2..%3"_s.arg(rateTile->valueText())
                            .arg((total - scrapes) / longest)
                            .arg(total / shortest)));
    const Shown p95 = shownLatency(latencyTile->valueText());
    QVERIFY2(p95.value >= std::min(p95Low, p95High) - p95.halfDigit * 1.0001 &&
                 p95.value <= std::max(p95Low, p95High) + p95.halfDigit * 1.0001,
             qPrintable(u"p95 tile %1, direct %2..%3 s"_s.arg(latencyTile->valueText())
                            .arg(p95Low)
                            .arg(p95High)));
}

QTEST_MAIN(TestDashboardLive)
#include "TestDashboardLive.moc"
