// SPDX-License-Identifier: MIT
#pragma once

#include "HttpMessage.h"
#include "MeteredRepository.h"
#include "RouteParams.h"

#include "schema/EntityKind.h"

#include <memory>

namespace ne::server {

class ResponseCache;

/// The handlers of /api/v2/{images,articles,news,videos}: OA list envelopes with cursor
/// paging, single items with ETag / If-Match, create, update, soft delete, bulk, news
/// publish and video start/stop. Runs on worker threads; StoreErrors propagate to the
/// caller, which maps them through ErrorTable.
class EntityController
{
public:
    enum class Action
    {
        List,
        Get,
        Create,
        Update,
        Delete,
        Bulk,
        Publish,
        Unpublish,
        Start,
        Stop
    };

    struct Settings
    {
        QString streamUrl = QStringLiteral("rtmp://127.0.0.1/live");
        QString playbackUrl = QStringLiteral("http://127.0.0.1:8080/live");
    };

    EntityController(std::shared_ptr<MeteredRepository> repository, ResponseCache &cache,
                     Settings settings);

    /// Answers one request. Throws StoreError for the caller to map.
    HttpResponse handle(Action action, EntityKind kind, HttpRequest &request,
                        const RouteParams &params);
    /// Cache-only answer for GET item/list (io thread); false on a miss.
    bool answerFromCache(Action action, EntityKind kind, const HttpRequest &request,
                         const RouteParams &params, HttpResponse &response);

    /// The ids a successful write touched (for events), set by handle().
    struct Change
    {
        EntityKind kind;
        QStringList ids;
        QByteArray op;
    };
    using ChangeListener = std::function<void(const Change &)>;
    void setChangeListener(ChangeListener listener) { m_onChange = std::move(listener); }

    static HttpResponse itemResponse(const Record &record, const EntitySchema &schema, int status,
                                     bool includeMetadata = true);

private:
    HttpResponse list(EntityKind kind, const HttpRequest &request);
    HttpResponse get(EntityKind kind, const HttpRequest &request, const QString &id);
    HttpResponse create(EntityKind kind, const HttpRequest &request);
    HttpResponse update(EntityKind kind, const HttpRequest &request, const QString &id);
    HttpResponse remove(EntityKind kind, const HttpRequest &request, const QString &id);
    HttpResponse bulk(EntityKind kind, const HttpRequest &request);
    HttpResponse publish(const HttpRequest &request, const QString &id, bool publish);
    HttpResponse startStop(const HttpRequest &request, const QString &id, bool start);
    void changed(EntityKind kind, const QStringList &ids, const QByteArray &op);

    std::shared_ptr<MeteredRepository> m_repo;
    ResponseCache &m_cache;
    Settings m_settings;
    ChangeListener m_onChange;
};

} // namespace ne::server
