// SPDX-License-Identifier: MIT
#pragma once

#include "EntityController.h"
#include "Router.h"
#include "ServerConfig.h"

namespace ne::server {

/// The route table of nextevent-server: every method and path template, its body policy,
/// auth and read flags, and the handler number Application dispatches on.
class ApiRoutes
{
public:
    enum Handler
    {
        Health = 1,
        Ready,
        Live,
        Metrics,
        Root,
        Login,
        Events,
        Upload,
        Media,
        Thumbnail,
        TusOptions,
        TusCreate,
        TusHead,
        TusPatch,
        TusDelete
    };
    /// Entity routes are kEntityBase + kind * 20 + action.
    static constexpr int kEntityBase = 100;
    static int entityHandler(EntityKind kind, EntityController::Action action);

    static void addTo(Router &router, const ServerConfig &config);
};

} // namespace ne::server
