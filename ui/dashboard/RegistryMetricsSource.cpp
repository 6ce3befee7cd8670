// SPDX-License-Identifier: MIT
#include "dashboard/RegistryMetricsSource.h"

#include "concurrency/WorkerPool.h"
#include "metrics/Registry.h"

#include <QtConcurrent/QtConcurrentRun>

namespace ne {

RegistryMetricsSource::RegistryMetricsSource(const Registry &registry, QString name,
                                             QObject *parent)
    : MetricsSource(parent)
    , m_registry(registry)
    , m_name(std::move(name))
{
    // A watcher, not QFuture::then(this, …): Qt 6.4 runs that continuation synchronously,
    // inside fetch(), whenever the collect finishes first, and a caller waiting for the
    // signal after fetch() returns would miss it. The watcher always posts.
    connect(&m_collecting, &QFutureWatcher<QByteArray>::finished, this, [this] {
        try {
            Q_EMIT fetched(m_collecting.result());
        } catch (const std::exception &e) {
            Q_EMIT failed(tr("collecting this client's metrics failed: %1")
                              .arg(QString::fromLocal8Bit(e.what())));
        }
    });
}

RegistryMetricsSource::~RegistryMetricsSource()
{
    m_collecting.waitForFinished();
}

void RegistryMetricsSource::fetch()
{
    // A collect in flight answers this fetch too.
    if (m_collecting.isRunning())
        return;
    m_collecting.setFuture(QtConcurrent::run(
        workerPool(), [registry = &m_registry] { return registry->exposition(); }));
}

} // namespace ne
