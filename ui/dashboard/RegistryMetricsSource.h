// SPDX-License-Identifier: MIT
#pragma once

#include "dashboard/MetricsSource.h"

#include <QByteArray>
#include <QFutureWatcher>

namespace ne {

class Registry;

/// "This client": the in-process Registry rendered as exposition text, so it goes
/// through exactly the same parse and maths as a remote server. Borrows the registry.
/// Collects on a worker thread: the registry's hooks read /proc (ProcessSampler), which
/// is file I/O the UI thread must not wait for.
class RegistryMetricsSource final : public MetricsSource
{
    Q_OBJECT
public:
    RegistryMetricsSource(const Registry &registry, QString name, QObject *parent = nullptr);
    /// Waits for a collect in flight (microseconds): it reads the borrowed registry.
    ~RegistryMetricsSource() override;

    QString name() const override { return m_name; }
    void fetch() override;

private:
    const Registry &m_registry;
    QString m_name;
    QFutureWatcher<QByteArray> m_collecting;
};

} // namespace ne
