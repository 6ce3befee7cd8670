// SPDX-License-Identifier: MIT
#include "dashboard/RouteTableModel.h"

#include "dashboard/DashboardFormat.h"

#include <QBrush>
#include <QColor>

namespace ne {

void RouteTableModel::setRoutes(std::vector<RouteStats> routes, TrafficKind kind)
{
    // The row count is small and every value changes each tick: a reset is the honest
    // signal and keeps views from animating stale rows.
    beginResetModel();
    m_routes = std::move(routes);
    const bool renamed = kind != m_kind;
    m_kind = kind;
    endResetModel();
    if (renamed)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int RouteTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_routes.size());
}

int RouteTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RouteTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RouteStats &route = m_routes[size_t(index.row())];
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Rate ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ForegroundRole && index.column() == Errors && route.errorsPerSecond > 0)
        return QBrush(QColor(0xd3, 0x2f, 0x2f));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Method:
        return QString::fromUtf8(route.method);
    case Route:
        return QString::fromUtf8(route.endpoint);
    case Rate:
        return DashboardFormat::rate(route.requestsPerSecond);
    case P95:
        return DashboardFormat::latency(m_kind == TrafficKind::Database ? route.meanSeconds
                                                                        : route.p95Seconds);
    case Errors:
        return m_kind == TrafficKind::Database ? QVariant()
                                               : DashboardFormat::rate(route.errorsPerSecond);
    default:
        return {};
    }
}

QVariant RouteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool store = m_kind == TrafficKind::StoreCalls;
    const bool database = m_kind == TrafficKind::Database;
    switch (section) {
    case Method:
        return database ? QString() : store ? tr("Backend") : tr("Method");
    case Route:
        return database ? tr("Statement") : store ? tr("Operation") : tr("Route");
    case Rate:
        return database || store ? tr("Calls/s") : tr("Requests/s");
    case P95:
        return database ? tr("Mean") : tr("p95");
    case Errors:
        return database ? QString() : store ? tr("Failures/s") : tr("Errors/s");
    default:
        return {};
    }
}

} // namespace ne
