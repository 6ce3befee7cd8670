// SPDX-License-Identifier: MIT
// Starts the real nextevent-server against a throwaway database in NE_TEST_PG_URI and
// speaks HTTP to it. Shared by the end-to-end tests.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

class ServerHarness
{
public:
    ~ServerHarness();
    /// Creates the database, migrates, provisions a key and a user. Error text or empty.
    QString setUp(const QString &dbSuffix);
    /// Starts an instance; extra flags appended. Returns its index, -1 on failure.
    int start(const QStringList &extraArgs = {});
    void stop(int index);
    quint16 port(int index = 0) const { return m_ports.value(index); }
    QProcess *process(int index = 0) { return m_processes.value(index).get(); }

    HttpResult request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                       QList<QPair<QByteArray, QByteArray>> headers = {}, int index = 0,
                       bool authenticate = true);
    QString apiKey() const { return m_apiKey; }
    QString databaseUri() const { return m_dbUri; }
    QString runTool(const QStringList &args, int *exitCode, const QByteArray &input = {},
                    const QStringList &env = {});
    QByteArray jwtSecret() const { return "test-secret-test-secret-test-secret-42"; }
    QString secretFile() const { return m_dir.filePath(QStringLiteral("jwt.secret")); }
    /// The --data-dir every instance gets unless extraArgs name another.
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

private:
    QTemporaryDir m_dir;
    QString m_adminUri;
    QString m_dbName;
    QString m_dbUri;
    QString m_apiKey;
    QList<std::shared_ptr<QProcess>> m_processes;
    QList<quint16> m_ports;
};
