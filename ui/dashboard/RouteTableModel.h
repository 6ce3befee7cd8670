// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/PlatformKpis.h"

#include <QAbstractTableModel>

namespace ne {

/// The busiest routes of the last interval: method, route, requests/s, p95, errors/s.
class RouteTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Method,
        Route,
        Rate,
        P95,
        Errors,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    /// kind names the columns: routes of a server, Store operations of this client, or a
    /// database's statements (mean time instead of p95, no error column).
    void setRoutes(std::vector<RouteStats> routes, TrafficKind kind = TrafficKind::Http);
    TrafficKind kind() const { return m_kind; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<RouteStats> m_routes;
    TrafficKind m_kind = TrafficKind::Http;
};

} // namespace ne
