// SPDX-License-Identifier: MIT
#include "dashboard/RegistryMetricsSource.h"

#include "metrics/Registry.h"

#include <QtConcurrent/QtConcurrentRun>

namespace ne {

RegistryMetricsSource::RegistryMetricsSource(const Registry &registry, QString name,
                                             QObject *parent)
    : MetricsSource(parent)
    , m_registry(registry)
    , m_name(std::move(name))
{}

RegistryMetricsSource::~RegistryMetricsSource()
{
    m_collecting.waitForFinished();
}

void RegistryMetricsSource::fetch()
{
    // No "still running" early return: the continuation below can arrive before the task's
    // future reads as finished, and a fetch dropped then never answers, which froze the
    // source. SourceMonitor never asks again before the answer, so collections don't overlap.
    m_collecting = QtConcurrent::run([registry = &m_registry] { return registry->exposition(); });
    // Delivered on this object's thread, like a network reply.
    m_collecting.then(this, [this](const QByteArray &text) { Q_EMIT fetched(text); });
}

} // namespace ne
