// SPDX-License-Identifier: MIT
#include "dashboard/RegistryMetricsSource.h"

#include "metrics/Registry.h"

#include <QTimer>

namespace ne {

RegistryMetricsSource::RegistryMetricsSource(const Registry &registry, QString name,
                                             QObject *parent)
    : MetricsSource(parent)
    , m_registry(registry)
    , m_name(std::move(name))
{}

void RegistryMetricsSource::fetch()
{
    // Delivered from the event loop like a network reply, so callers see one behaviour.
    QTimer::singleShot(0, this, [this] { Q_EMIT fetched(m_registry.exposition()); });
}

} // namespace ne
