// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/PlatformKpis.h"

#include <QString>

#include <deque>
#include <optional>
#include <vector>

namespace ne {

/// One alerting rule in the shape of the platform's Prometheus rules (seed,
/// performance-optimization.md): an expression over a rate window, a threshold and a
/// "for" duration the condition must hold before the alert fires.
struct AlertRule
{
    enum class Expression
    {
        LatencyP95,
        CacheHitRatio
    };
    QByteArray id;   ///< HighResponseTime, LowCacheHitRatio
    QString summary; ///< for people, translated by the caller
    Expression expression = Expression::LatencyP95;
    bool firesAbove = true; ///< true: value > threshold fires; false: value < threshold
    double threshold = 0;
    qint64 rangeMs = 5 * 60 * 1000; ///< the [5m] of rate(…[5m])
    qint64 forMs = 5 * 60 * 1000;

    /// p95 latency > 0.5 s for 5 min; cache hit ratio < 0.8 for 10 min; both over rate[5m].
    static std::vector<AlertRule> platformRules();
};

/// One firing of a rule: when it started firing, when it resolved, the worst value seen.
struct AlertRecord
{
    QByteArray ruleId;
    QString summary;
    qint64 firedAtMs = 0;
    std::optional<qint64> resolvedAtMs;
    double value = 0; ///< latest value while firing
    double worst = 0;
};

/// Evaluates rules on every tick like Prometheus' rule manager: inactive → pending when
/// the condition first holds → firing once it held for "for" → resolved when it stops
/// holding or has no data. Not thread-safe; one per source, on the UI thread.
class AlertEvaluator
{
public:
    explicit AlertEvaluator(std::vector<AlertRule> rules = AlertRule::platformRules());

    /// Feeds one interval; returns true when the set of firing alerts changed.
    bool update(const PlatformKpis &tick);

    const std::vector<AlertRule> &rules() const { return m_rules; }
    std::vector<AlertRecord> firing() const;
    /// Every firing, oldest first, capped at historyLimit entries.
    const std::deque<AlertRecord> &history() const { return m_history; }
    /// The value of rule i's expression at the last tick; nullopt when there was no data.
    std::optional<double> lastValue(size_t rule) const { return m_states.at(rule).lastValue; }

    static constexpr size_t historyLimit = 200;

private:
    struct Interval
    {
        qint64 timeMs;
        std::vector<Bucket> latencyBuckets;
        double cacheHits;
        double cacheMisses;
    };
    struct RuleState
    {
        std::optional<qint64> activeSinceMs;
        std::optional<size_t> historyIndex; ///< set while firing
        std::optional<double> lastValue;
    };

    std::optional<double> evaluate(const AlertRule &rule, qint64 nowMs) const;
    bool step(size_t index, qint64 nowMs);

    std::vector<AlertRule> m_rules;
    std::vector<RuleState> m_states;
    std::deque<Interval> m_intervals;
    std::deque<AlertRecord> m_history;
};

} // namespace ne
