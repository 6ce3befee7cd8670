// SPDX-License-Identifier: MIT
#pragma once

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <libpq-fe.h>

#include <algorithm>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ne::test {

/// A PostgreSQL 15 server owned by one test: initdb in a temporary folder, a free loopback
/// port, superuser ne_test with trust auth (like scripts/with-services). Unlike the shared
/// with-services server it may be killed and restarted without disturbing other tests.
/// Binaries come from NE_PG_BIN (default /usr/lib/postgresql/15/bin); as root the server
/// runs as the postgres user, which PostgreSQL requires.
class PgServerProcess
{
public:
    PgServerProcess()
        : m_bin(qEnvironmentVariable("NE_PG_BIN", QStringLiteral("/usr/lib/postgresql/15/bin")))
    {}

    ~PgServerProcess() { stop(); }

    /// initdb and the first start; false with error() set when either fails.
    bool start()
    {
        if (!m_dir.isValid())
            return fail(QStringLiteral("no temporary folder"));
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                QFile::ReadGroup | QFile::ExeGroup |
                                                QFile::ReadOther | QFile::ExeOther);
        if (::geteuid() == 0) {
            const passwd *pw = ::getpwnam("postgres");
            if (!pw ||
                ::chown(QFile::encodeName(m_dir.path()).constData(), pw->pw_uid, pw->pw_gid) != 0)
                return fail(QStringLiteral("running as root needs a postgres user"));
        }
        QProcess initdb;
        initdb.setProcessChannelMode(QProcess::MergedChannels);
        runAsServerUser(initdb, m_bin + QStringLiteral("/initdb"),
                        {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"),
                         QStringLiteral("ne_test"), QStringLiteral("--auth=trust"),
                         QStringLiteral("--encoding=UTF8"), QStringLiteral("--locale=C.UTF-8")});
        if (!initdb.waitForFinished(120000) || initdb.exitCode() != 0)
            return fail(QStringLiteral("initdb failed: ") +
                        QString::fromLocal8Bit(initdb.readAll()));
        m_port = freePort();
        return restart();
    }

    /// Starts the server again on the same port and data (crash recovery after kill()).
    bool restart()
    {
        m_server.setProcessChannelMode(QProcess::MergedChannels);
        m_server.setStandardOutputFile(m_dir.filePath(QStringLiteral("pg.log")), QIODevice::Append);
        runAsServerUser(m_server, m_bin + QStringLiteral("/postgres"),
                        {QStringLiteral("-D"), dataDir(), QStringLiteral("-h"),
                         QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
                         QStringLiteral("-k"), m_dir.path(), QStringLiteral("-c"),
                         QStringLiteral("fsync=off"), QStringLiteral("-c"),
                         QStringLiteral("max_connections=50")});
        QElapsedTimer t;
        t.start();
        const std::string ping = conninfo(QStringLiteral("postgres")).toStdString();
        while (t.elapsed() < 60000) {
            if (PQping(ping.c_str()) == PQPING_OK)
                return true;
            if (m_server.state() == QProcess::NotRunning)
                break;
            QThread::msleep(50);
        }
        return fail(QStringLiteral("postgres did not start: ") + log());
    }

    /// SIGKILL to the postmaster and every backend, as a crash or an OOM kill would do;
    /// returns when all of them are gone.
    void kill()
    {
        const qint64 postmaster = postmasterPid();
        if (postmaster <= 0)
            return;
        const QList<qint64> children = childrenOf(postmaster);
        ::kill(pid_t(postmaster), SIGKILL);
        for (qint64 child : children)
            ::kill(pid_t(child), SIGKILL);
        QElapsedTimer t;
        t.start();
        auto gone = [](qint64 pid) {
            QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
            if (!stat.open(QIODevice::ReadOnly))
                return true;
            const QByteArray s = stat.readAll();
            const qsizetype close = s.lastIndexOf(')');
            return close > 0 && s.size() > close + 2 && s.at(close + 2) == 'Z';
        };
        while (t.elapsed() < 10000 &&
               !(gone(postmaster) && std::all_of(children.begin(), children.end(), gone)))
            QThread::msleep(20);
        m_server.waitForFinished(10000);
    }

    QString conninfo(const QString &dbname) const
    {
        return QStringLiteral("host=127.0.0.1 port=%1 user=ne_test dbname=%2 connect_timeout=5")
            .arg(m_port)
            .arg(dbname);
    }

    const QString &error() const { return m_error; }
    QString log() const
    {
        QFile f(m_dir.filePath(QStringLiteral("pg.log")));
        return f.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(f.readAll()) : QString();
    }

    /// Fast shutdown (SIGINT: connections and open transactions are cut); restart() brings
    /// the server back. At destruction the folder then goes with m_dir.
    void stop()
    {
        const qint64 pid = postmasterPid();
        if (pid > 0 && m_server.state() != QProcess::NotRunning) {
            ::kill(pid_t(pid), SIGINT);
            if (!m_server.waitForFinished(10000))
                kill();
        }
    }

private:
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    bool fail(const QString &why)
    {
        m_error = why;
        return false;
    }

    void runAsServerUser(QProcess &p, const QString &program, const QStringList &args) const
    {
        if (::geteuid() == 0)
            p.start(QStringLiteral("runuser"),
                    QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                QStringLiteral("--"), program} +
                        args);
        else
            p.start(program, args);
    }

    qint64 postmasterPid() const
    {
        QFile f(dataDir() + QStringLiteral("/postmaster.pid"));
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        return f.readLine().trimmed().toLongLong();
    }

    static QList<qint64> childrenOf(qint64 parent)
    {
        QList<qint64> out;
        const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
        for (const QString &e : entries) {
            bool isPid = false;
            const qint64 pid = e.toLongLong(&isPid);
            if (!isPid)
                continue;
            QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
            if (!stat.open(QIODevice::ReadOnly))
                continue;
            const QByteArray s = stat.readAll();
            // "pid (comm) state ppid …": comm may hold spaces, so split after the last ')'.
            const QList<QByteArray> f = s.mid(s.lastIndexOf(')') + 2).split(' ');
            if (f.size() > 1 && f.at(1).toLongLong() == parent)
                out.append(pid);
        }
        return out;
    }

    static int freePort()
    {
        const int s = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        int port = 0;
        if (::bind(s, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0 &&
            ::getsockname(s, reinterpret_cast<sockaddr *>(&a), &len) == 0)
            port = ntohs(a.sin_port);
        ::close(s);
        return port;
    }

    QString m_bin;
    QTemporaryDir m_dir;
    QProcess m_server;
    int m_port = 0;
    QString m_error;
};

} // namespace ne::test
