// SPDX-License-Identifier: MIT
#include "RestStore.h"

#include "metrics/Registry.h"
#include "store/rest/RestClient.h"
#include "store/rest/RestEnvelope.h"
#include "store/rest/RestErrors.h"
#include "store/rest/RestItem.h"
#include "store/rest/RestList.h"
#include "store/rest/RestPaging.h"
#include "store/rest/RestReconciler.h"
#include "store/rest/RestRecordCodec.h"
#include "store/rest/RestThumbnails.h"
#include "store/rest/RestUploader.h"
#include "store/rest/SseStream.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>

namespace ne {

namespace {

constexpr qint64 kDiskCacheBytes = 512LL * 1024 * 1024;
constexpr int kMaxBulk = 1000; // the server's limit for one transaction

template<typename T> QFuture<T> failed(const StoreError &error)
{
    return QtFuture::makeExceptionalFuture<T>(error);
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonDocument parseList(const RestReply &reply)
{
    RestItem::check(reply);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &error);
    if (error.error != QJsonParseError::NoError)
        throw RestErrors::malformed(reply, RestErrors::tr("a list"));
    return doc;
}

} // namespace

RestStore::RestStore(RestSettings settings, Registry *metrics, QObject *parent)
    : Store(parent)
    , m_settings(std::move(settings))
    , m_metrics(metrics)
    , m_client(new RestClient(m_settings, this))
    , m_thumbnails(new RestThumbnails(m_client, metrics, this))
    , m_uploader(new RestUploader(m_client, this))
    , m_reconciler(new RestReconciler(this))
{
    if (!m_settings.cacheDirectory.isEmpty()) {
        auto *cache = new QNetworkDiskCache(m_client->network());
        cache->setCacheDirectory(m_settings.cacheDirectory);
        cache->setMaximumCacheSize(kDiskCacheBytes);
        m_client->network()->setCache(cache);
    }
    connect(m_client, &RestClient::availabilityChanged, this, &Store::availabilityChanged);
    connect(m_uploader, &RestUploader::imageStored, this,
            [this](const QString &id) { announce(EntityKind::Image, {id}); });
    if (m_settings.liveEvents) {
        m_events = new SseStream(m_client, this);
        connect(m_events, &SseStream::changed, this, &Store::changed);
        m_events->start();
    }
}

RestStore::~RestStore()
{
    if (m_events)
        m_events->stop();
}

QString RestStore::description() const
{
    return tr("REST API — %1").arg(m_settings.baseUrl.toDisplayString(QUrl::RemoveUserInfo));
}

QUrl RestStore::itemUrl(EntityKind kind, const QString &id) const
{
    return m_settings.apiUrl(QLatin1Char('/') + entityCollection(kind) + QLatin1Char('/') +
                             QString::fromLatin1(QUrl::toPercentEncoding(id)));
}

void RestStore::announce(EntityKind kind, const QStringList &ids)
{
    Q_EMIT changed(kind, ids);
}

QFuture<RestReply> RestStore::send(const char *operation, const RestRequest &request)
{
    Histogram *latency = nullptr;
    if (m_metrics)
        latency =
            &m_metrics
                 ->histogram("client_request_duration_seconds",
                             "Latency of the client's backend calls.", {"backend", "operation"})
                 .withLabels({"rest", operation});
    QElapsedTimer timer;
    timer.start();
    return m_client->send(request).then(this, [latency, timer](const RestReply &reply) {
        if (latency)
            latency->observe(double(timer.nsecsElapsed()) / 1e9);
        return reply;
    });
}

QFuture<Page> RestStore::list(const Query &query, const Cursor &cursor, int limit)
{
    if (const QList<FieldError> problems = query.problems(); !problems.isEmpty())
        return failed<Page>(StoreError::invalid(problems));
    if (!query.ids.isEmpty())
        return listByIds(query);
    QUrl url = m_settings.apiUrl(QLatin1Char('/') + entityCollection(query.kind));
    url.setQuery(RestPaging::listQuery(query, cursor, limit));
    return send("list", RestRequest::read(url))
        .then(this, [query, cursor, limit](const RestReply &reply) {
            RestItem::check(reply);
            RestList list = RestList::decode(reply, query.kind);
            Page page;
            if (RestPaging::repeatsPrevious(cursor, list.envelope.firstId))
                return page; // the server ignored the offset: this was the last page
            for (Record &record : list.records) {
                // The API does not send deletedAt; rows from the trash are deleted by definition.
                if (query.trash && !record.isDeleted())
                    record.setValue(keys::deletedAt,
                                    record.value(keys::updatedAt).isValid()
                                        ? record.value(keys::updatedAt)
                                        : QVariant(QDateTime::currentDateTimeUtc()));
            }
            page.records = std::move(list.records);
            page.nextCursor = RestPaging::next(list.envelope, cursor, limit);
            page.total = list.envelope.total;
            page.totalIsExact = list.envelope.totalIsExact;
            return page;
        });
}

QFuture<Page> RestStore::listByIds(const Query &query)
{
    // The API has no "these ids" filter; rows are refreshed one GET each (a visible
    // screenful at most), and a row that is gone is simply absent.
    QList<QFuture<Record>> reads;
    for (const QString &id : query.ids)
        reads.append(get(query.kind, id).onFailed([](const StoreError &e) {
            if (e.kind() != StoreError::Kind::NotFound)
                throw e;
            return Record();
        }));
    return QtFuture::whenAll(reads.begin(), reads.end())
        .then(this, [](const QList<QFuture<Record>> &results) {
            Page page;
            for (const QFuture<Record> &f : results) {
                const Record r = f.result();
                if (!r.isNull())
                    page.records.append(r);
            }
            page.total = page.records.size();
            page.totalIsExact = true;
            return page;
        });
}

QFuture<Record> RestStore::get(EntityKind kind, const QString &id)
{
    return send("get", RestRequest::read(itemUrl(kind, id)))
        .then(this, [kind](const RestReply &reply) {
            return RestItem::decode(reply, EntitySchema::of(kind));
        });
}

QFuture<Record> RestStore::create(EntityKind kind, const QVariantMap &values)
{
    if (kind == EntityKind::Image)
        return createImage(values);
    const EntitySchema &schema = EntitySchema::of(kind);
    if (const QList<FieldError> errors =
            schema.validate(schema.newRowValues(values), ValidationMode::Create);
        !errors.isEmpty())
        return failed<Record>(StoreError::invalid(errors));
    const QDateTime started = QDateTime::currentDateTimeUtc();
    const RestRequest request =
        RestRequest::write("POST", m_settings.apiUrl(QLatin1Char('/') + entityCollection(kind)),
                           json(RestRecordCodec::encode(values, schema)));
    return send("create", request)
        .then(this,
              [this, kind, values, started](const RestReply &reply) -> QFuture<Record> {
                  if (reply.outcomeUnknown)
                      return m_reconciler->created(kind, values, started);
                  const Record record = RestItem::decode(reply, EntitySchema::of(kind));
                  announce(kind, {record.id()});
                  return QtFuture::makeReadyFuture(record);
              })
        .unwrap();
}

QFuture<Record> RestStore::createImage(const QVariantMap &values)
{
    // Over HTTP an image row is born from its upload (putMedia); create() then fills in
    // what the person typed.
    const Record row =
        m_uploader->uploadedImage(values.value(QStringLiteral("contentSha256")).toString());
    if (row.isNull())
        return failed<Record>(
            StoreError(StoreError::Kind::Invalid,
                       tr("Upload the image file first: over the REST API an image is "
                          "created by its upload.")));
    const EntitySchema &schema = EntitySchema::of(EntityKind::Image);
    QVariantMap changes;
    for (auto it = values.begin(); it != values.end(); ++it) {
        const Field *f = schema.field(it.key());
        if (f && f->isEditable() && !f->isCreateOnly() && row.value(it.key()) != it.value())
            changes.insert(it.key(), it.value());
    }
    if (changes.isEmpty())
        return get(EntityKind::Image, row.id());
    return put(EntityKind::Image, row.id(), changes, row.version(), true);
}

QFuture<Record> RestStore::update(EntityKind kind, const QString &id, const QVariantMap &changes,
                                  qint64 expectedVersion)
{
    if (const QList<FieldError> errors =
            EntitySchema::of(kind).validate(changes, ValidationMode::Update);
        !errors.isEmpty())
        return failed<Record>(StoreError::invalid(errors));
    return put(kind, id, changes, expectedVersion, true);
}

QFuture<Record> RestStore::put(EntityKind kind, const QString &id, const QVariantMap &changes,
                               qint64 expectedVersion, bool mayResend)
{
    RestRequest request = RestRequest::write(
        "PUT", itemUrl(kind, id), json(RestRecordCodec::encode(changes, EntitySchema::of(kind))));
    // Rows from a server without versions (the deployed platform) are written last-wins.
    if (expectedVersion > 0)
        request.headers.append({"If-Match", '"' + QByteArray::number(expectedVersion) + '"'});
    return send("update", request)
        .then(this,
              [this, kind, id, changes, expectedVersion,
               mayResend](const RestReply &reply) -> QFuture<Record> {
                  if (reply.outcomeUnknown && mayResend && expectedVersion > 0)
                      return m_reconciler->updated(kind, id, changes, expectedVersion);
                  if (reply.status == 412) {
                      const StoreError conflict = RestErrors::fromReply(reply);
                      return get(kind, id).then(this,
                                                [this, kind, id, conflict, changes, expectedVersion,
                                                 mayResend](const Record &current) -> Record {
                                                    // A resend after a lost answer that meets its
                                                    // own first attempt.
                                                    if (!mayResend &&
                                                        current.version() == expectedVersion + 1 &&
                                                        RestItem::holds(current, changes)) {
                                                        announce(kind, {id});
                                                        return current;
                                                    }
                                                    StoreError e = conflict;
                                                    e.setCurrent(current.values());
                                                    throw e;
                                                });
                  }
                  const Record record = RestItem::decode(reply, EntitySchema::of(kind));
                  announce(kind, {id});
                  return QtFuture::makeReadyFuture(record);
              })
        .unwrap();
}

QFuture<int> RestStore::updateMany(EntityKind kind, const QStringList &ids,
                                   const QVariantMap &changes)
{
    if (const QList<FieldError> errors =
            EntitySchema::of(kind).validate(changes, ValidationMode::Update);
        !errors.isEmpty())
        return failed<int>(StoreError::invalid(errors));
    return bulk(kind, ids, QStringLiteral("update"), changes);
}

QFuture<int> RestStore::remove(EntityKind kind, const QStringList &ids)
{
    return bulk(kind, ids, QStringLiteral("delete"), {});
}

QFuture<int> RestStore::restore(EntityKind kind, const QStringList &ids)
{
    return bulk(kind, ids, QStringLiteral("restore"), {});
}

QFuture<int> RestStore::bulk(EntityKind kind, const QStringList &ids, const QString &action,
                             const QVariantMap &changes)
{
    if (ids.isEmpty())
        return QtFuture::makeReadyFuture(0);
    if (ids.size() > kMaxBulk)
        return failed<int>(
            StoreError(StoreError::Kind::TooLarge,
                       tr("At most %1 rows can be changed at once; select fewer.").arg(kMaxBulk)));
    QJsonObject body{{QStringLiteral("ids"), QJsonArray::fromStringList(ids)},
                     {QStringLiteral("action"), action}};
    if (!changes.isEmpty())
        body.insert(QStringLiteral("changes"),
                    RestRecordCodec::encode(changes, EntitySchema::of(kind)));
    const RestRequest request = RestRequest::write(
        "POST",
        m_settings.apiUrl(QLatin1Char('/') + entityCollection(kind) + QStringLiteral("/bulk")),
        json(body));
    return send("bulk", request)
        .then(this,
              [this, kind, ids, action, changes](const RestReply &reply) -> QFuture<int> {
                  if (reply.outcomeUnknown)
                      return m_reconciler->bulk(kind, ids, action, changes);
                  RestItem::check(reply);
                  const QJsonValue count =
                      QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("count"));
                  if (!count.isDouble())
                      throw RestErrors::malformed(reply, tr("a count of changed rows"));
                  announce(kind, ids);
                  return QtFuture::makeReadyFuture(count.toInt());
              })
        .unwrap();
}

QFuture<QList<Category>> RestStore::categories(EntityKind kind)
{
    QUrl url = m_settings.apiUrl(QStringLiteral("/categories"));
    url.setQuery(QStringLiteral("type=") + entityName(kind));
    return send("categories", RestRequest::read(url)).then(this, [](const RestReply &reply) {
        QList<Category> out;
        if (reply.status == 404)
            return out; // a server without categories: nothing to file under
        const QJsonDocument doc = parseList(reply);
        const QJsonArray items = doc.isArray() ? doc.array()
                                 : doc.object().value(QStringLiteral("data")).isArray()
                                     ? doc.object().value(QStringLiteral("data")).toArray()
                                     : doc.object().value(QStringLiteral("categories")).toArray();
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            out.append({o.value(QStringLiteral("id")).toVariant().toString(),
                        o.value(QStringLiteral("name"))
                            .toString(o.value(QStringLiteral("title")).toString())});
        }
        return out;
    });
}

QFuture<MediaRef> RestStore::putMedia(const QString &filePath)
{
    return m_uploader->put(filePath);
}

QFuture<QImage> RestStore::thumbnail(const Record &image, QSize size)
{
    return m_thumbnails->load(image, size);
}

QFuture<void> RestStore::checkConnection()
{
    QUrl url = m_settings.apiUrl(QStringLiteral("/articles"));
    url.setQuery(QStringLiteral("limit=1"));
    RestRequest request = RestRequest::read(url);
    request.maxRetries = 0; // a person is waiting for the verdict
    return send("check", request).then(this, [](const RestReply &reply) {
        if (!RestEnvelope::parse(EntityKind::Article, parseList(reply)))
            throw StoreError(
                StoreError::Kind::Unavailable,
                tr("This address answers, but not as a NextEvent API (no article list)."),
                QString::fromUtf8(reply.body.left(200)));
    });
}

} // namespace ne
