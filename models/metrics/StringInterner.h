// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

#include <string_view>
#include <unordered_map>

namespace ne {

/// Hands out one shared QByteArray per distinct string. Metric names, label names and most
/// label values repeat on every line of a scrape, so the reader allocates each only once.
/// Not thread-safe: one per parse.
class StringInterner
{
public:
    const QByteArray &intern(std::string_view text)
    {
        if (auto it = m_strings.find(text); it != m_strings.end())
            return it->second;
        QByteArray copy(text.data(), qsizetype(text.size()));
        // The key views the value's own buffer; moving a QByteArray keeps its buffer.
        const std::string_view key(copy.constData(), size_t(copy.size()));
        return m_strings.emplace(key, std::move(copy)).first->second;
    }

private:
    std::unordered_map<std::string_view, QByteArray> m_strings;
};

} // namespace ne
