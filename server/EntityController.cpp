// SPDX-License-Identifier: MIT
#include "EntityController.h"

#include "ErrorTable.h"
#include "JsonWriter.h"
#include "ListRequest.h"
#include "PasswordHasher.h"
#include "RecordJson.h"
#include "ResponseCache.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <pqxx/pqxx>

namespace ne::server {

namespace {

QByteArray etagOf(qint64 version)
{
    return '"' + QByteArray::number(version) + '"';
}

/// If-Match "<version>" (or W/"<version>"), -1 when absent, -2 when unreadable.
qint64 ifMatch(const HttpRequest &request)
{
    QByteArray v = request.header("if-match").trimmed();
    if (v.isEmpty())
        return -1;
    if (v.startsWith("W/"))
        v = v.mid(2);
    v = v.trimmed();
    if (v.size() < 3 || !v.startsWith('"') || !v.endsWith('"'))
        return -2;
    bool ok = false;
    const qint64 n = v.mid(1, v.size() - 2).toLongLong(&ok);
    return ok ? n : -2;
}

QString validId(const QString &id)
{
    const QUuid u = QUuid::fromString(id);
    if (u.isNull())
        throw StoreError(StoreError::Kind::NotFound, QStringLiteral("Nothing has this id."));
    return u.toString(QUuid::WithoutBraces);
}

QJsonObject parseBody(const HttpRequest &request)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        throw StoreError::invalid(
            {{QStringLiteral("body"), QStringLiteral("The body must be a JSON object.")}});
    return doc.object();
}

HttpResponse fromCache(const CachedEntry &entry, const HttpRequest &request)
{
    if (!entry.etag.isEmpty() && request.header("if-none-match") == entry.etag) {
        HttpResponse r = HttpResponse::empty(304);
        r.setHeader(QByteArrayLiteral("ETag"), entry.etag);
        return r;
    }
    // The hottest path of the server: literals, so that no header costs an allocation.
    HttpResponse r = HttpResponse::json(200, entry.body);
    if (!entry.etag.isEmpty())
        r.setHeader(QByteArrayLiteral("ETag"), entry.etag);
    r.setHeader(QByteArrayLiteral("X-Cache"), QByteArrayLiteral("HIT"));
    return r;
}

} // namespace

EntityController::EntityController(std::shared_ptr<MeteredRepository> repository,
                                   ResponseCache &cache, Settings settings)
    : m_repo(std::move(repository))
    , m_cache(cache)
    , m_settings(std::move(settings))
{}

HttpResponse EntityController::itemResponse(const Record &record, const EntitySchema &schema,
                                            int status, bool includeMetadata)
{
    HttpResponse r =
        HttpResponse::json(status, RecordJson::toJson(record, schema, includeMetadata));
    r.setHeader("ETag", etagOf(record.version()));
    return r;
}

bool EntityController::answerFromCache(Action action, EntityKind kind, const HttpRequest &request,
                                       const RouteParams &params, HttpResponse &response)
{
    std::shared_ptr<const CachedEntry> hit;
    if (action == Action::Get)
        hit = m_cache.getLocal(m_cache.itemKey(kind, params.value(QStringLiteral("id")).toLower()),
                               "item");
    else if (action == Action::List)
        hit = m_cache.getLocal(m_cache.listKey(kind, request.query), "list");
    if (!hit)
        return false;
    response = fromCache(*hit, request);
    return true;
}

HttpResponse EntityController::handle(Action action, EntityKind kind, HttpRequest &request,
                                      const RouteParams &params)
{
    const QString id = params.value(QStringLiteral("id"));
    switch (action) {
    case Action::List:
        return list(kind, request);
    case Action::Get:
        return get(kind, request, id);
    case Action::Create:
        return create(kind, request);
    case Action::Update:
        return update(kind, request, id);
    case Action::Delete:
        return remove(kind, request, id);
    case Action::Bulk:
        return bulk(kind, request);
    case Action::Publish:
    case Action::Unpublish:
        return publish(request, id, action == Action::Publish);
    case Action::Start:
    case Action::Stop:
        return startStop(request, id, action == Action::Start);
    }
    return ErrorTable::response(ApiError::NotFound, request.requestId);
}

HttpResponse EntityController::list(EntityKind kind, const HttpRequest &request)
{
    const QByteArray key = m_cache.listKey(kind, request.query);
    if (auto hit = m_cache.get(key, "list"))
        return fromCache(*hit, request);
    const ListRequest lr = ListRequest::parse(kind, request.query);
    if (!lr.problems.isEmpty())
        throw StoreError::invalid(lr.problems);
    Cursor cursor = lr.cursor;
    if (lr.page > 1) {
        // OA's page: skip (page-1)*limit rows by keyset, at most 10,000 (ListRequest checks).
        int skip = (lr.page - 1) * lr.limit;
        while (skip > 0) {
            const Page skipped = m_repo->list(lr.query, cursor, std::min(skip, 1000));
            skip -= int(skipped.records.size());
            cursor = skipped.nextCursor;
            if (cursor.isNull())
                break;
        }
    }
    const EntitySchema &schema = EntitySchema::of(kind);
    QByteArray body;
    body.reserve(1024 + lr.limit * 1024);
    JsonWriter out(body);
    out.beginObject();
    out.key(entityCollection(kind));
    out.beginArray();
    Page page;
    if (lr.page == 1 || !cursor.isNull())
        page = m_repo->listRows(lr.query, cursor, lr.limit, [&](const PgRowText &row) {
            RecordJson::writeRow(out, row, schema, lr.includeMetadata);
        });
    out.endArray();
    const qint64 total = std::max<qint64>(page.total, 0);
    out.key(u"total");
    out.value(total);
    out.key(u"totalIsExact");
    out.value(page.totalIsExact);
    out.key(u"limit");
    out.value(lr.limit);
    out.key(u"pages");
    out.value(qint64((total + lr.limit - 1) / lr.limit));
    // A cursor names a row, not a page: its page number is unknown (counting the rows
    // before it is what the cursor avoids), so cursor pages leave `page` out.
    if (lr.cursor.isNull()) {
        out.key(u"page");
        out.value(lr.page);
    }
    if (!page.nextCursor.isNull()) {
        out.key(u"nextCursor");
        out.value(QLatin1StringView(page.nextCursor.token()));
    }
    out.endObject();
    const QByteArray etag =
        "W/\"" + QCryptographicHash::hash(body, QCryptographicHash::Md5).toHex().left(16) + '"';
    if (!lr.query.trash)
        m_cache.put(key, CachedEntry{body, etag}, true);
    HttpResponse r = HttpResponse::json(200, body);
    r.setHeader("ETag", etag);
    return r;
}

HttpResponse EntityController::get(EntityKind kind, const HttpRequest &request,
                                   const QString &rawId)
{
    const QString id = validId(rawId);
    const QByteArray key = m_cache.itemKey(kind, id);
    if (auto hit = m_cache.get(key, "item"))
        return fromCache(*hit, request);
    const Record record = m_repo->get(kind, id);
    HttpResponse r = itemResponse(record, EntitySchema::of(kind), 200);
    m_cache.put(key, CachedEntry{r.body, r.header("ETag")}, false);
    if (request.header("if-none-match") == r.header("ETag"))
        return fromCache(CachedEntry{r.body, r.header("ETag")}, request);
    return r;
}

HttpResponse EntityController::create(EntityKind kind, const HttpRequest &request)
{
    const EntitySchema &schema = EntitySchema::of(kind);
    const QVariantMap values = RecordJson::fromJson(parseBody(request), schema);
    const Record record = m_repo->create(kind, values);
    changed(kind, {record.id()}, "create");
    HttpResponse r = itemResponse(record, schema, 201);
    r.setHeader("Location",
                "/api/v2/" + entityCollection(kind).toLatin1() + '/' + record.id().toLatin1());
    return r;
}

HttpResponse EntityController::update(EntityKind kind, const HttpRequest &request,
                                      const QString &rawId)
{
    const QString id = validId(rawId);
    const EntitySchema &schema = EntitySchema::of(kind);
    const QVariantMap changes = RecordJson::fromJson(parseBody(request), schema);
    qint64 expected = ifMatch(request);
    if (expected == -2)
        return ErrorTable::response(ApiError::BadRequest, request.requestId,
                                    QStringLiteral("If-Match must be an ETag this server sent."));
    const bool conditional = expected >= 0;
    if (!conditional)
        expected = m_repo->get(kind, id).version(); // no If-Match: last write wins
    try {
        const Record record = m_repo->update(kind, id, changes, expected);
        changed(kind, {id}, "update");
        return itemResponse(record, schema, 200);
    } catch (const StoreError &e) {
        if (e.kind() != StoreError::Kind::Conflict || !conditional || e.current().isEmpty())
            throw;
        HttpResponse r = ErrorTable::response(ApiError::PreconditionFailed, request.requestId);
        r.setHeader("ETag", etagOf(Record(e.current()).version()));
        return r;
    }
}

HttpResponse EntityController::remove(EntityKind kind, const HttpRequest &request,
                                      const QString &rawId)
{
    const QString id = validId(rawId);
    if (m_repo->remove(kind, {id}) == 0)
        return ErrorTable::response(ApiError::NotFound, request.requestId);
    changed(kind, {id}, "delete");
    return HttpResponse::empty(204);
}

HttpResponse EntityController::bulk(EntityKind kind, const HttpRequest &request)
{
    const QJsonObject body = parseBody(request);
    const EntitySchema &schema = EntitySchema::of(kind);
    QStringList ids;
    for (const QJsonValue &v : body.value(QStringLiteral("ids")).toArray())
        ids.append(validId(v.toString()));
    if (ids.isEmpty() || ids.size() > 1000)
        throw StoreError::invalid(
            {{QStringLiteral("ids"), QStringLiteral("Give 1 to 1,000 ids.")}});
    const QString action = body.value(QStringLiteral("action")).toString();
    int count = 0;
    QByteArray op = "update";
    if (action == QStringLiteral("delete")) {
        count = m_repo->remove(kind, ids);
        op = "delete";
    } else if (action == QStringLiteral("restore")) {
        count = m_repo->restore(kind, ids);
    } else if (action == QStringLiteral("publish") || action == QStringLiteral("archive")) {
        count = m_repo->updateMany(
            kind, ids,
            {{keys::status, action == QStringLiteral("publish") ? schema.publishedStatus()
                                                                : schema.archivedStatus()}});
    } else if (action == QStringLiteral("update")) {
        count = m_repo->updateMany(
            kind, ids,
            RecordJson::fromJson(body.value(QStringLiteral("changes")).toObject(), schema));
    } else {
        throw StoreError::invalid(
            {{QStringLiteral("action"),
              QStringLiteral("action must be delete, restore, publish, archive or update.")}});
    }
    changed(kind, ids, op);
    return HttpResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("action"), action},
                                                             {QStringLiteral("count"), count}})
                                       .toJson(QJsonDocument::Compact));
}

HttpResponse EntityController::publish(const HttpRequest &, const QString &rawId, bool publish)
{
    const QString id = validId(rawId);
    QVariantMap changes{
        {keys::status, publish ? QStringLiteral("published") : QStringLiteral("draft")}};
    if (publish)
        changes.insert(QStringLiteral("publishedAt"), QDateTime::currentDateTimeUtc());
    m_repo->updateMany(EntityKind::News, {id}, changes);
    changed(EntityKind::News, {id}, "update");
    return itemResponse(m_repo->get(EntityKind::News, id), EntitySchema::of(EntityKind::News), 200);
}

HttpResponse EntityController::startStop(const HttpRequest &, const QString &rawId, bool start)
{
    // The stream key is read-only in the schema, so this one statement is the server's own.
    const QString id = validId(rawId);
    const QString key = QString::fromLatin1(PasswordHasher::randomBytes(12).toHex());
    QJsonObject out;
    m_repo->timed("update", "videos", [&] {
        auto lease = m_repo->pool()->acquire();
        try {
            pqxx::work tx(*lease);
            pqxx::result r;
            if (start)
                r = tx.exec_params(
                    "UPDATE videos SET stream_key = $2, status = 'live', start_time = now(), "
                    "video_end_time = NULL, version = version + 1, updated_at = now() "
                    "WHERE id = $1::uuid AND deleted_at IS NULL RETURNING stream_key",
                    id.toStdString(), key.toStdString());
            else
                r = tx.exec_params(
                    "UPDATE videos SET status = 'ended', video_end_time = now(), "
                    "duration = GREATEST(0, EXTRACT(EPOCH FROM now() - COALESCE(start_time, "
                    "now())))::int, "
                    "version = version + 1, updated_at = now() "
                    "WHERE id = $1::uuid AND deleted_at IS NULL RETURNING duration, view_count",
                    id.toStdString());
            tx.commit();
            if (r.empty())
                throw StoreError(StoreError::Kind::NotFound,
                                 QStringLiteral("Nothing has this id."));
            if (start)
                out = QJsonObject{{QStringLiteral("streamKey"), key},
                                  {QStringLiteral("streamUrl"),
                                   QString(m_settings.streamUrl + QLatin1Char('/') + key)},
                                  {QStringLiteral("playbackUrl"),
                                   QString(m_settings.playbackUrl + QLatin1Char('/') + key +
                                           QStringLiteral(".m3u8"))},
                                  {QStringLiteral("status"), QStringLiteral("live")}};
            else
                out = QJsonObject{{QStringLiteral("status"), QStringLiteral("ended")},
                                  {QStringLiteral("duration"), r[0][0].as<int>(0)},
                                  {QStringLiteral("viewCount"), qint64(r[0][1].as<long long>(0))}};
        } catch (const StoreError &) {
            throw;
        } catch (const std::exception &e) {
            throw StoreError(StoreError::Kind::Server, QStringLiteral("The database failed."),
                             QString::fromUtf8(e.what()));
        }
    });
    changed(EntityKind::Video, {id}, "update");
    return HttpResponse::json(200, QJsonDocument(out).toJson(QJsonDocument::Compact));
}

void EntityController::changed(EntityKind kind, const QStringList &ids, const QByteArray &op)
{
    m_cache.invalidate(kind, ids);
    if (m_onChange)
        m_onChange(Change{kind, ids, op});
}

} // namespace ne::server
