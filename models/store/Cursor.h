// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QVariant>
#include <optional>

namespace ne {

/// An opaque token for "the page after this one". Null means "from the start".
/// SQL backends store a keyset position in it (the last row's sort value and id), so the
/// next page costs the same at any depth; the REST backend stores whatever the server sent.
class Cursor
{
public:
    struct Position
    {
        QString sortKey;
        Qt::SortOrder order = Qt::DescendingOrder;
        QVariant value; ///< the last row's sort value, in the backend's own representation
        QString id;     ///< the last row's id, the tie-breaker
        bool operator==(const Position &) const = default;
    };

    Cursor() = default;
    explicit Cursor(QByteArray token)
        : m_token(std::move(token))
    {}

    static Cursor fromPosition(const Position &position);
    /// The keyset position, or nullopt if the token is not one (malformed or foreign).
    std::optional<Position> position() const;

    bool isNull() const { return m_token.isEmpty(); }
    const QByteArray &token() const { return m_token; }
    bool operator==(const Cursor &) const = default;

private:
    QByteArray m_token;
};

} // namespace ne

Q_DECLARE_METATYPE(ne::Cursor)
