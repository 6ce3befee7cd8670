// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QStringView>

#include <string_view>

namespace ne {

/// RFC 3339 times as the API carries them ("2026-11-28T09:15:00.123Z"), formatted and
/// parsed by hand: QDateTime's own formatting and parsing cost more than everything else
/// about a 100-row page, on the server writing it and on the client reading it.
class IsoTime
{
public:
    /// UTC with milliseconds, as ASCII; Qt's ISODateWithMs for years outside 0..9999.
    static QByteArray format(const QDateTime &time);
    /// A UTC QDateTime from "YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)"; other spellings go
    /// to QDateTime::fromString(ISODateWithMs). Invalid when neither understands it.
    static QDateTime parse(QStringView text);
    /// The same for PostgreSQL's timestamptz text ("2024-05-01 10:00:00.123456+00"), which
    /// the server writes into every list row: a space for the T, offsets as ±HH or ±HH:MM.
    static QDateTime parsePostgres(std::string_view text);
};

} // namespace ne
