// SPDX-License-Identifier: MIT
#include "store/postgres/PgRepositoryPrivate.h"

#include <QSet>
#include <QUuid>

namespace ne {

using pg::Param;
using pg::Params;
using pg::PgRowCodec;

namespace pg {

StoreError notFound(EntityKind kind)
{
    return StoreError(StoreError::Kind::NotFound,
                      StoreError::tr("This %1 no longer exists; someone may have deleted it.")
                          .arg(EntitySchema::of(kind).displayName().toLower()));
}

std::string uuidParam(const QString &id)
{
    const auto u = normalizedUuid(id);
    if (!u)
        throw StoreError::invalid({{keys::id, StoreError::tr("“%1” is not a valid id.").arg(id)}});
    return *u;
}

InsertLists insertLists(const PgRowCodec &codec, const QVariantMap &row, Params &params)
{
    InsertLists out;
    for (const Field *f : codec.columns()) {
        if (!row.contains(f->key()))
            continue;
        params.push_back(PgRowCodec::toParam(*f, row.value(f->key())));
        const char *separator = out.columns.empty() ? "" : ", ";
        out.columns += separator + f->column().toStdString();
        out.values += separator + PgRowCodec::paramExpression(*f, int(params.size()));
    }
    return out;
}

} // namespace pg

namespace {

const QString kSha = QStringLiteral("contentSha256");
const QString kOriginalName = QStringLiteral("originalName");

std::string table(EntityKind kind)
{
    return EntitySchema::of(kind).table().toStdString();
}

/// Keys an image create may carry although the committed schema marks them read-only:
/// the stored file the row is made from.
bool isMediaIdentity(const EntitySchema &schema, const QString &key)
{
    return schema.kind() == EntityKind::Image && (key == kSha || key == kOriginalName);
}

void validateCreate(const EntitySchema &schema, const QVariantMap &row)
{
    QVariantMap checked;
    for (auto it = row.begin(); it != row.end(); ++it) {
        const Field *f = schema.field(it.key());
        if (isMediaIdentity(schema, it.key()) && f && !f->isEditable())
            continue;
        checked.insert(it.key(), it.value());
    }
    if (const auto errors = schema.validate(checked, ValidationMode::Create); !errors.isEmpty())
        throw StoreError::invalid(errors);
}

/// "col = $n" assignments for the column fields in changes; params appended.
std::string assignments(const PgRowCodec &codec, const QVariantMap &changes, Params &params)
{
    std::string out;
    for (const Field *f : codec.columns()) {
        if (!changes.contains(f->key()))
            continue;
        params.push_back(PgRowCodec::toParam(*f, changes.value(f->key())));
        out += f->column().toStdString() + " = " +
               PgRowCodec::paramExpression(*f, int(params.size())) + ", ";
    }
    if (changes.value(keys::status).toString() == QStringLiteral("published") &&
        codec.schema().field(u"publishedAt") && !changes.contains(QStringLiteral("publishedAt")))
        out += "published_at = coalesce(published_at, now()), ";
    return out;
}

bool hasDeletedStatus(const EntitySchema &schema)
{
    const Field *status = schema.field(keys::status);
    return status && status->enumValues().contains(QStringLiteral("deleted"));
}

QStringList distinctIds(const QStringList &ids)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &id : ids) {
        const QString norm = QString::fromStdString(pg::uuidParam(id));
        if (!seen.contains(norm)) {
            seen.insert(norm);
            out.append(norm);
        }
    }
    return out;
}

} // namespace

int PgRepository::Private::readSchemaVersion(pqxx::transaction_base &tx)
{
    const pqxx::result exists = tx.exec("SELECT to_regclass('schema_version') IS NOT NULL");
    if (!exists[0][0].as<bool>())
        return 0;
    const pqxx::result r = tx.exec("SELECT coalesce(max(version), 0) FROM schema_version");
    return r[0][0].as<int>();
}

void PgRepository::Private::requireWritableSchema(pqxx::transaction_base &tx)
{
    if (verifiedSchema.load() == supportedSchemaVersion())
        return;
    const int version = readSchemaVersion(tx);
    if (version == 0)
        throw StoreError(StoreError::Kind::Unavailable,
                         StoreError::tr("This database has no NextEvent schema. Create it with "
                                        "the administration action first."));
    if (version > supportedSchemaVersion())
        throw StoreError(StoreError::Kind::Forbidden,
                         StoreError::tr("This database has schema version %1, newer than this "
                                        "application knows (%2). Update the application "
                                        "before changing data.")
                             .arg(version)
                             .arg(supportedSchemaVersion()));
    if (version < supportedSchemaVersion())
        throw StoreError(StoreError::Kind::Unavailable,
                         StoreError::tr("This database has schema version %1, older than this "
                                        "application needs (%2). Upgrade the schema first.")
                             .arg(version)
                             .arg(supportedSchemaVersion()));
    verifiedSchema.store(version);
}

std::optional<Record> PgRepository::Private::fetch(pqxx::transaction_base &tx, EntityKind kind,
                                                   const QString &id, bool includeDeleted) const
{
    const PgRowCodec codec(EntitySchema::of(kind));
    const std::string sql = "SELECT " + codec.selectList() + " FROM " + table(kind) +
                            " t WHERE t.id = $1::uuid" +
                            (includeDeleted ? "" : " AND t.deleted_at IS NULL");
    const pqxx::result r = pg::execPrepared(tx, sql, {pg::uuidParam(id)});
    if (r.empty())
        return std::nullopt;
    return codec.readRow(r[0]);
}

void PgRepository::Private::writeNewsArticles(pqxx::transaction_base &tx, const QString &newsId,
                                              const QVariantMap &values, bool replace) const
{
    const std::string news = pg::uuidParam(newsId);
    const QString main = values.value(keys::mainStoryId).toString();
    const Param mainParam = main.isEmpty() ? Param() : Param(pg::uuidParam(main));
    if (values.contains(keys::articleIds)) {
        if (replace)
            pg::execPrepared(tx, "DELETE FROM news_articles WHERE news_id = $1::uuid", {news});
        pg::execPrepared(tx,
                         "INSERT INTO news_articles (news_id, article_id, position, is_main_story) "
                         "SELECT $1::uuid, u.a, u.o - 1, u.a IS NOT DISTINCT FROM $3::uuid "
                         "FROM unnest($2::uuid[]) WITH ORDINALITY AS u(a, o)",
                         {news,
                          PgRowCodec::uuidArray(values.value(keys::articleIds).toStringList()),
                          mainParam});
    } else if (values.contains(keys::mainStoryId)) {
        pg::execPrepared(tx,
                         "UPDATE news_articles SET is_main_story = "
                         "(article_id IS NOT DISTINCT FROM $2::uuid) WHERE news_id = $1::uuid",
                         {news, mainParam});
    }
}

PgRepository::PgRepository(std::shared_ptr<ConnectionPool> pool)
    : d(std::make_unique<Private>())
{
    d->pool = std::move(pool);
    d->searchFlusher = std::make_unique<PgSearchIndexFlusher>(d->pool);
}

PgRepository::~PgRepository() = default;

std::shared_ptr<PgRepository> PgRepository::connect(const QString &conninfo,
                                                    const PoolSettings &settings)
{
    return std::make_shared<PgRepository>(ConnectionPool::create(conninfo, settings));
}

const std::shared_ptr<ConnectionPool> &PgRepository::pool() const
{
    return d->pool;
}

PoolStats PgRepository::poolStats() const
{
    return d->pool->stats();
}

void PgRepository::setMediaUrlPrefix(const QString &prefix)
{
    d->mediaPrefix = prefix;
}

int PgRepository::schemaVersion() const
{
    return d->withConnection(
        [](pqxx::connection &c) {
            pqxx::read_transaction tx(c);
            return Private::readSchemaVersion(tx);
        },
        true);
}

void PgRepository::checkConnection() const
{
    d->withConnection(
        [this](pqxx::connection &c) {
            pqxx::work tx(c);
            d->verifiedSchema.store(0);
            d->requireWritableSchema(tx);
        },
        true);
}

Record PgRepository::get(EntityKind kind, const QString &id, bool includeDeleted) const
{
    return d->withConnection(
        [&](pqxx::connection &c) {
            pqxx::read_transaction tx(c);
            auto record = d->fetch(tx, kind, id, includeDeleted);
            if (!record)
                throw pg::notFound(kind);
            return *record;
        },
        true);
}

Record PgRepository::create(EntityKind kind, const QVariantMap &values)
{
    if (kind == EntityKind::Image)
        return createImage(values);
    const EntitySchema &schema = EntitySchema::of(kind);
    QVariantMap row = schema.newRowValues(values);
    validateCreate(schema, row);
    const PgRowCodec codec(schema);
    return d->withConnection(
        [&](pqxx::connection &c) {
            pqxx::work tx(c);
            d->requireWritableSchema(tx);
            Params params;
            pg::InsertLists lists = pg::insertLists(codec, row, params);
            if (row.value(keys::status).toString() == QStringLiteral("published") &&
                schema.field(u"publishedAt") && !row.contains(QStringLiteral("publishedAt"))) {
                lists.columns += ", published_at";
                lists.values += ", now()";
            }
            const pqxx::result r =
                pg::execPrepared(tx,
                                 "INSERT INTO " + table(kind) + " (" + lists.columns +
                                     ") VALUES (" + lists.values + ") RETURNING id",
                                 params);
            const QString id = QString::fromLatin1(r[0][0].c_str());
            if (kind == EntityKind::News)
                d->writeNewsArticles(tx, id, row, false);
            Record record = *d->fetch(tx, kind, id, false);
            tx.commit();
            d->searchFlusher->touched(table(kind));
            return record;
        },
        false);
}

Record PgRepository::update(EntityKind kind, const QString &id, const QVariantMap &changes,
                            qint64 expectedVersion)
{
    const EntitySchema &schema = EntitySchema::of(kind);
    if (const auto errors = schema.validate(changes, ValidationMode::Update); !errors.isEmpty())
        throw StoreError::invalid(errors);
    const PgRowCodec codec(schema);
    return d->withConnection(
        [&](pqxx::connection &c) {
            pqxx::work tx(c);
            d->requireWritableSchema(tx);
            Params params{pg::uuidParam(id), std::to_string(expectedVersion)};
            const std::string set = assignments(codec, changes, params);
            const pqxx::result r = pg::execPrepared(
                tx,
                "UPDATE " + table(kind) + " SET " + set +
                    "version = version + 1, updated_at = now() WHERE id = $1::uuid "
                    "AND version = $2::int AND deleted_at IS NULL RETURNING id",
                params);
            if (r.empty()) {
                const auto current = d->fetch(tx, kind, id, true);
                if (!current || current->isDeleted())
                    throw pg::notFound(kind);
                StoreError conflict(StoreError::Kind::Conflict,
                                    StoreError::tr("Someone else changed this %1 since you "
                                                   "opened it.")
                                        .arg(schema.displayName().toLower()));
                conflict.setCurrent(current->values());
                throw conflict;
            }
            if (kind == EntityKind::News)
                d->writeNewsArticles(tx, id, changes, true);
            Record record = *d->fetch(tx, kind, id, false);
            tx.commit();
            d->searchFlusher->touched(table(kind));
            return record;
        },
        false);
}

int PgRepository::updateMany(EntityKind kind, const QStringList &ids, const QVariantMap &changes)
{
    const EntitySchema &schema = EntitySchema::of(kind);
    if (const auto errors = schema.validate(changes, ValidationMode::Update); !errors.isEmpty())
        throw StoreError::invalid(errors);
    if (changes.contains(keys::articleIds) || changes.contains(keys::mainStoryId))
        throw StoreError::invalid({{keys::articleIds, StoreError::tr("A news issue's articles "
                                                                     "are changed one issue at "
                                                                     "a time.")}});
    const QStringList unique = distinctIds(ids);
    if (unique.isEmpty())
        return 0;
    const PgRowCodec codec(schema);
    return d->withConnection(
        [&](pqxx::connection &c) {
            pqxx::work tx(c);
            d->requireWritableSchema(tx);
            Params params{PgRowCodec::uuidArray(unique)};
            const std::string set = assignments(codec, changes, params);
            const pqxx::result r =
                pg::execPrepared(tx,
                                 "UPDATE " + table(kind) + " SET " + set +
                                     "version = version + 1, updated_at = now() "
                                     "WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL",
                                 params);
            const int n = int(r.affected_rows());
            if (n != unique.size())
                throw StoreError(StoreError::Kind::NotFound,
                                 StoreError::tr("%n of the selected items no longer exist; "
                                                "nothing was changed. Reload and try again.",
                                                nullptr, int(unique.size()) - n));
            tx.commit();
            d->searchFlusher->touched(table(kind));
            return n;
        },
        false);
}

int PgRepository::remove(EntityKind kind, const QStringList &ids)
{
    const std::string status = hasDeletedStatus(EntitySchema::of(kind))
                                   ? "status_before_delete = status, status = 'deleted', "
                                   : "";
    return moveTrash(kind, ids, status + "deleted_at = now()", "deleted_at IS NULL");
}

int PgRepository::restore(EntityKind kind, const QStringList &ids)
{
    const std::string status = hasDeletedStatus(EntitySchema::of(kind))
                                   ? "status = coalesce(status_before_delete, status), "
                                     "status_before_delete = NULL, "
                                   : "";
    return moveTrash(kind, ids, status + "deleted_at = NULL", "deleted_at IS NOT NULL");
}

int PgRepository::moveTrash(EntityKind kind, const QStringList &ids, const std::string &assignments,
                            const char *trashedCondition)
{
    const QStringList unique = distinctIds(ids);
    if (unique.isEmpty())
        return 0;
    return d->withConnection(
        [&](pqxx::connection &c) {
            pqxx::work tx(c);
            d->requireWritableSchema(tx);
            const pqxx::result r = pg::execPrepared(
                tx,
                "UPDATE " + table(kind) + " SET " + assignments +
                    ", version = version + 1, updated_at = now() WHERE id = ANY($1::uuid[]) AND " +
                    trashedCondition,
                {PgRowCodec::uuidArray(unique)});
            tx.commit();
            d->searchFlusher->touched(table(kind));
            return int(r.affected_rows());
        },
        false);
}

QList<Category> PgRepository::categories(EntityKind kind) const
{
    return d->withConnection(
        [&](pqxx::connection &c) {
            pqxx::read_transaction tx(c);
            const pqxx::result r = pg::execPrepared(
                tx,
                "SELECT id, name FROM categories WHERE resource_type = $1 AND deleted_at IS NULL "
                "AND is_active ORDER BY display_order, name",
                {entityName(kind).toStdString()});
            QList<Category> out;
            for (const pqxx::row &row : r)
                out.append(
                    {QString::fromLatin1(row[0].c_str()), QString::fromUtf8(row[1].c_str())});
            return out;
        },
        true);
}

} // namespace ne
