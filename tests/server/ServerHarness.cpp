// SPDX-License-Identifier: MIT
#include "ServerHarness.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

#include <pqxx/pqxx>

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

ServerHarness::~ServerHarness()
{
    for (int i = 0; i < m_processes.size(); ++i)
        stop(i);
    if (!m_dbName.isEmpty()) {
        try {
            pqxx::connection c(m_adminUri.toStdString());
            pqxx::nontransaction tx(c);
            tx.exec("DROP DATABASE IF EXISTS " + m_dbName.toStdString() + " WITH (FORCE)");
        } catch (const std::exception &) {
        }
    }
}

QString ServerHarness::setUp(const QString &dbSuffix)
{
    m_adminUri = qEnvironmentVariable("NE_TEST_PG_URI");
    if (m_adminUri.isEmpty())
        return QStringLiteral(
            "NE_TEST_PG_URI is not set: run the server tests through scripts/with-services "
            "(e.g. scripts/with-services ctest -L server).");
    m_dbName = QStringLiteral("ne_srv_%1_%2").arg(dbSuffix).arg(QCoreApplication::applicationPid());
    try {
        pqxx::connection c(m_adminUri.toStdString());
        pqxx::nontransaction tx(c);
        tx.exec("DROP DATABASE IF EXISTS " + m_dbName.toStdString());
        tx.exec("CREATE DATABASE " + m_dbName.toStdString());
    } catch (const std::exception &e) {
        return QStringLiteral("Cannot create the test database: %1")
            .arg(QString::fromUtf8(e.what()));
    }
    QUrl u(m_adminUri);
    u.setPath(QLatin1Char('/') + m_dbName);
    m_dbUri = u.toString();
    QFile secret(secretFile());
    secret.open(QIODevice::WriteOnly);
    secret.write(jwtSecret());
    secret.close();
    int code = 0;
    QString out = runTool({QStringLiteral("--migrate")}, &code);
    if (code != 0)
        return QStringLiteral("--migrate failed: ") + out;
    m_apiKey =
        runTool({QStringLiteral("create-api-key"), QStringLiteral("tests")}, &code).trimmed();
    if (code != 0 || !m_apiKey.startsWith(QStringLiteral("nek_")))
        return QStringLiteral("create-api-key failed: ") + m_apiKey;
    out =
        runTool({QStringLiteral("create-user"), QStringLiteral("alice")}, &code, "wonderland-42\n");
    if (code != 0)
        return QStringLiteral("create-user failed: ") + out;
    return {};
}

QString ServerHarness::runTool(const QStringList &args, int *exitCode, const QByteArray &input,
                               const QStringList &env)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString &kv : env)
        e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(NE_SERVER_BINARY),
            QStringList{QStringLiteral("--database-url"), m_dbUri} + args);
    p.waitForStarted();
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    const QByteArray out = p.readAllStandardOutput();
    return QString::fromUtf8(*exitCode == 0 ? out : out + p.readAllStandardError());
}

int ServerHarness::start(const QStringList &extraArgs)
{
    auto p = std::make_shared<QProcess>();
    p->setProcessChannelMode(QProcess::SeparateChannels);
    p->start(QStringLiteral(NE_SERVER_BINARY),
             QStringList{QStringLiteral("--database-url"), m_dbUri, QStringLiteral("--port"),
                         QStringLiteral("0"), QStringLiteral("--jwt-secret-file"), secretFile(),
                         QStringLiteral("--data-dir"), dataDir(),
                         QStringLiteral("--log.access_log"), QStringLiteral("false"),
                         QStringLiteral("--threads"), QStringLiteral("2")} +
                 extraArgs);
    QElapsedTimer t;
    t.start();
    QByteArray out;
    while (t.elapsed() < 30000 && p->state() != QProcess::NotRunning) {
        p->waitForReadyRead(200);
        out += p->readAllStandardOutput();
        const qsizetype i = out.indexOf("\"port\":");
        if (i >= 0) {
            m_processes.append(p);
            m_ports.append(quint16(out.mid(i + 7, out.indexOf(',', i) - i - 7).toUInt()));
            return int(m_processes.size() - 1);
        }
    }
    qWarning("server did not start: %s %s", out.constData(), p->readAllStandardError().constData());
    return -1;
}

void ServerHarness::stop(int index)
{
    auto p = m_processes.value(index);
    if (!p || p->state() == QProcess::NotRunning)
        return;
    p->terminate();
    if (!p->waitForFinished(15000))
        p->kill();
}

HttpResult ServerHarness::request(const QByteArray &method, const QString &path,
                                  const QByteArray &body,
                                  QList<QPair<QByteArray, QByteArray>> headers, int index,
                                  bool authenticate)
{
    static QNetworkAccessManager *nam = new QNetworkAccessManager;
    QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port(index)).arg(path)));
    if (authenticate)
        req.setRawHeader("X-API-Key", m_apiKey.toLatin1());
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        req.setRawHeader(name, value);
    // A custom "HEAD" would make QNAM wait for the body that Content-Length announces.
    QNetworkReply *reply =
        method == "HEAD" ? nam->head(req) : nam->sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}
