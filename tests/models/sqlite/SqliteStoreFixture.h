// SPDX-License-Identifier: MIT
// The seeded workspace every SQLite store test runs against, and the helpers they share.
#pragma once

#include "Await.h"
#include "store/sqlite/SqliteRepository.h"
#include "store/sqlite/SqliteStore.h"

#include <QBuffer>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace ne::test {

inline constexpr qint64 kBase = 1700000000000; // seeded created_at values cluster around this

/// The StoreError a call failed with, or nullopt when it succeeded.
template<typename T> std::optional<StoreError> failure(QFuture<T> future)
{
    try {
        await(future);
    } catch (const StoreError &e) {
        return e;
    }
    return std::nullopt;
}

template<typename F> std::optional<StoreError> failureOf(F &&f)
{
    try {
        f();
    } catch (const StoreError &e) {
        return e;
    }
    return std::nullopt;
}

QString describe(const std::optional<StoreError> &e);
QStringList idsOf(const QList<Record> &records);
QStringList fieldKeys(const QList<FieldError> &errors);
QSet<QString> setOf(const QStringList &ids);
Query queryOf(EntityKind kind, const QString &sortKey = keys::createdAt,
              Qt::SortOrder order = Qt::DescendingOrder);
bool hasDuplicates(const QStringList &ids);
QByteArray pngBytes(QSize size, QColor color);
QString writeFile(const QString &path, const QByteArray &bytes);
QString writeImage(const QString &path, QSize size, QColor color, const char *format);
QStringList pick(const QStringList &from, int start, int n);

} // namespace ne::test

/// Base of the SQLite store tests: initTestCase() seeds one workspace with 1,200 articles,
/// 120 news, 120 videos and 60 images whose sort keys collide on purpose, and keeps a raw
/// SQL connection to check the store against. Test classes add only their private slots.
class SqliteStoreFixture : public QObject
{
    Q_OBJECT

protected Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

protected:
    ne::SqliteRepository &repo() { return m_store->repository(); }
    QSqlQuery raw(const QString &sql, const QVariantList &binds = {});
    qint64 rawCount(const QString &sql, const QVariantList &binds = {});
    /// Ids in the order the query must list them, read straight from SQL.
    QStringList reference(const ne::Query &query, const QString &extraWhere = {},
                          const QVariantList &binds = {});
    /// Every page of query, limit rows at a time. Checks page sizes and cursors.
    void pageAll(const ne::Query &query, int limit, QStringList &ids, const ne::Cursor &from = {},
                 int maxPages = 100000);
    ne::Record createArticle(const QVariantMap &extra = {});
    QVariantMap validValues(ne::EntityKind kind);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ne::SqliteStore> m_store;
    QSqlDatabase m_raw;
    QStringList m_articleIds;
    QString m_categoryA;
    QString m_categoryB;
    ne::MediaRef m_png;
    int m_serial = 0;
};
