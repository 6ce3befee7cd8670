// SPDX-License-Identifier: MIT
#include "ProfileStore.h"

#include <QSettings>

#include <algorithm>

namespace ne {

namespace {
const QString s_array = QStringLiteral("connections/profiles");
const QString s_lastUsed = QStringLiteral("connections/lastUsed");
} // namespace

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QSettings settings;
    QList<ConnectionProfile> result;
    const int count = settings.beginReadArray(s_array);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        QVariantMap map;
        for (const QString &key : settings.childKeys())
            map.insert(key, settings.value(key));
        result.append(ConnectionProfile::fromMap(map));
    }
    settings.endArray();
    return result;
}

std::optional<ConnectionProfile> ProfileStore::find(const QString &name) const
{
    for (const ConnectionProfile &profile : profiles()) {
        if (profile.name == name)
            return profile;
    }
    return std::nullopt;
}

void ProfileStore::save(const ConnectionProfile &profile)
{
    QList<ConnectionProfile> all = profiles();
    auto it = std::find_if(all.begin(), all.end(),
                           [&](const ConnectionProfile &p) { return p.name == profile.name; });
    if (it != all.end())
        *it = profile;
    else
        all.append(profile);
    write(all);
}

void ProfileStore::remove(const QString &name)
{
    QList<ConnectionProfile> all = profiles();
    all.removeIf([&](const ConnectionProfile &p) { return p.name == name; });
    write(all);
}

QString ProfileStore::lastUsed() const
{
    return QSettings().value(s_lastUsed).toString();
}

void ProfileStore::setLastUsed(const QString &name)
{
    QSettings().setValue(s_lastUsed, name);
}

void ProfileStore::write(const QList<ConnectionProfile> &profiles)
{
    QSettings settings;
    settings.remove(s_array);
    settings.beginWriteArray(s_array, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        settings.setArrayIndex(i);
        const QVariantMap map = profiles.at(i).toMap();
        for (auto it = map.begin(); it != map.end(); ++it)
            settings.setValue(it.key(), it.value());
    }
    settings.endArray();
    settings.sync();
}

} // namespace ne
