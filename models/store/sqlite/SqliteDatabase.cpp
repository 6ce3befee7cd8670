// SPDX-License-Identifier: MIT
#include "SqliteDatabase.h"

#include "SqliteErrors.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace ne {

SqliteDatabase::SqliteDatabase(QString path)
    : m_path(std::move(path))
    , m_prefix(QStringLiteral("ne-sqlite-") + QUuid::createUuid().toString(QUuid::Id128) + u'-')
{}

SqliteDatabase::~SqliteDatabase()
{
    closeAll();
}

QSqlDatabase SqliteDatabase::connection()
{
    const QString name =
        m_prefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);

    const QFileInfo info(m_path);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        throw StoreError(
            StoreError::Kind::Unavailable,
            StoreError::tr("Cannot create the workspace folder %1.").arg(info.absolutePath()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        const StoreError error = sqliteError(db.lastError(), m_path);
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw error;
    }
    {
        QMutexLocker lock(&m_mutex);
        m_connectionNames.append(name);
    }
    applyPragmas(db);
    return db;
}

void SqliteDatabase::applyPragmas(QSqlDatabase &db)
{
    QSqlQuery q(db);
    // The first statement also proves the file is a database: a corrupt or foreign file
    // fails here with a clear message instead of on the first list.
    for (const char *pragma : {"PRAGMA busy_timeout = 5000", "PRAGMA foreign_keys = ON",
                               "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                               "PRAGMA cache_size = -32000", "PRAGMA temp_store = MEMORY"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            throw sqliteError(q.lastError(), m_path);
    }
}

void SqliteDatabase::closeAll()
{
    QMutexLocker lock(&m_mutex);
    // Connections belong to the threads that opened them, and QSqlDatabase::database()
    // refuses (with a warning) to hand out another thread's. removeDatabase() does not
    // need the handle: dropping the last reference closes the SQLite connection.
    for (const QString &name : std::as_const(m_connectionNames))
        QSqlDatabase::removeDatabase(name);
    m_connectionNames.clear();
}

QStringList SqliteDatabase::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    for (const QString &line : script.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QStringLiteral("--")))
            continue;
        current += line + u'\n';
        if (trimmed.startsWith(QStringLiteral("CREATE TRIGGER")))
            inTrigger = true;
        const bool ends = inTrigger ? trimmed == QStringLiteral("END;") : trimmed.endsWith(u';');
        if (ends) {
            statements.append(current);
            current.clear();
            inTrigger = false;
        }
    }
    return statements;
}

void SqliteDatabase::migrate()
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        throw sqliteError(q.lastError(), m_path);
    const int current = q.value(0).toInt();
    if (current > kSchemaVersion)
        throw StoreError(StoreError::Kind::Forbidden,
                         StoreError::tr("This workspace was written by a newer NextEvent Admin "
                                        "(schema %1; this version knows up to %2). Update the "
                                        "app to open it.")
                             .arg(current)
                             .arg(kSchemaVersion));
    for (int version = current + 1; version <= kSchemaVersion; ++version) {
        const QStringList names =
            QDir(QStringLiteral(":/sql/sqlite"))
                .entryList({QStringLiteral("%1_*.sql").arg(version, 3, 10, QLatin1Char('0'))});
        QFile file(QStringLiteral(":/sql/sqlite/") + names.value(0));
        if (names.size() != 1 || !file.open(QIODevice::ReadOnly))
            throw StoreError(
                StoreError::Kind::Server,
                StoreError::tr("Migration %1 is missing from this build.").arg(version));
        const QString script = QString::fromUtf8(file.readAll());
        if (!db.transaction())
            throw sqliteError(db.lastError(), m_path);
        for (const QString &statement : splitStatements(script)) {
            if (!q.exec(statement)) {
                const StoreError error = sqliteError(q.lastError(), m_path);
                db.rollback();
                throw error;
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)) || !db.commit()) {
            const StoreError error = sqliteError(q.lastError(), m_path);
            db.rollback();
            throw error;
        }
    }
}

} // namespace ne
