// SPDX-License-Identifier: MIT
#include "SqliteRepository.h"

#include "KeysetSql.h"
#include "SqliteDatabase.h"
#include "SqliteErrors.h"
#include "SqliteRowCodec.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QUuid>
#include <functional>

namespace ne {

namespace {

constexpr int kMaxPage = 1000;

QSqlQuery run(QSqlDatabase db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        throw sqliteError(q.lastError(), db.databaseName());
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        throw sqliteError(q.lastError(), db.databaseName());
    return q;
}

QString placeholders(qsizetype n)
{
    QStringList marks(n, QStringLiteral("?"));
    return marks.join(u',');
}

QVariantList toVariants(const QStringList &list)
{
    return QVariantList(list.begin(), list.end());
}

qint64 nowMillis()
{
    return QDateTime::currentMSecsSinceEpoch();
}

/// BEGIN IMMEDIATE takes the write lock up front, so two writers wait for each other
/// (busy_timeout) instead of failing when a read transaction tries to upgrade.
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db)
        : m_db(db)
    {
        run(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    }
    ~WriteTransaction()
    {
        if (!m_done)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    void commit()
    {
        run(m_db, QStringLiteral("COMMIT"));
        m_done = true;
    }

private:
    QSqlDatabase m_db;
    bool m_done = false;
};

bool isNullable(const Field &f)
{
    return !(f.isRequired() || f.defaultValue().isValid() || f.key() == keys::createdAt ||
             f.key() == keys::updatedAt);
}

QString likePattern(const QString &word)
{
    QString escaped = word;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

/// Words of three or more characters use the trigram index; shorter ones (a Chinese
/// two-character word) fall back to LIKE over the same columns.
/// A term with this many matches or more is "common": walking the sort index and testing
/// each row against the FTS index finds a page sooner than collecting every match first.
constexpr int kCommonTermMatches = 2000;

void appendSearch(const EntitySchema &schema, const QString &search, QStringList &where,
                  QVariantList &binds, const std::function<bool(const QString &)> &isCommon)
{
    QStringList phrases;
    for (const QString &word : search.split(u' ', Qt::SkipEmptyParts)) {
        if (word.size() >= 3) {
            QString quoted = word;
            phrases.append(u'"' + quoted.replace(u'"', QStringLiteral("\"\"")) + u'"');
            continue;
        }
        QStringList any;
        for (const QString &key : schema.searchKeys()) {
            any.append(QStringLiteral("t.") + schema.field(key)->column() +
                       QStringLiteral(" LIKE ? ESCAPE '\\'"));
            binds.append(likePattern(word));
        }
        where.append(u'(' + any.join(QStringLiteral(" OR ")) + u')');
    }
    if (!phrases.isEmpty()) {
        const QString fts = schema.table() + QStringLiteral("_fts");
        const QString match = phrases.join(u' ');
        // Rare terms: collect the few matching rowids first. Common terms: per-row probe.
        where.append(
            isCommon(match)
                ? QStringLiteral("EXISTS (SELECT 1 FROM %1 f WHERE f.rowid = t.rowid "
                                 "AND %1 MATCH ?)")
                      .arg(fts)
                : QStringLiteral("t.rowid IN (SELECT rowid FROM %1 WHERE %1 MATCH ?)").arg(fts));
        binds.append(match);
    }
}

} // namespace

SqliteRepository::SqliteRepository(SqliteDatabase &database)
    : m_database(database)
{}

QSqlDatabase SqliteRepository::db()
{
    return m_database.connection();
}

Page SqliteRepository::list(const Query &query, const Cursor &cursor, int limit)
{
    if (const auto problems = query.problems(); !problems.isEmpty())
        throw StoreError::invalid(problems);
    const EntitySchema &schema = EntitySchema::of(query.kind);
    const SqliteRowCodec codec(schema);
    const Field &sortField = *schema.field(query.sortKey);
    limit = std::clamp(limit, 1, kMaxPage);

    QStringList where{query.trash ? QStringLiteral("t.deleted_at IS NOT NULL")
                                  : QStringLiteral("t.deleted_at IS NULL")};
    QVariantList binds;
    for (auto it = query.filters.begin(); it != query.filters.end(); ++it) {
        const Field &f = *schema.field(it.key());
        where.append(QStringLiteral("t.") + f.column() + QStringLiteral(" = ?"));
        binds.append(codec.toStorage(f, it.value()));
    }
    if (!query.search.trimmed().isEmpty())
        appendSearch(schema, query.search.trimmed(), where, binds, [&](const QString &match) {
            QSqlQuery probe = run(db(),
                                  QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1_fts "
                                                 "WHERE %1_fts MATCH ? LIMIT %2)")
                                      .arg(schema.table())
                                      .arg(kCommonTermMatches),
                                  {match});
            return probe.next() && probe.value(0).toInt() >= kCommonTermMatches;
        });
    if (!query.ids.isEmpty()) {
        where.append(QStringLiteral("t.id IN (") + placeholders(query.ids.size()) + u')');
        binds += toVariants(query.ids);
    }

    std::optional<KeysetAfter> after;
    if (!cursor.isNull()) {
        const auto position = cursor.position();
        if (!position || position->sortKey != query.sortKey || position->order != query.order)
            throw StoreError(StoreError::Kind::Invalid,
                             StoreError::tr("The list's order changed while it was loading. "
                                            "Refresh to start again."));
        after = KeysetAfter{position->value, position->id};
    }

    Page page;
    QSqlDatabase connection = db();
    const QString head = QStringLiteral("SELECT ") + codec.selectList() + QStringLiteral(" FROM ") +
                         schema.table() + QStringLiteral(" t WHERE ") +
                         where.join(QStringLiteral(" AND "));
    const bool descending = query.order == Qt::DescendingOrder;
    for (const KeysetSegment &segment :
         keysetSegments(sortField.column(), isNullable(sortField), descending, after)) {
        const qsizetype want = limit + 1 - page.records.size();
        QSqlQuery q =
            run(connection,
                head + QStringLiteral(" AND ") + segment.condition + QStringLiteral(" ORDER BY ") +
                    segment.orderBy + QStringLiteral(" LIMIT ") + QString::number(want),
                binds + segment.binds);
        while (q.next())
            page.records.append(codec.readRow(q));
        if (page.records.size() > limit)
            break;
    }
    if (page.records.size() > limit) {
        page.records.resize(limit);
        const Record &last = page.records.constLast();
        page.nextCursor = Cursor::fromPosition(
            {query.sortKey, query.order, codec.toStorage(sortField, last.value(query.sortKey)),
             last.id()});
    }
    if (query.kind == EntityKind::News)
        attachNewsArticles(page.records);
    if (cursor.isNull() && page.nextCursor.isNull()) {
        page.total = page.records.size();
        page.totalIsExact = true;
    } else if (cursor.isNull() && query.exactTotal) {
        page.total = countRows(query, where.join(QStringLiteral(" AND ")), binds);
        page.totalIsExact = true;
    } else if (cursor.isNull()) {
        page.total = estimateRows(query);
    }
    return page;
}

qint64 SqliteRepository::estimateRows(const Query &query)
{
    // Rows are never physically deleted (soft delete), so the largest rowid less the
    // trash is the live count, read from two index ends instead of a million-row scan.
    // Filtered and searched lists have no cheap estimate: unknown until fully loaded.
    if (!query.filters.isEmpty() || !query.search.trimmed().isEmpty() || query.trash)
        return -1;
    const QString table = EntitySchema::of(query.kind).table();
    QSqlQuery q = run(db(), QStringLiteral("SELECT (SELECT coalesce(max(rowid), 0) FROM %1) - "
                                           "(SELECT count(*) FROM %1 WHERE deleted_at IS NOT "
                                           "NULL)")
                                .arg(table));
    return q.next() ? q.value(0).toLongLong() : -1;
}

qint64 SqliteRepository::countRows(const Query &query, const QString &where,
                                   const QVariantList &binds)
{
    QSqlQuery q =
        run(db(),
            QStringLiteral("SELECT count(*) FROM ") + EntitySchema::of(query.kind).table() +
                QStringLiteral(" t WHERE ") + where,
            binds);
    return q.next() ? q.value(0).toLongLong() : -1;
}

void SqliteRepository::attachNewsArticles(QList<Record> &records)
{
    if (records.isEmpty())
        return;
    QStringList ids;
    for (const Record &r : std::as_const(records))
        ids.append(r.id());
    QSqlQuery q = run(db(),
                      QStringLiteral("SELECT news_id, article_id, is_main_story FROM news_articles "
                                     "WHERE news_id IN (") +
                          placeholders(ids.size()) + QStringLiteral(") ORDER BY news_id, position"),
                      toVariants(ids));
    QHash<QString, QStringList> articles;
    QHash<QString, QString> mains;
    while (q.next()) {
        const QString newsId = q.value(0).toString();
        articles[newsId].append(q.value(1).toString());
        if (q.value(2).toInt() != 0)
            mains.insert(newsId, q.value(1).toString());
    }
    for (Record &r : records) {
        r.setValue(keys::articleIds, articles.value(r.id()));
        if (mains.contains(r.id()))
            r.setValue(keys::mainStoryId, mains.value(r.id()));
    }
}

Record SqliteRepository::get(EntityKind kind, const QString &id)
{
    const EntitySchema &schema = EntitySchema::of(kind);
    const SqliteRowCodec codec(schema);
    QSqlQuery q = run(db(),
                      QStringLiteral("SELECT ") + codec.selectList() + QStringLiteral(" FROM ") +
                          schema.table() + QStringLiteral(" t WHERE t.id = ?"),
                      {id});
    if (!q.next())
        throw StoreError(StoreError::Kind::NotFound,
                         StoreError::tr("This %1 no longer exists; someone may have deleted it.")
                             .arg(schema.displayName().toLower()));
    QList<Record> records{codec.readRow(q)};
    if (kind == EntityKind::News)
        attachNewsArticles(records);
    return records.constFirst();
}

void SqliteRepository::fillImageMedia(QVariantMap &values)
{
    const QString sha = values.value(QStringLiteral("contentSha256")).toString().toLower();
    const std::optional<MediaRef> ref = media(sha);
    if (!ref)
        throw StoreError::invalid({{QStringLiteral("contentSha256"),
                                    StoreError::tr("The image file has not been stored yet; "
                                                   "add it again.")}});
    const QString name = values.value(QStringLiteral("originalName")).toString();
    values.insert(QStringLiteral("contentSha256"), sha);
    values.insert(QStringLiteral("fileName"), name.isEmpty() ? sha : name);
    values.insert(QStringLiteral("originalName"), name.isEmpty() ? sha : name);
    values.insert(QStringLiteral("storagePath"), ref->url);
    values.insert(QStringLiteral("url"), ref->url);
    values.insert(QStringLiteral("mimeType"), ref->mimeType);
    values.insert(QStringLiteral("fileSize"), ref->size);
    if (ref->width > 0) {
        values.insert(QStringLiteral("width"), ref->width);
        values.insert(QStringLiteral("height"), ref->height);
    }
}

void SqliteRepository::insertRow(EntityKind kind, const QVariantMap &values)
{
    const EntitySchema &schema = EntitySchema::of(kind);
    const SqliteRowCodec codec(schema);
    QStringList columns;
    QVariantList binds;
    for (const Field *f : codec.columns()) {
        if (values.contains(f->key())) {
            columns.append(f->column());
            binds.append(codec.toStorage(*f, values.value(f->key())));
        }
    }
    run(db(),
        QStringLiteral("INSERT INTO ") + schema.table() + QStringLiteral(" (") +
            columns.join(u',') + QStringLiteral(") VALUES (") + placeholders(columns.size()) + u')',
        binds);
}

void SqliteRepository::writeNewsArticles(const QString &newsId, const QVariantMap &values,
                                         bool replace)
{
    if (replace)
        run(db(), QStringLiteral("DELETE FROM news_articles WHERE news_id = ?"), {newsId});
    const QStringList ids = values.value(keys::articleIds).toStringList();
    const QString main = values.value(keys::mainStoryId).toString();
    const qint64 now = nowMillis();
    for (int i = 0; i < ids.size(); ++i) {
        run(db(),
            QStringLiteral("INSERT INTO news_articles (news_id, article_id, position, "
                           "is_main_story, created_at) VALUES (?, ?, ?, ?, ?)"),
            {newsId, ids[i], i, ids[i] == main ? 1 : 0, now});
    }
}

Record SqliteRepository::create(EntityKind kind, const QVariantMap &values)
{
    const EntitySchema &schema = EntitySchema::of(kind);
    QVariantMap row = schema.newRowValues(values);
    if (const auto errors = schema.validate(row, ValidationMode::Create); !errors.isEmpty())
        throw StoreError::invalid(errors);

    WriteTransaction tx(db());
    if (kind == EntityKind::Image)
        fillImageMedia(row);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime now = SqliteRowCodec::fromMillis(nowMillis());
    row.insert(keys::id, id);
    row.insert(keys::createdAt, now);
    row.insert(keys::updatedAt, now);
    row.insert(keys::version, 1);
    if (row.value(keys::status).toString() == QStringLiteral("published") &&
        !row.contains(QStringLiteral("publishedAt")) && schema.field(u"publishedAt"))
        row.insert(QStringLiteral("publishedAt"), now);
    insertRow(kind, row);
    if (kind == EntityKind::News)
        writeNewsArticles(id, row, false);
    tx.commit();
    return get(kind, id);
}

StoreError SqliteRepository::missingOrConflict(EntityKind kind, const QString &id)
{
    const EntitySchema &schema = EntitySchema::of(kind);
    QSqlQuery q = run(db(),
                      QStringLiteral("SELECT deleted_at FROM ") + schema.table() +
                          QStringLiteral(" WHERE id = ?"),
                      {id});
    if (!q.next() || !q.value(0).isNull())
        return StoreError(StoreError::Kind::NotFound,
                          StoreError::tr("Someone else deleted this %1 while you were editing "
                                         "it. Your edits are still in the form.")
                              .arg(schema.displayName().toLower()));
    StoreError conflict(StoreError::Kind::Conflict,
                        StoreError::tr("Someone else changed this %1 after you opened it.")
                            .arg(schema.displayName().toLower()));
    conflict.setCurrent(get(kind, id).values());
    return conflict;
}

void SqliteRepository::validateMerged(EntityKind kind, const QString &id,
                                      const QVariantMap &changes)
{
    if (kind != EntityKind::News && kind != EntityKind::Video)
        return;
    const EntitySchema &schema = EntitySchema::of(kind);
    QVariantMap merged = get(kind, id).editableValues(schema);
    merged.insert(changes);
    static const QStringList crossKeys{QStringLiteral("expiresAt"), QStringLiteral("videoEndTime"),
                                       keys::mainStoryId, keys::articleIds};
    QList<FieldError> errors;
    for (const FieldError &e : schema.validate(merged, ValidationMode::Create)) {
        if (crossKeys.contains(e.key) && changes.contains(e.key))
            errors.append(e);
        else if (crossKeys.contains(e.key) &&
                 (e.key == QStringLiteral("expiresAt") || e.key == QStringLiteral("videoEndTime")))
            errors.append(e);
    }
    if (!errors.isEmpty())
        throw StoreError::invalid(errors);
}

namespace {

/// "col = ?" assignments for the changed columns, plus published_at on first publish.
QStringList assignments(const SqliteRowCodec &codec, const QVariantMap &changes,
                        QVariantList &binds, qint64 now)
{
    QStringList sets;
    for (const Field *f : codec.columns()) {
        if (changes.contains(f->key())) {
            sets.append(f->column() + QStringLiteral(" = ?"));
            binds.append(codec.toStorage(*f, changes.value(f->key())));
        }
    }
    if (changes.value(keys::status).toString() == QStringLiteral("published") &&
        codec.schema().field(u"publishedAt") && !changes.contains(QStringLiteral("publishedAt"))) {
        sets.append(QStringLiteral("published_at = COALESCE(published_at, ?)"));
        binds.append(now);
    }
    sets.append(QStringLiteral("version = version + 1"));
    sets.append(QStringLiteral("updated_at = ?"));
    binds.append(now);
    return sets;
}

} // namespace

Record SqliteRepository::update(EntityKind kind, const QString &id, const QVariantMap &changes,
                                qint64 expectedVersion)
{
    const EntitySchema &schema = EntitySchema::of(kind);
    if (const auto errors = schema.validate(changes, ValidationMode::Update); !errors.isEmpty())
        throw StoreError::invalid(errors);
    const SqliteRowCodec codec(schema);
    WriteTransaction tx(db());
    validateMerged(kind, id, changes);
    QVariantList binds;
    const QStringList sets = assignments(codec, changes, binds, nowMillis());
    binds << id << expectedVersion;
    QSqlQuery q = run(db(),
                      QStringLiteral("UPDATE ") + schema.table() + QStringLiteral(" SET ") +
                          sets.join(QStringLiteral(", ")) +
                          QStringLiteral(" WHERE id = ? AND version = ? AND deleted_at IS NULL"),
                      binds);
    if (q.numRowsAffected() == 0)
        throw missingOrConflict(kind, id);
    if (kind == EntityKind::News &&
        (changes.contains(keys::articleIds) || changes.contains(keys::mainStoryId))) {
        QVariantMap links = get(kind, id).values();
        links.insert(changes);
        writeNewsArticles(id, links, true);
    }
    tx.commit();
    return get(kind, id);
}

int SqliteRepository::updateMany(EntityKind kind, const QStringList &ids,
                                 const QVariantMap &changes)
{
    const EntitySchema &schema = EntitySchema::of(kind);
    QList<FieldError> errors = schema.validate(changes, ValidationMode::Update);
    if (changes.contains(keys::articleIds) || changes.contains(keys::mainStoryId))
        errors.append(
            {keys::articleIds, StoreError::tr("Articles are edited one issue at a time.")});
    if (!errors.isEmpty())
        throw StoreError::invalid(errors);
    const QSet<QString> unique(ids.begin(), ids.end());
    if (unique.isEmpty())
        return 0;
    const SqliteRowCodec codec(schema);
    WriteTransaction tx(db());
    QVariantList binds;
    const QStringList sets = assignments(codec, changes, binds, nowMillis());
    binds += toVariants(QStringList(unique.begin(), unique.end()));
    QSqlQuery q = run(db(),
                      QStringLiteral("UPDATE ") + schema.table() + QStringLiteral(" SET ") +
                          sets.join(QStringLiteral(", ")) + QStringLiteral(" WHERE id IN (") +
                          placeholders(unique.size()) + QStringLiteral(") AND deleted_at IS NULL"),
                      binds);
    const int affected = q.numRowsAffected();
    if (affected != unique.size())
        throw StoreError(StoreError::Kind::NotFound,
                         StoreError::tr("%n of the selected items were deleted by someone else, "
                                        "so nothing was changed. Refresh and try again.",
                                        nullptr, int(unique.size() - affected)));
    tx.commit();
    return affected;
}

int SqliteRepository::remove(EntityKind kind, const QStringList &ids)
{
    if (ids.isEmpty())
        return 0;
    WriteTransaction tx(db());
    const qint64 now = nowMillis();
    QSqlQuery q = run(db(),
                      QStringLiteral("UPDATE ") + EntitySchema::of(kind).table() +
                          QStringLiteral(" SET deleted_at = ?, updated_at = ?, version = version "
                                         "+ 1 WHERE deleted_at IS NULL AND id IN (") +
                          placeholders(ids.size()) + u')',
                      QVariantList{now, now} + toVariants(ids));
    const int affected = q.numRowsAffected();
    tx.commit();
    return affected;
}

int SqliteRepository::restore(EntityKind kind, const QStringList &ids)
{
    if (ids.isEmpty())
        return 0;
    WriteTransaction tx(db());
    QSqlQuery q = run(db(),
                      QStringLiteral("UPDATE ") + EntitySchema::of(kind).table() +
                          QStringLiteral(" SET deleted_at = NULL, updated_at = ?, version = "
                                         "version + 1 WHERE deleted_at IS NOT NULL AND id IN (") +
                          placeholders(ids.size()) + u')',
                      QVariantList{nowMillis()} + toVariants(ids));
    const int affected = q.numRowsAffected();
    tx.commit();
    return affected;
}

QList<Category> SqliteRepository::categories(EntityKind kind)
{
    QSqlQuery q = run(db(),
                      QStringLiteral("SELECT id, name FROM categories WHERE resource_type = ? AND "
                                     "deleted_at IS NULL ORDER BY display_order, name"),
                      {entityName(kind)});
    QList<Category> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

QString SqliteRepository::createCategory(EntityKind kind, const QString &name)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 now = nowMillis();
    run(db(),
        QStringLiteral("INSERT INTO categories (id, name, resource_type, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?)"),
        {id, name, entityName(kind), now, now});
    return id;
}

void SqliteRepository::addMedia(const MediaRef &media)
{
    run(db(),
        QStringLiteral("INSERT OR IGNORE INTO media (sha256, size, mime_type, width, height, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {media.sha256, media.size, media.mimeType, media.width, media.height, nowMillis()});
}

std::optional<MediaRef> SqliteRepository::media(const QString &sha256)
{
    QSqlQuery q = run(db(),
                      QStringLiteral("SELECT size, mime_type, width, height FROM media WHERE "
                                     "sha256 = ?"),
                      {sha256});
    if (!q.next())
        return std::nullopt;
    MediaRef ref{sha256,
                 q.value(0).toLongLong(),
                 q.value(1).toString(),
                 QStringLiteral("media/%1/%2").arg(sha256.left(2), sha256.mid(2)),
                 q.value(2).toInt(),
                 q.value(3).toInt(),
                 true};
    return ref;
}

std::optional<Record> SqliteRepository::imageBySha256(const QString &sha256)
{
    QSqlQuery q = run(db(),
                      QStringLiteral("SELECT id FROM site_images WHERE content_sha256 = ? AND "
                                     "deleted_at IS NULL LIMIT 1"),
                      {sha256.toLower()});
    if (!q.next())
        return std::nullopt;
    return get(EntityKind::Image, q.value(0).toString());
}

std::optional<Record> SqliteRepository::videoByCloudUrl(const QString &url)
{
    QSqlQuery q = run(db(),
                      QStringLiteral("SELECT id FROM videos WHERE cloud_url = ? AND deleted_at IS "
                                     "NULL LIMIT 1"),
                      {url});
    if (!q.next())
        return std::nullopt;
    return get(EntityKind::Video, q.value(0).toString());
}

qint64 SqliteRepository::dataVersion()
{
    QSqlQuery q = run(db(), QStringLiteral("PRAGMA data_version"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 SqliteRepository::lastChangeSeq()
{
    QSqlQuery q = run(db(), QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<ChangeEntry> SqliteRepository::changesSince(qint64 seq, qint64 *newSeq)
{
    QSqlQuery q = run(db(),
                      QStringLiteral("SELECT seq, entity, row_id FROM change_log WHERE seq > ? "
                                     "ORDER BY seq LIMIT 10000"),
                      {seq});
    QList<ChangeEntry> out;
    *newSeq = seq;
    while (q.next()) {
        *newSeq = q.value(0).toLongLong();
        if (const auto kind = entityKindFromName(q.value(1).toString()))
            out.append({*kind, q.value(2).toString()});
    }
    return out;
}

void SqliteRepository::spreadCreationTimes(EntityKind kind, qint64 spanMs)
{
    run(db(),
        QStringLiteral("UPDATE ") + EntitySchema::of(kind).table() +
            QStringLiteral(" SET created_at = created_at - (abs(random()) % ?)"),
        {spanMs});
}

void SqliteRepository::pruneChangeLog(int keep)
{
    run(db(),
        QStringLiteral("DELETE FROM change_log WHERE seq <= (SELECT max(seq) FROM "
                       "change_log) - ?"),
        {keep});
}

} // namespace ne
