// SPDX-License-Identifier: MIT
#include "metrics/ProcessSampler.h"

#include "metrics/Registry.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QList>

#include <memory>
#include <mutex>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

namespace ne {

namespace {
/// /proc files report a size of 0, so read them in one go instead of via QFile::size().
QByteArray readProcFile(const char *path)
{
    QFile file(QString::fromLatin1(path));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(4096);
}
} // namespace

std::optional<qint64> ProcessSampler::residentBytes()
{
#ifdef Q_OS_LINUX
    const QList<QByteArray> fields = readProcFile("/proc/self/statm").split(' ');
    bool ok = false;
    const qint64 pages = fields.size() > 1 ? fields[1].trimmed().toLongLong(&ok) : 0;
    if (!ok)
        return std::nullopt;
    return pages * qint64(sysconf(_SC_PAGESIZE));
#else
    return std::nullopt;
#endif
}

std::optional<double> ProcessSampler::cpuSeconds()
{
#ifdef Q_OS_LINUX
    // The command name (field 2) may contain spaces; fields after its ')' are fixed.
    const QByteArray stat = readProcFile("/proc/self/stat");
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    // After ')' come state (field 3) …; utime and stime are fields 14 and 15.
    if (fields.size() < 13)
        return std::nullopt;
    bool okUser = false, okSystem = false;
    const double ticks = fields[11].toDouble(&okUser) + fields[12].toDouble(&okSystem);
    if (!okUser || !okSystem)
        return std::nullopt;
    return ticks / double(sysconf(_SC_CLK_TCK));
#else
    return std::nullopt;
#endif
}

void ProcessSampler::install(Registry &registry)
{
    Gauge &memory = registry.gauge("memory_usage_bytes", "Resident memory of this process").get();
    Gauge &cpu =
        registry.gauge("cpu_usage_percent", "CPU use of this process, 100 = one core").get();
    struct Previous
    {
        std::mutex mutex;
        QElapsedTimer wall;
        double cpu = 0;
    };
    auto previous = std::make_shared<Previous>();
    previous->wall.start();
    previous->cpu = cpuSeconds().value_or(0.0);
    registry.addCollectHook([&memory, &cpu, previous] {
        if (const auto rss = residentBytes())
            memory.set(double(*rss));
        const auto now = cpuSeconds();
        std::lock_guard lock(previous->mutex);
        const double wall = double(previous->wall.restart()) / 1000.0;
        if (now && wall > 0)
            cpu.set(100.0 * (*now - previous->cpu) / wall);
        if (now)
            previous->cpu = *now;
    });
}

} // namespace ne
