// SPDX-License-Identifier: MIT
#pragma once

#include "schema/Record.h"
#include "store/MediaRef.h"
#include "store/Page.h"
#include "store/Query.h"
#include "store/StoreError.h"
#include "store/postgres/ConnectionPool.h"
#include "store/postgres/PgNotifier.h"
#include "store/postgres/PgRowText.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QSize>
#include <QString>
#include <string>

#include <functional>
#include <memory>
#include <optional>

namespace ne {

/// The PostgreSQL data access shared by the desktop client (through PgStore) and
/// nextevent-server. Synchronous and thread-safe: call it from any number of worker
/// threads at once; each call borrows a pool connection for its duration. Every
/// failure is thrown as a StoreError (never a libpqxx exception).
///
/// Records follow the Store conventions: keys are the schema's field keys, DateTime
/// values are UTC QDateTime, StringList / UuidList are QStringList, Json is QVariantMap,
/// enums are their OA strings (news priority "low".."urgent"), ids lowercase uuids.
class PgRepository
{
public:
    /// The schema version this build reads and writes (resources/sql/postgres/NNN_*.sql).
    static int supportedSchemaVersion();

    explicit PgRepository(std::shared_ptr<ConnectionPool> pool);
    ~PgRepository();
    PgRepository(const PgRepository &) = delete;
    PgRepository &operator=(const PgRepository &) = delete;

    /// Convenience: a pool with the given settings and a repository on it.
    static std::shared_ptr<PgRepository> connect(const QString &conninfo,
                                                 const PoolSettings &settings = {});

    const std::shared_ptr<ConnectionPool> &pool() const;

    // --- schema -------------------------------------------------------------------
    /// The version recorded in schema_version, or 0 when the database has no schema.
    int schemaVersion() const;
    /// Creates or upgrades the schema to supportedSchemaVersion() (needs DDL rights).
    /// Refuses (StoreError Forbidden) to touch a schema newer than this build knows.
    void migrate();
    /// Opens a connection and checks the schema: throws Unavailable/Unauthorized for
    /// connection problems, Unavailable "no schema" / "schema too old", Forbidden
    /// "schema newer than this application" — the messages "Test connection" shows.
    void checkConnection() const;

    // --- rows ---------------------------------------------------------------------
    /// One keyset page: cost independent of depth. total is a planner estimate unless
    /// query.exactTotal. Throws Invalid for an unknown sort key/filter or a foreign cursor.
    Page list(const Query &query, const Cursor &cursor, int limit) const;
    /// list() for callers that write rows out themselves: each row goes to visit, in
    /// order, and the Page returned carries only the next cursor and the total.
    Page listRows(const Query &query, const Cursor &cursor, int limit,
                  const std::function<void(const PgRowText &)> &visit) const;
    /// A row (news with its articleIds/mainStoryId, one round trip). NotFound when
    /// absent; soft-deleted rows are returned only with includeDeleted.
    Record get(EntityKind kind, const QString &id, bool includeDeleted = false) const;
    /// Validates (EntitySchema::validate, Create) and inserts. Conflict for a taken
    /// unique value (slug, stream key, image content), Invalid for bad references.
    Record create(EntityKind kind, const QVariantMap &values);
    /// Optimistic update: Conflict (with current() set) when the version moved on,
    /// NotFound when the row is gone or in the trash.
    Record update(EntityKind kind, const QString &id, const QVariantMap &changes,
                  qint64 expectedVersion);
    /// The same changes to all ids in one statement and one transaction: all or nothing.
    /// NotFound (nothing applied) if any id is missing or deleted. Returns the count.
    int updateMany(EntityKind kind, const QStringList &ids, const QVariantMap &changes);
    /// Soft delete (deleted_at, and status 'deleted' where the enum has it). Returns count.
    int remove(EntityKind kind, const QStringList &ids);
    /// Undo remove(): the previous status is restored. Returns count.
    int restore(EntityKind kind, const QStringList &ids);
    QList<Category> categories(EntityKind kind) const;

    // --- images and media -----------------------------------------------------------
    /// Creates an image row unless a live image with the same contentSha256 exists;
    /// then returns that one and sets *alreadyPresent (upload dedupe, 200 not 201).
    Record createImage(const QVariantMap &values, bool *alreadyPresent = nullptr);
    /// The live image whose content has this SHA-256 (lowercase hex), if any.
    std::optional<Record> findImageBySha256(const QString &sha256) const;
    /// The live video whose cloudUrl is the stored media with this SHA-256, if any.
    std::optional<Record> findVideoBySha256(const QString &sha256) const;

    /// Called after each chunk with the bytes stored so far; return false to cancel
    /// (the call then throws StoreError Cancelled and stores nothing).
    using Progress = std::function<bool(qint64 bytesDone)>;
    /// Streams source (read in chunks until atEnd, never whole) into the media store,
    /// hashing on the way, in one transaction. If expectedSha256 is given and already
    /// stored, returns at once without reading (alreadyPresent); if the bytes hash to
    /// something else, throws Invalid. Identical bytes are stored once.
    /// pixelSize (images) is kept with the bytes and reported back in MediaRef.
    MediaRef putMedia(QIODevice &source, const QString &mimeType,
                      const QString &expectedSha256 = {}, const Progress &progress = {},
                      QSize pixelSize = {});
    /// Records media whose bytes the caller keeps elsewhere (nextevent-server's data
    /// directory): the row only, no chunks. Identical bytes already recorded win and come
    /// back with alreadyPresent. readMedia refuses such media (NotFound, saying so).
    MediaRef registerExternalMedia(const QString &sha256, qint64 size, const QString &mimeType,
                                   QSize pixelSize = {});
    /// Size and type of stored media, or nullopt when not stored.
    std::optional<MediaRef> mediaInfo(const QString &sha256) const;
    /// Writes bytes [offset, offset+length) of stored media to sink, chunk by chunk
    /// (length < 0: to the end). Returns the bytes written. NotFound when not stored.
    qint64 readMedia(const QString &sha256, QIODevice &sink, qint64 offset = 0,
                     qint64 length = -1) const;
    /// Convenience for small ranges (thumbnails, HTTP Range replies).
    QByteArray readMediaRange(const QString &sha256, qint64 offset, qint64 length) const;
    /// MediaRef::url and the image rows' url / storage_path are prefix + sha256
    /// (default "pgmedia:"); the server sets its public media route here.
    void setMediaUrlPrefix(const QString &prefix);
    /// Removes stored media no live or trashed image refers to. Returns count.
    int removeMedia(const QString &sha256);

    // --- diagnostics ------------------------------------------------------------------
    /// Planner estimate (or exact count) of rows matching query; the estimate is planned
    /// afresh, not taken from the one list() keeps for 10 s.
    qint64 count(const Query &query, bool exact) const;
    PoolStats poolStats() const;

private:
    /// list(), taking the total from the estimate cache when reuseEstimate; rows go to
    /// visit instead of into Records when it is given.
    Page listPage(const Query &query, const Cursor &cursor, int limit, bool reuseEstimate,
                  const std::function<void(const PgRowText &)> *visit = nullptr) const;
    /// Soft delete and restore: one statement over ids that match trashedCondition.
    int moveTrash(EntityKind kind, const QStringList &ids, const std::string &assignments,
                  const char *trashedCondition);
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ne
