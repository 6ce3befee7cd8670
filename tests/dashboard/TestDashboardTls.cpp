// SPDX-License-Identifier: MIT
// A /metrics endpoint behind HTTPS with a self-signed certificate (the test peer of the
// REST tests): the dashboard refuses it like RestStore does, unless it is the REST
// profile's server and shows exactly the profile's pinned certificate.
#include "LegacyPeer.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/HttpMetricsSource.h"
#include "dashboard/SourceMonitor.h"

#include <QCryptographicHash>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace ne;
using namespace Qt::StringLiterals;

class TestDashboardTls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pinningRule();
    void refusedUnlessPinnedForThatServer();

private:
    /// Adds the peer's /metrics to page and waits for its first scrape to end.
    SourceMonitor *scrapeOnce(DashboardPage &page);

    QTemporaryDir m_dir;
    QSslCertificate m_cert;
    QSslKey m_key;
    std::unique_ptr<LegacyPeer> m_peer;
};

void TestDashboardTls::initTestCase()
{
    QProcess openssl;
    openssl.start(u"openssl"_s,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s,
                   u"2"_s, u"-subj"_s, u"/CN=nextevent-metrics-test"_s, u"-keyout"_s,
                   m_dir.filePath(u"key.pem"_s), u"-out"_s, m_dir.filePath(u"cert.pem"_s)});
    QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0,
             "openssl could not make a test certificate");
    QFile certFile(m_dir.filePath(u"cert.pem"_s));
    QFile keyFile(m_dir.filePath(u"key.pem"_s));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    m_cert = QSslCertificate(&certFile, QSsl::Pem);
    m_key = QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem);
    QVERIFY(!m_cert.isNull() && !m_key.isNull());
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(m_cert);
    tls.setPrivateKey(m_key);
    m_peer = std::make_unique<LegacyPeer>(
        [](const PeerRequest &) {
            PeerResponse r;
            r.contentType = "text/plain; version=0.0.4; charset=utf-8";
            r.body = "# TYPE http_requests_total counter\n"
                     "http_requests_total{method=\"GET\",endpoint=\"/x\",status_code=\"200\"} 7\n";
            return r;
        },
        &tls);
}

void TestDashboardTls::pinningRule()
{
    const QByteArray pin = m_cert.digest(QCryptographicHash::Sha256).toHex();
    QVERIFY(HttpMetricsSource::trusts(m_cert, pin));
    QVERIFY(HttpMetricsSource::trusts(m_cert, pin.toUpper()));
    QVERIFY(!HttpMetricsSource::trusts(m_cert, {}));
    QVERIFY(!HttpMetricsSource::trusts(m_cert, QByteArray(64, 'a')));
    QVERIFY(!HttpMetricsSource::trusts(QSslCertificate(), pin));
}

SourceMonitor *TestDashboardTls::scrapeOnce(DashboardPage &page)
{
    SourceMonitor *monitor =
        page.addUrlSource(QUrl(u"https://127.0.0.1:%1/metrics"_s.arg(m_peer->port())));
    QSignalSpy status(monitor, &SourceMonitor::statusChanged);
    page.refreshNow();
    if (!status.wait(15000))
        qWarning("no scrape result within 15 s");
    return monitor;
}

void TestDashboardTls::refusedUnlessPinnedForThatServer()
{
    // A manager per case: one must not reuse a connection another case's pin accepted.
    const QByteArray pin = m_cert.digest(QCryptographicHash::Sha256).toHex();
    const QUrl server(u"https://127.0.0.1:%1"_s.arg(m_peer->port()));
    const QString fingerprint =
        QString::fromLatin1(m_cert.digest(QCryptographicHash::Sha256).toHex(':'));

    {
        QNetworkAccessManager network;
        DashboardPage page(&network, nullptr);
        SourceMonitor *monitor = scrapeOnce(page);
        QCOMPARE(monitor->state(), SourceMonitor::State::Failing);
        // The admin learns which certificate was refused, with the fingerprint to pin.
        QVERIFY2(monitor->statusText().contains(u"certificate refused"_s) &&
                     monitor->statusText().contains(fingerprint),
                 qPrintable(monitor->statusText()));
        QVERIFY(m_peer->requests().isEmpty()); // nothing sent over the untrusted connection
    }
    {
        QNetworkAccessManager network;
        DashboardPage page(&network, nullptr);
        page.setPinnedServer(server, pin.toUpper());
        SourceMonitor *monitor = scrapeOnce(page);
        QVERIFY2(monitor->state() == SourceMonitor::State::Ok, qPrintable(monitor->statusText()));
        QCOMPARE(m_peer->requests().size(), 1);
        QCOMPARE(m_peer->requests().at(0).path, u"/metrics"_s);
    }
    {
        QNetworkAccessManager network;
        DashboardPage page(&network, nullptr);
        page.setPinnedServer(server, QByteArray(64, 'a'));
        QCOMPARE(scrapeOnce(page)->state(), SourceMonitor::State::Failing);
    }
    {
        // The pin belongs to the profile's server: the same certificate elsewhere (here:
        // another port) is not trusted on its strength.
        QNetworkAccessManager network;
        DashboardPage page(&network, nullptr);
        QUrl elsewhere = server;
        elsewhere.setPort(m_peer->port() == 1 ? 2 : m_peer->port() - 1);
        page.setPinnedServer(elsewhere, pin);
        QCOMPARE(scrapeOnce(page)->state(), SourceMonitor::State::Failing);
    }
    QCOMPARE(m_peer->requests().size(), 1);
}

QTEST_MAIN(TestDashboardTls)
#include "TestDashboardTls.moc"
