// SPDX-License-Identifier: MIT
#include "metrics/AlertEvaluator.h"

#include <QCoreApplication>

#include <algorithm>

namespace ne {

std::vector<AlertRule> AlertRule::platformRules()
{
    AlertRule latency;
    latency.id = "HighResponseTime";
    latency.summary = QCoreApplication::translate("ne::AlertRule",
                                                  "High response time: p95 above 500 ms for 5 min");
    latency.expression = Expression::LatencyP95;
    latency.firesAbove = true;
    latency.threshold = 0.5;
    latency.forMs = 5 * 60 * 1000;

    AlertRule cache;
    cache.id = "LowCacheHitRatio";
    cache.summary =
        QCoreApplication::translate("ne::AlertRule", "Low cache hit ratio: below 80 % for 10 min");
    cache.expression = Expression::CacheHitRatio;
    cache.firesAbove = false;
    cache.threshold = 0.8;
    cache.forMs = 10 * 60 * 1000;
    return {latency, cache};
}

AlertEvaluator::AlertEvaluator(std::vector<AlertRule> rules)
    : m_rules(std::move(rules))
    , m_states(m_rules.size())
{}

std::optional<double> AlertEvaluator::evaluate(const AlertRule &rule, qint64 nowMs) const
{
    // Summing the raw increases of the window is what rate(…[5m]) divides by the same
    // duration on both sides of the ratio, so the durations cancel out.
    std::vector<Bucket> buckets;
    double hits = 0, misses = 0;
    for (const Interval &interval : m_intervals) {
        if (interval.timeMs <= nowMs - rule.rangeMs)
            continue;
        addBuckets(buckets, interval.latencyBuckets);
        hits += interval.cacheHits;
        misses += interval.cacheMisses;
    }
    if (rule.expression == AlertRule::Expression::LatencyP95)
        return histogramQuantile(0.95, buckets);
    if (hits + misses <= 0)
        return std::nullopt;
    return hits / (hits + misses);
}

bool AlertEvaluator::step(size_t index, qint64 nowMs)
{
    const AlertRule &rule = m_rules[index];
    RuleState &state = m_states[index];
    state.lastValue = evaluate(rule, nowMs);
    const bool holds = state.lastValue && (rule.firesAbove ? *state.lastValue > rule.threshold
                                                           : *state.lastValue < rule.threshold);
    if (!holds) {
        state.activeSinceMs.reset();
        if (!state.historyIndex)
            return false;
        m_history[*state.historyIndex].resolvedAtMs = nowMs;
        state.historyIndex.reset();
        return true;
    }
    if (!state.activeSinceMs)
        state.activeSinceMs = nowMs;
    if (state.historyIndex) {
        AlertRecord &record = m_history[*state.historyIndex];
        record.value = *state.lastValue;
        record.worst = rule.firesAbove ? std::max(record.worst, record.value)
                                       : std::min(record.worst, record.value);
        return false;
    }
    if (nowMs - *state.activeSinceMs < rule.forMs)
        return false;
    m_history.push_back(AlertRecord{rule.id, rule.summary, nowMs, std::nullopt, *state.lastValue,
                                    *state.lastValue});
    state.historyIndex = m_history.size() - 1;
    return true;
}

bool AlertEvaluator::update(const PlatformKpis &tick)
{
    m_intervals.push_back(
        Interval{tick.timeMs, tick.latencyBuckets, tick.cacheHits, tick.cacheMisses});
    qint64 longest = 0;
    for (const AlertRule &rule : m_rules)
        longest = std::max(longest, rule.rangeMs);
    while (!m_intervals.empty() && m_intervals.front().timeMs <= tick.timeMs - longest)
        m_intervals.pop_front();

    bool changed = false;
    for (size_t i = 0; i < m_rules.size(); ++i)
        changed = step(i, tick.timeMs) || changed;

    // Drop the oldest resolved records; indexes of firing ones shift with them.
    while (m_history.size() > historyLimit && m_history.front().resolvedAtMs) {
        m_history.pop_front();
        for (RuleState &state : m_states) {
            if (state.historyIndex)
                --*state.historyIndex;
        }
    }
    return changed;
}

std::vector<AlertRecord> AlertEvaluator::firing() const
{
    std::vector<AlertRecord> out;
    for (const RuleState &state : m_states) {
        if (state.historyIndex)
            out.push_back(m_history[*state.historyIndex]);
    }
    return out;
}

} // namespace ne
