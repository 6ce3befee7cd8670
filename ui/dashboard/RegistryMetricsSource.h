// SPDX-License-Identifier: MIT
#pragma once

#include "dashboard/MetricsSource.h"

namespace ne {

class Registry;

/// "This client": the in-process Registry rendered as exposition text, so it goes
/// through exactly the same parse and maths as a remote server. Borrows the registry.
class RegistryMetricsSource final : public MetricsSource
{
    Q_OBJECT
public:
    RegistryMetricsSource(const Registry &registry, QString name, QObject *parent = nullptr);

    QString name() const override { return m_name; }
    void fetch() override;

private:
    const Registry &m_registry;
    QString m_name;
};

} // namespace ne
