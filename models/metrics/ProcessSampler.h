// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <optional>

namespace ne {

class Registry;

/// Reads this process's resident memory and CPU time. Linux reads /proc/self; other
/// systems report nothing (std::nullopt) rather than a wrong figure.
class ProcessSampler
{
public:
    /// Resident set size from /proc/self/statm (pages × page size).
    static std::optional<qint64> residentBytes();
    /// User + system CPU time from /proc/self/stat, in seconds.
    static std::optional<double> cpuSeconds();

    /// Registers the platform's memory_usage_bytes and cpu_usage_percent gauges in registry
    /// and refreshes them on every collect(). CPU percent is over the time since the
    /// previous collect (100 = one core busy).
    static void install(Registry &registry);
};

} // namespace ne
