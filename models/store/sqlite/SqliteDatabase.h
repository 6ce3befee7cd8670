// SPDX-License-Identifier: MIT
#pragma once

#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace ne {

/// The workspace file. Hands each thread its own connection (a SQLite connection never
/// changes threads), sets the pragmas every connection needs, and migrates the schema.
class SqliteDatabase
{
public:
    static constexpr int kSchemaVersion = 2;

    explicit SqliteDatabase(QString path);
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    const QString &path() const { return m_path; }

    /// The calling thread's connection, opened on first use. Throws StoreError.
    QSqlDatabase connection();
    /// Creates or upgrades the schema; refuses a file written by a newer version.
    /// Call once before any other use. Throws StoreError.
    void migrate();
    /// Closes every connection this object opened (they must be idle).
    void closeAll();

private:
    void applyPragmas(QSqlDatabase &db);
    static QStringList splitStatements(const QString &script);

    QString m_path;
    QString m_prefix;
    QMutex m_mutex;
    QStringList m_connectionNames;
};

} // namespace ne
