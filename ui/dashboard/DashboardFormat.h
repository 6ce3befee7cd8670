// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ne {

/// How the dashboard spells its numbers, in one place so tiles, tables and tooltips agree.
class DashboardFormat
{
    Q_DECLARE_TR_FUNCTIONS(DashboardFormat)
public:
    /// "850 µs", "207 ms", "1.25 s"; "no traffic" for a gap, "n/a" for NaN.
    static QString latency(std::optional<double> seconds);
    /// "0", "0.35", "12.4", "1,234"
    static QString rate(double perSecond);
    /// "92.5 %"
    static QString percent(std::optional<double> ratio);
    /// "512 MiB"
    static QString bytes(std::optional<double> bytes);
};

} // namespace ne
