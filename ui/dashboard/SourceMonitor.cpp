// SPDX-License-Identifier: MIT
#include "dashboard/SourceMonitor.h"

#include "concurrency/WorkerPool.h"
#include "dashboard/MetricsSource.h"
#include "metrics/PromTextReader.h"

#include <QDateTime>
#include <QFuture>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>

namespace ne {

namespace {
double orNan(const std::optional<double> &value)
{
    return value ? *value : std::numeric_limits<double>::quiet_NaN();
}
} // namespace

KpiPoint KpiPoint::from(const PlatformKpis &k)
{
    KpiPoint p;
    p.timeMs = k.timeMs;
    const std::optional<double> fields[fieldCount] = {
        k.p50Seconds,    k.p95Seconds, k.p99Seconds, k.requestsPerSecond, k.errorsPerSecond,
        k.cacheHitRatio, k.poolActive, k.poolIdle,   k.poolMax,           k.memoryBytes};
    for (int i = 0; i < fieldCount; ++i)
        p.values[i] = orNan(fields[i]);
    return p;
}

/// What the worker thread hands back: the parsed scrape and the KPIs against the last one.
struct SourceMonitor::Parsed
{
    std::shared_ptr<const std::vector<MetricFamily>> families;
    std::optional<ParseIssue> error;
    QStringList warnings;
    PlatformKpis kpis;
    bool hasDelta = false;
    qint64 samples = 0;
};

SourceMonitor::SourceMonitor(MetricsSource *source, size_t historyCapacity, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_history(historyCapacity)
    , m_statusText(tr("waiting for the first scrape"))
{
    m_source->setParent(this);
    connect(m_source, &MetricsSource::fetched, this, &SourceMonitor::onFetched);
    connect(m_source, &MetricsSource::failed, this, &SourceMonitor::onFailed);
    // A watcher always posts its finished signal; QFuture::then(this, …) would call
    // onParsed from inside scrape() when the parse wins the race (Qt 6.4).
    connect(&m_parsing, &QFutureWatcher<std::shared_ptr<const Parsed>>::finished, this,
            [this] { onParsed(m_parsing.result()); });
}

SourceMonitor::~SourceMonitor() = default;

QString SourceMonitor::name() const
{
    return m_source->name();
}

void SourceMonitor::scrape()
{
    if (m_busy)
        return;
    m_busy = true;
    m_source->fetch();
}

void SourceMonitor::onFailed(const QString &message)
{
    m_busy = false;
    m_state = State::Failing;
    m_statusText = message;
    m_warnings.clear();
    // Without a valid previous scrape the next interval would span the outage; starting
    // over avoids one misleading spike after recovery.
    m_previous.reset();
    Q_EMIT statusChanged();
}

void SourceMonitor::onFetched(const QByteArray &payload)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto previous = m_previous;
    const double seconds = previous ? double(now - m_previousMs) / 1000.0 : 0.0;
    // Parsing a large scrape and diffing it takes milliseconds: never on the UI thread.
    m_parsing.setFuture(QtConcurrent::run(workerPool(), [payload, previous, seconds, now] {
        auto parsed = std::make_shared<Parsed>();
        ParseResult result = PromTextReader().parse(payload);
        parsed->error = result.error;
        for (const ParseIssue &w : result.warnings)
            parsed->warnings.push_back(w.toString());
        for (const MetricFamily &f : result.families)
            parsed->samples += qint64(f.samples.size());
        auto families =
            std::make_shared<const std::vector<MetricFamily>>(std::move(result.families));
        parsed->families = families;
        if (!parsed->error && previous) {
            parsed->kpis = KpiCalculator::compute(*previous, *families, seconds, now);
            parsed->hasDelta = true;
        } else {
            parsed->kpis.timeMs = now;
            KpiCalculator::fillGauges(*families, parsed->kpis);
        }
        return std::shared_ptr<const Parsed>(std::move(parsed));
    }));
    m_previousMs = now;
}

void SourceMonitor::onParsed(const std::shared_ptr<const Parsed> &parsed)
{
    m_busy = false;
    if (parsed->error) {
        onFailed(tr("malformed metrics: %1").arg(parsed->error->toString()));
        return;
    }
    m_previous = parsed->families;
    m_state = State::Ok;
    m_warnings = parsed->warnings;
    m_statusText = tr("ok · %1 samples").arg(QLocale().toString(parsed->samples));
    if (const QString note = m_source->note(); !note.isEmpty())
        m_statusText += tr(" · %1").arg(note);
    Q_EMIT statusChanged();
    if (!parsed->hasDelta)
        return;
    m_latest = parsed->kpis;
    m_hasKpis = true;
    m_history.push(KpiPoint::from(m_latest));
    if (m_alerts.update(m_latest))
        Q_EMIT alertsChanged();
    Q_EMIT updated();
}

} // namespace ne
