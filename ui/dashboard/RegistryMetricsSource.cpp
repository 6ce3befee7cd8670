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
    // The task reads the borrowed registry; it takes milliseconds, so wait rather than
    // let it outlive whoever owns the registry.
    m_inFlight.waitForFinished();
}

void RegistryMetricsSource::fetch()
{
    // Rendering runs the collect hooks (ProcessSampler reads /proc) and formats every
    // series: a worker's job, delivered back like a network reply.
    m_inFlight = QtConcurrent::run([registry = &m_registry] { return registry->exposition(); });
    m_inFlight.then(this, [this](const QByteArray &text) { Q_EMIT fetched(text); });
}

} // namespace ne
