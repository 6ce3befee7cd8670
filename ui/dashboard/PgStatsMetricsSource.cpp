// SPDX-License-Identifier: MIT
#include "dashboard/PgStatsMetricsSource.h"

#include "concurrency/PoolRun.h"
#include "concurrency/WorkerPool.h"
#include "store/StoreError.h"
#include "store/postgres/PgStatsCollector.h"

#include <QFuture>

namespace ne {

PgStatsMetricsSource::PgStatsMetricsSource(std::shared_ptr<ConnectionPool> pool, QString label,
                                           QObject *parent)
    : MetricsSource(parent)
    , m_collector(std::make_shared<PgStatsCollector>(std::move(pool)))
    , m_label(std::move(label))
{}

PgStatsMetricsSource::~PgStatsMetricsSource() = default;

QString PgStatsMetricsSource::name() const
{
    return tr("Database statistics · %1").arg(m_label);
}

void PgStatsMetricsSource::fetch()
{
    runOnPool(
        workerPool(),
        [collector = m_collector] { return guardStoreCall([&] { return collector->collect(); }); })
        .then(this,
              [this](const PgStatsCollector::Result &result) {
                  m_note = result.note;
                  Q_EMIT fetched(result.text);
              })
        .onFailed(this, [this](const StoreError &e) { Q_EMIT failed(e.message()); });
}

} // namespace ne
