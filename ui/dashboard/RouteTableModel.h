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

    void setRoutes(std::vector<RouteStats> routes);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<RouteStats> m_routes;
};

} // namespace ne
