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
    if (m_collecting.isRunning())
        return;
    m_collecting = QtConcurrent::run([registry = &m_registry] { return registry->exposition(); });
    // Delivered on this object's thread, like a network reply.
    m_collecting.then(this, [this](const QByteArray &text) { Q_EMIT fetched(text); });
}

} // namespace ne
