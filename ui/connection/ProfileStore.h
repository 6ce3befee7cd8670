// SPDX-License-Identifier: MIT
#pragma once

#include "ConnectionProfile.h"

#include <QList>
#include <optional>

namespace ne {

/// The saved connection profiles, in the application's QSettings (group "connections").
/// Holds no secrets: those go to SecretStore. UI thread only.
class ProfileStore
{
public:
    ProfileStore() = default;

    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> find(const QString &name) const;
    /// Adds the profile, or replaces the one with the same name.
    void save(const ConnectionProfile &profile);
    void remove(const QString &name);

    QString lastUsed() const;
    void setLastUsed(const QString &name);

private:
    void write(const QList<ConnectionProfile> &profiles);
};

} // namespace ne
