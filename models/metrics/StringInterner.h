// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

#include <array>
#include <string_view>
#include <unordered_map>

namespace ne {

/// Hands out one shared QByteArray per distinct string. Metric names, label names and most
/// label values repeat on every line of a scrape, so the reader allocates each only once.
/// Not thread-safe: one per parse.
class StringInterner
{
public:
    StringInterner() = default;
    // The cache points into this object's own map nodes.
    StringInterner(const StringInterner &) = delete;
    StringInterner &operator=(const StringInterner &) = delete;

    const QByteArray &intern(std::string_view text)
    {
        // Most lookups repeat a string seen a few lines up: a small direct-mapped cache,
        // indexed by a hash of four bytes, answers them with one compare instead of hashing
        // the whole string for the map. A collision only costs the map lookup.
        const QByteArray *&slot = m_recent[slotOf(text)];
        if (slot && std::string_view(slot->constData(), size_t(slot->size())) == text)
            return *slot;
        slot = &lookup(text);
        return *slot;
    }

private:
    static constexpr size_t kRecentSlots = 256;

    static size_t slotOf(std::string_view text)
    {
        if (text.empty())
            return 0;
        const auto at = [&](size_t i) { return size_t(static_cast<unsigned char>(text[i])); };
        const size_t n = text.size();
        return (n * 131 + at(0) * 31 + at(n - 1) * 7 + at(n / 2) + at((n * 3) / 4) * 17) %
               kRecentSlots;
    }

    // Out of line, so that the cache hit above stays small enough to inline.
    Q_NEVER_INLINE const QByteArray &lookup(std::string_view text)
    {
        if (auto it = m_strings.find(text); it != m_strings.end())
            return it->second;
        QByteArray copy(text.data(), qsizetype(text.size()));
        // The key views the value's own buffer; moving a QByteArray keeps its buffer.
        const std::string_view key(copy.constData(), size_t(copy.size()));
        return m_strings.emplace(key, std::move(copy)).first->second;
    }

    std::unordered_map<std::string_view, QByteArray> m_strings;
    /// Map node values: stable while the map lives.
    std::array<const QByteArray *, kRecentSlots> m_recent{};
};

} // namespace ne
