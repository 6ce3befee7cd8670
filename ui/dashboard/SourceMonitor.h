// SPDX-License-Identifier: MIT
#pragma once

#include "dashboard/RingBuffer.h"
#include "metrics/AlertEvaluator.h"
#include "metrics/MetricFamily.h"
#include "metrics/PlatformKpis.h"

#include <QFutureWatcher>
#include <QObject>

#include <cmath>
#include <memory>

namespace ne {

class MetricsSource;

/// One tick of history, compact so that 6 h at 1 s fits in a few MB. NaN = no value
/// (metric absent, or nothing happened: a gap in the chart).
struct KpiPoint
{
    enum Field
    {
        P50,
        P95,
        P99,
        Requests,
        Errors,
        HitRatio,
        PoolActive,
        PoolIdle,
        PoolMax,
        Memory
    };
    static constexpr int fieldCount = 10;
    qint64 timeMs = 0;
    double values[fieldCount];

    static KpiPoint from(const PlatformKpis &kpis);
};

/// Keeps one source scraping: fetch, parse and compute off the UI thread, history, alert
/// state and a status a person can read. A failing source reports and keeps trying; it
/// never blocks another monitor. Lives on the UI thread; owns its source.
class SourceMonitor : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Waiting,
        Ok,
        Failing
    };

    /// historyCapacity: points kept (6 h at 1 s by default).
    explicit SourceMonitor(MetricsSource *source, size_t historyCapacity = 6 * 3600,
                           QObject *parent = nullptr);
    ~SourceMonitor() override;

    QString name() const;
    State state() const { return m_state; }
    /// "ok · 2,345 samples", "line 12: invalid sample value", "timed out after 5 s".
    QString statusText() const { return m_statusText; }
    QStringList warnings() const { return m_warnings; }

    const RingBuffer<KpiPoint> &history() const { return m_history; }
    /// The figures of the last completed interval; valid once hasKpis().
    const PlatformKpis &latest() const { return m_latest; }
    bool hasKpis() const { return m_hasKpis; }
    const AlertEvaluator &alerts() const { return m_alerts; }

public Q_SLOTS:
    /// Starts a scrape unless one is still being fetched or parsed.
    void scrape();

Q_SIGNALS:
    /// New KPIs and a new history point are available.
    void updated();
    void statusChanged();
    void alertsChanged();

private:
    struct Parsed;
    void onFetched(const QByteArray &payload);
    void onFailed(const QString &message);
    void onParsed(const std::shared_ptr<const Parsed> &parsed);

    MetricsSource *m_source;
    QFutureWatcher<std::shared_ptr<const Parsed>> m_parsing;
    RingBuffer<KpiPoint> m_history;
    AlertEvaluator m_alerts;
    PlatformKpis m_latest;
    std::shared_ptr<const std::vector<MetricFamily>> m_previous;
    qint64 m_previousMs = 0;
    State m_state = State::Waiting;
    QString m_statusText;
    QStringList m_warnings;
    bool m_busy = false;
    bool m_hasKpis = false;
};

} // namespace ne
