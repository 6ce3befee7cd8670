// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include <utility>

namespace ne::server {

/// The ":name" captures of a matched route, already percent-decoded. A route has one or two,
/// so a short inline array does the job of a hash without allocating one per request.
class RouteParams
{
public:
    void insert(const QString &name, const QString &value)
    {
        for (auto &item : m_items) {
            if (item.first == name) {
                item.second = value;
                return;
            }
        }
        m_items.append({name, value});
    }
    /// The value captured as name, or a null string.
    QString value(QStringView name) const
    {
        for (const auto &item : m_items) {
            if (item.first == name)
                return item.second;
        }
        return {};
    }
    void clear() { m_items.clear(); }
    bool isEmpty() const { return m_items.isEmpty(); }

private:
    QVarLengthArray<std::pair<QString, QString>, 2> m_items;
};

} // namespace ne::server
