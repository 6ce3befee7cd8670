// SPDX-License-Identifier: MIT
#include "dashboard/KpiTileRow.h"

#include "dashboard/DashboardFormat.h"
#include "dashboard/KpiTile.h"
#include "metrics/PlatformKpis.h"

#include <QHBoxLayout>
#include <QLocale>

#include <cmath>

namespace ne {

namespace {
enum Tile
{
    LatencyTile,
    RateTile,
    ErrorTile,
    CacheTile,
    PoolTile,
    MemoryTile,
    TileCount
};

KpiTile::Level above(std::optional<double> v, double warn, double critical)
{
    if (!v || std::isnan(*v))
        return KpiTile::Level::None;
    return *v >= critical ? KpiTile::Level::Critical
                          : (*v >= warn ? KpiTile::Level::Warning : KpiTile::Level::Good);
}

KpiTile::Level below(std::optional<double> v, double warn, double critical)
{
    if (!v || std::isnan(*v))
        return KpiTile::Level::None;
    return *v < critical ? KpiTile::Level::Critical
                         : (*v < warn ? KpiTile::Level::Warning : KpiTile::Level::Good);
}
} // namespace

KpiTileRow::KpiTileRow(QWidget *parent)
    : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);
    const QString captions[] = {tr("p95 latency"),     tr("Requests/s"), tr("Error rate (5xx)"),
                                tr("Cache hit ratio"), tr("Pool usage"), tr("Server memory")};
    const char *names[] = {"latencyTile", "rateTile", "errorTile",
                           "cacheTile",   "poolTile", "memoryTile"};
    for (int i = 0; i < TileCount; ++i) {
        auto *tile = new KpiTile(captions[i], this);
        tile->setObjectName(QString::fromLatin1(names[i]));
        row->addWidget(tile);
        m_tiles.push_back(tile);
    }
}

void KpiTileRow::showKpis(const PlatformKpis *kpis)
{
    if (!kpis) {
        showCaptions(TrafficKind::Http);
        for (KpiTile *tile : std::as_const(m_tiles))
            tile->setValue(QStringLiteral("–"), KpiTile::Level::None, tr("waiting for data"));
        return;
    }
    const PlatformKpis &k = *kpis;
    showCaptions(k.kind);
    if (k.kind == TrafficKind::Database) {
        // PostgreSQL keeps no latency distribution; pg_stat_statements gives a mean.
        if (k.statementsUnavailable)
            m_tiles[LatencyTile]->setValue(tr("n/a"), KpiTile::Level::None,
                                           tr("needs pg_stat_statements"));
        else
            m_tiles[LatencyTile]->setValue(DashboardFormat::latency(k.statementMeanSeconds),
                                           above(k.statementMeanSeconds, 0.25, 0.5),
                                           tr("over all statements"));
    } else {
        m_tiles[LatencyTile]->setValue(DashboardFormat::latency(k.p95Seconds),
                                       above(k.p95Seconds, 0.25, 0.5),
                                       tr("p50 %1 · p99 %2")
                                           .arg(DashboardFormat::latency(k.p50Seconds),
                                                DashboardFormat::latency(k.p99Seconds)));
    }
    m_tiles[RateTile]->setValue(
        k.requestsPerSecond ? DashboardFormat::rate(*k.requestsPerSecond) : tr("n/a"),
        KpiTile::Level::None, tr("over the last %1 s").arg(k.seconds, 0, 'f', 1));
    m_tiles[ErrorTile]->setValue(DashboardFormat::percent(k.errorRatio),
                                 above(k.errorRatio, 0.01, 0.05),
                                 (k.kind == TrafficKind::Database     ? tr("%1 rollbacks/s")
                                  : k.kind == TrafficKind::StoreCalls ? tr("%1 failed calls/s")
                                                                      : tr("%1 errors/s"))
                                     .arg(DashboardFormat::rate(k.errorsPerSecond.value_or(0.0))));
    m_tiles[CacheTile]->setValue(DashboardFormat::percent(k.cacheHitRatio),
                                 below(k.cacheHitRatio, 0.9, 0.8), tr("alert below 80 %"));
    if (k.kind == TrafficKind::Database) {
        // Idle sessions hold a slot of max_connections too.
        const double used = k.poolActive.value_or(0) + k.poolIdle.value_or(0);
        const std::optional<double> usage =
            k.poolMax && *k.poolMax > 0 ? std::optional(used / *k.poolMax) : std::nullopt;
        m_tiles[PoolTile]->setValue(DashboardFormat::percent(usage), above(usage, 0.7, 0.9),
                                    tr("%1 of %2 · %3 active")
                                        .arg(used)
                                        .arg(k.poolMax.value_or(0))
                                        .arg(k.poolActive.value_or(0)));
    } else {
        const std::optional<double> usage = k.poolUsage();
        m_tiles[PoolTile]->setValue(DashboardFormat::percent(usage), above(usage, 0.7, 0.9),
                                    k.poolActive ? tr("%1 active · %2 idle")
                                                       .arg(k.poolActive.value_or(0))
                                                       .arg(k.poolIdle.value_or(0))
                                                 : tr("no connection pool"));
    }
    if (k.kind == TrafficKind::Database) {
        // A database exports no memory figure of its own; deadlocks are its alarm bell.
        m_tiles[MemoryTile]->setValue(
            k.deadlocks ? QLocale().toString(*k.deadlocks, 'f', 0) : tr("n/a"),
            above(k.deadlocks, 1, 1), tr("in the last %1 s").arg(k.seconds, 0, 'f', 1));
        return;
    }
    m_tiles[MemoryTile]->setValue(DashboardFormat::bytes(k.memoryBytes), KpiTile::Level::None,
                                  tr("resident"));
}

void KpiTileRow::showCaptions(TrafficKind kind)
{
    switch (kind) {
    case TrafficKind::Http:
        m_tiles[LatencyTile]->setCaption(tr("p95 latency"));
        m_tiles[RateTile]->setCaption(tr("Requests/s"));
        m_tiles[ErrorTile]->setCaption(tr("Error rate (5xx)"));
        m_tiles[PoolTile]->setCaption(tr("Pool usage"));
        m_tiles[MemoryTile]->setCaption(tr("Server memory"));
        break;
    case TrafficKind::StoreCalls:
        m_tiles[LatencyTile]->setCaption(tr("p95 latency"));
        m_tiles[RateTile]->setCaption(tr("Store calls/s"));
        m_tiles[ErrorTile]->setCaption(tr("Failed calls"));
        m_tiles[PoolTile]->setCaption(tr("Pool usage"));
        m_tiles[MemoryTile]->setCaption(tr("Client memory"));
        break;
    case TrafficKind::Database:
        m_tiles[LatencyTile]->setCaption(tr("Mean statement time"));
        m_tiles[RateTile]->setCaption(tr("Transactions/s"));
        m_tiles[ErrorTile]->setCaption(tr("Rollback rate"));
        m_tiles[PoolTile]->setCaption(tr("Connections used"));
        m_tiles[MemoryTile]->setCaption(tr("Deadlocks"));
        break;
    }
}

} // namespace ne
