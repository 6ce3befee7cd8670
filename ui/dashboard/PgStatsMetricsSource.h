// SPDX-License-Identifier: MIT
#pragma once

#include "dashboard/MetricsSource.h"

#include <memory>

namespace ne {

class ConnectionPool;
class PgStatsCollector;

/// "PostgreSQL statistics": the database's own figures (PgStatsCollector), read on a
/// worker thread each time the dashboard refreshes. The UI thread never waits for it.
class PgStatsMetricsSource final : public MetricsSource
{
    Q_OBJECT
public:
    /// label: which database, for the picker ("editor@db:5432/nextevent").
    PgStatsMetricsSource(std::shared_ptr<ConnectionPool> pool, QString label,
                         QObject *parent = nullptr);
    ~PgStatsMetricsSource() override;

    QString name() const override;
    QString note() const override { return m_note; }
    void fetch() override;

private:
    std::shared_ptr<PgStatsCollector> m_collector; ///< shared with a collect in flight
    QString m_label;
    QString m_note;
};

} // namespace ne
