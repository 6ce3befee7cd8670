// SPDX-License-Identifier: MIT
#include "RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace ne::server {

RateLimiter::RateLimiter(double rate, double burst)
    : m_rate(rate)
    , m_burst(burst)
{}

bool RateLimiter::allow(const QByteArray &key, Clock::time_point now, int *retryAfterSeconds)
{
    Shard &shard = m_shards[qHash(key) % m_shards.size()];
    std::lock_guard lock(shard.mutex);
    if (++shard.sinceSweep > 4096)
        sweep(shard, now);
    auto it = shard.buckets.find(key);
    if (it == shard.buckets.end())
        it = shard.buckets.insert(key, Bucket{m_burst, now});
    Bucket &b = *it;
    const double elapsed = std::chrono::duration<double>(now - b.last).count();
    if (elapsed > 0) {
        b.tokens = std::min(m_burst, b.tokens + elapsed * m_rate);
        b.last = now;
    }
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return true;
    }
    if (retryAfterSeconds)
        *retryAfterSeconds = std::max(1, int(std::ceil((1.0 - b.tokens) / m_rate)));
    return false;
}

void RateLimiter::sweep(Shard &shard, Clock::time_point now)
{
    shard.sinceSweep = 0;
    // A bucket idle long enough to be full again is the same as no bucket.
    const auto full = std::chrono::duration<double>(m_burst / m_rate);
    for (auto it = shard.buckets.begin(); it != shard.buckets.end();) {
        if (now - it->last > full)
            it = shard.buckets.erase(it);
        else
            ++it;
    }
}

} // namespace ne::server
