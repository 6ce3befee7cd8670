// SPDX-License-Identifier: MIT
#include "ApiRoutes.h"

namespace ne::server {

int ApiRoutes::entityHandler(EntityKind kind, EntityController::Action action)
{
    return kEntityBase + int(kind) * 20 + int(action);
}

void ApiRoutes::addTo(Router &router, const ServerConfig &config)
{
    using A = EntityController::Action;
    router.add({"GET", QStringLiteral("/health"), Health, BodyPolicy::None, false});
    router.add({"GET", QStringLiteral("/ready"), Ready, BodyPolicy::None, false});
    router.add({"GET", QStringLiteral("/live"), Live, BodyPolicy::None, false, false, true});
    router.add({"GET", QStringLiteral("/metrics"), Metrics, BodyPolicy::None, false, false, true});
    router.add({"GET", QStringLiteral("/"), Root, BodyPolicy::None, false, false, true});
    router.add({"POST", QStringLiteral("/api/v2/auth/login"), Login, BodyPolicy::Json, false});
    router.add({"GET", QStringLiteral("/api/v2/events"), Events, BodyPolicy::None, true, true});
    router.add({"POST", QStringLiteral("/api/v2/images"), Upload, BodyPolicy::Stream});
    router.add({"GET", QStringLiteral("/api/v2/media/:sha"), Media, BodyPolicy::None, true, true});
    router.add({"GET", QStringLiteral("/api/v2/media/:sha/thumbnail"), Thumbnail, BodyPolicy::None,
                true, true});
    // tus 1.0: discovery needs no credentials (clients probe before they sign in).
    router.add({"OPTIONS", QStringLiteral("/api/v2/uploads"), TusOptions, BodyPolicy::None, false,
                false, true});
    router.add({"OPTIONS", QStringLiteral("/api/v2/uploads/:id"), TusOptions, BodyPolicy::None,
                false, false, true});
    router.add({"POST", QStringLiteral("/api/v2/uploads"), TusCreate});
    router.add({"HEAD", QStringLiteral("/api/v2/uploads/:id"), TusHead});
    router.add({"PATCH", QStringLiteral("/api/v2/uploads/:id"), TusPatch, BodyPolicy::Stream, true,
                false, false, quint64(config.maxResumableBytes)});
    router.add({"DELETE", QStringLiteral("/api/v2/uploads/:id"), TusDelete});
    for (EntityKind kind : allEntityKinds()) {
        const QString base = QStringLiteral("/api/v2/") + entityCollection(kind);
        const QString item = base + QStringLiteral("/:id");
        router.add({"GET", base, entityHandler(kind, A::List), BodyPolicy::None, true, true});
        if (kind != EntityKind::Image)
            router.add({"POST", base, entityHandler(kind, A::Create), BodyPolicy::Json});
        router.add({"GET", item, entityHandler(kind, A::Get), BodyPolicy::None, true, true});
        router.add({"PUT", item, entityHandler(kind, A::Update), BodyPolicy::Json});
        router.add({"DELETE", item, entityHandler(kind, A::Delete), BodyPolicy::None});
        router.add({"POST", base + QStringLiteral("/bulk"), entityHandler(kind, A::Bulk),
                    BodyPolicy::Json});
    }
    router.add({"POST", QStringLiteral("/api/v2/news/:id/publish"),
                entityHandler(EntityKind::News, A::Publish)});
    router.add({"POST", QStringLiteral("/api/v2/news/:id/unpublish"),
                entityHandler(EntityKind::News, A::Unpublish)});
    router.add({"POST", QStringLiteral("/api/v2/videos/:id/start"),
                entityHandler(EntityKind::Video, A::Start)});
    router.add({"POST", QStringLiteral("/api/v2/videos/:id/stop"),
                entityHandler(EntityKind::Video, A::Stop)});
}

} // namespace ne::server
