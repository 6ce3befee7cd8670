// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/PlatformKpis.h"

#include <QWidget>

namespace ne {

class KpiTile;

/// The six key figures in a row, each coloured by its threshold: p95 latency (alert at
/// 500 ms), requests/s, 5xx error rate, cache hit ratio (alert below 80 %), pool usage and
/// server memory. Tiles are named latencyTile, rateTile, errorTile, cacheTile, poolTile,
/// memoryTile. Captions follow the source: a database shows transactions, rollbacks,
/// connections used of max_connections and deadlocks instead.
class KpiTileRow : public QWidget
{
    Q_OBJECT
public:
    explicit KpiTileRow(QWidget *parent = nullptr);

    /// nullptr shows "waiting for data".
    void showKpis(const PlatformKpis *kpis);

private:
    void showCaptions(TrafficKind kind);

    QList<KpiTile *> m_tiles;
};

} // namespace ne
