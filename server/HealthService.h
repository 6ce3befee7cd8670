// SPDX-License-Identifier: MIT
#pragma once

#include "HttpMessage.h"

#include "store/postgres/ConnectionPool.h"

#include <chrono>
#include <memory>

namespace ne::server {

class RedisCache;

/// /health, /ready and /live in the platform's health checker's shapes (CONTRACT.md
/// section 3): database and cache checks, degraded/unhealthy rules, Go durations as
/// nanoseconds. Worker thread (it talks to PostgreSQL and Redis).
class HealthService
{
public:
    HealthService(std::shared_ptr<ConnectionPool> pool, RedisCache *redis);

    HttpResponse health() const;
    HttpResponse ready() const;
    HttpResponse live() const;

private:
    std::shared_ptr<ConnectionPool> m_pool;
    RedisCache *m_redis;
    std::chrono::steady_clock::time_point m_started = std::chrono::steady_clock::now();
};

} // namespace ne::server
