// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>

#include <array>
#include <chrono>
#include <mutex>

namespace ne::server {

/// Token buckets per caller (API key, user or address), as the platform's middleware:
/// `rate` tokens a second, at most `burst` saved up. Sharded locks; safe on any thread.
class RateLimiter
{
public:
    using Clock = std::chrono::steady_clock;

    RateLimiter(double rate = 100.0, double burst = 200.0);

    /// Takes one token for key; false means "answer 429". retryAfter gets whole seconds.
    bool allow(const QByteArray &key, Clock::time_point now = Clock::now(),
               int *retryAfterSeconds = nullptr);
    double rate() const { return m_rate; }
    double burst() const { return m_burst; }

private:
    struct Bucket
    {
        double tokens = 0;
        Clock::time_point last;
    };
    struct Shard
    {
        std::mutex mutex;
        QHash<QByteArray, Bucket> buckets;
        int sinceSweep = 0;
    };
    void sweep(Shard &shard, Clock::time_point now);

    double m_rate;
    double m_burst;
    std::array<Shard, 16> m_shards;
};

} // namespace ne::server
