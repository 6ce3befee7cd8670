// SPDX-License-Identifier: MIT
#include "dashboard/DashboardFormat.h"

#include <QLocale>

#include <cmath>

namespace ne {

QString DashboardFormat::latency(std::optional<double> seconds)
{
    if (!seconds)
        return tr("no traffic");
    if (std::isnan(*seconds))
        return tr("n/a");
    const QLocale locale;
    if (*seconds < 0.001)
        return tr("%1 µs").arg(locale.toString(*seconds * 1e6, 'f', 0));
    if (*seconds < 1)
        return tr("%1 ms").arg(locale.toString(*seconds * 1e3, 'f', *seconds < 0.01 ? 1 : 0));
    return tr("%1 s").arg(locale.toString(*seconds, 'f', 2));
}

QString DashboardFormat::rate(double perSecond)
{
    const QLocale locale;
    if (perSecond == 0)
        return QStringLiteral("0");
    if (perSecond < 10)
        return locale.toString(perSecond, 'f', 2);
    if (perSecond < 100)
        return locale.toString(perSecond, 'f', 1);
    return locale.toString(perSecond, 'f', 0);
}

QString DashboardFormat::percent(std::optional<double> ratio)
{
    if (!ratio || std::isnan(*ratio))
        return tr("n/a");
    return tr("%1 %").arg(QLocale().toString(*ratio * 100, 'f', 1));
}

QString DashboardFormat::bytes(std::optional<double> bytes)
{
    if (!bytes || std::isnan(*bytes))
        return tr("n/a");
    return QLocale().formattedDataSize(qint64(*bytes), 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace ne
