// SPDX-License-Identifier: MIT
#pragma once

#include "store/MediaRef.h"
#include "store/Page.h"
#include "store/Query.h"
#include "store/StoreError.h"

#include <QSqlDatabase>

namespace ne {

class SqliteDatabase;

/// A row written by any process, read back from the workspace's change log.
struct ChangeEntry
{
    EntityKind kind;
    QString id;
};

/// Synchronous, blocking access to the workspace: every call runs on the calling
/// thread's own connection, so call it from the io pool, never from the UI thread.
/// Failures throw StoreError.
class SqliteRepository
{
public:
    explicit SqliteRepository(SqliteDatabase &database);

    Page list(const Query &query, const Cursor &cursor, int limit);
    Record get(EntityKind kind, const QString &id);
    Record create(EntityKind kind, const QVariantMap &values);
    Record update(EntityKind kind, const QString &id, const QVariantMap &changes,
                  qint64 expectedVersion);
    int updateMany(EntityKind kind, const QStringList &ids, const QVariantMap &changes);
    int remove(EntityKind kind, const QStringList &ids);
    int restore(EntityKind kind, const QStringList &ids);
    QList<Category> categories(EntityKind kind);
    QString createCategory(EntityKind kind, const QString &name);

    /// Records a stored file's identity (idempotent: the same hash is stored once).
    void addMedia(const MediaRef &media);
    std::optional<MediaRef> media(const QString &sha256);
    /// A live image already holding these bytes, if any (upload dedupe).
    std::optional<Record> imageBySha256(const QString &sha256);
    /// A live video whose file is the stored media at url (upload dedupe of videos).
    std::optional<Record> videoByCloudUrl(const QString &url);

    /// The workspace's data_version: changes when another connection commits.
    qint64 dataVersion();
    qint64 lastChangeSeq();
    QList<ChangeEntry> changesSince(qint64 seq, qint64 *newSeq);
    /// Spreads creation times over the last spanMs (sample content and benchmarks only:
    /// rows made in one burst would otherwise share a handful of timestamps).
    void spreadCreationTimes(EntityKind kind, qint64 spanMs);
    /// Drops change-log rows older than the newest keep rows.
    void pruneChangeLog(int keep);

private:
    QSqlDatabase db();
    void insertRow(EntityKind kind, const QVariantMap &values);
    void writeNewsArticles(const QString &newsId, const QVariantMap &values, bool replace);
    void attachNewsArticles(QList<Record> &records);
    void fillImageMedia(QVariantMap &values);
    void validateMerged(EntityKind kind, const QString &id, const QVariantMap &changes);
    StoreError missingOrConflict(EntityKind kind, const QString &id);
    qint64 estimateRows(const Query &query);
    qint64 countRows(const Query &query, const QString &where, const QVariantList &binds);

    SqliteDatabase &m_database;
};

} // namespace ne
