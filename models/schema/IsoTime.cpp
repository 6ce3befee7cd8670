// SPDX-License-Identifier: MIT
#include "schema/IsoTime.h"

#include <QString>

#include <optional>

namespace ne {
namespace {

constexpr qint64 kMsPerDay = 86'400'000;

// Days since 1970-01-01 from a civil date and back (H. Hinnant's algorithms, valid for
// the whole proleptic Gregorian calendar).
qint64 daysFromCivil(qint64 year, unsigned month, unsigned day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const auto yoe = unsigned(year - era * 400);
    const unsigned doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146'097 + qint64(doe) - 719'468;
}

struct Civil
{
    qint64 year;
    unsigned month;
    unsigned day;
};

Civil civilFromDays(qint64 days)
{
    const qint64 z = days + 719'468;
    const qint64 era = (z >= 0 ? z : z - 146'096) / 146'097;
    const auto doe = unsigned(z - era * 146'097);
    const unsigned yoe = (doe - doe / 1'460 + doe / 36'524 - doe / 146'096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned month = mp < 10 ? mp + 3 : mp - 9;
    return {qint64(yoe) + era * 400 + (month <= 2 ? 1 : 0), month, doy - (153 * mp + 2) / 5 + 1};
}

/// The digits at [at, at + count) as a number, or nullopt if any is not a digit.
template<typename Char>
std::optional<unsigned> digits(const Char *text, qsizetype at, qsizetype count)
{
    unsigned value = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const auto c = char16_t(text[i]);
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c - u'0');
    }
    return value;
}

/// postgres: also PostgreSQL's timestamptz output ("2024-05-01 10:00:00.123456+00"), a
/// space between date and time and an offset that may leave out its minutes.
template<typename Char>
std::optional<qint64> parseFast(const Char *text, qsizetype size, bool postgres)
{
    const auto ch = [&](qsizetype i) { return char16_t(text[i]); };
    if (size < 20 || ch(4) != u'-' || ch(7) != u'-' ||
        (ch(10) != u'T' && ch(10) != u't' && !(postgres && ch(10) == u' ')) || ch(13) != u':' ||
        ch(16) != u':')
        return std::nullopt;
    const auto year = digits(text, 0, 4);
    const auto month = digits(text, 5, 2);
    const auto day = digits(text, 8, 2);
    const auto hour = digits(text, 11, 2);
    const auto minute = digits(text, 14, 2);
    const auto second = digits(text, 17, 2);
    if (!year || !month || !day || !hour || !minute || !second || *month < 1 || *month > 12 ||
        *day < 1 || *hour > 23 || *minute > 59 || *second > 59)
        return std::nullopt;
    const qint64 days = daysFromCivil(*year, *month, *day);
    if (civilFromDays(days).day != *day) // 31 April, 29 February of a common year
        return std::nullopt;
    qsizetype at = 19;
    qint64 ms = 0;
    if (ch(at) == u'.') {
        int scale = 100;
        for (++at; at < size && ch(at) >= u'0' && ch(at) <= u'9'; ++at) {
            ms += (ch(at) - u'0') * scale;
            scale /= 10;
        }
        if (scale == 100) // a dot without digits
            return std::nullopt;
    }
    qint64 offsetMinutes = 0;
    if (at == size - 1 && (ch(at) == u'Z' || ch(at) == u'z')) {
        ++at;
    } else if ((at == size - 6 && ch(at + 3) == u':') || (postgres && at == size - 3)) {
        if (ch(at) != u'+' && ch(at) != u'-')
            return std::nullopt;
        const bool withMinutes = at == size - 6;
        const auto hours = digits(text, at + 1, 2);
        const auto minutes = withMinutes ? digits(text, at + 4, 2) : std::optional<unsigned>(0);
        if (!hours || !minutes || *hours > 23 || *minutes > 59)
            return std::nullopt;
        offsetMinutes = (ch(at) == u'+' ? 1 : -1) * qint64(*hours * 60 + *minutes);
        at += withMinutes ? 6 : 3;
    }
    if (at != size)
        return std::nullopt;
    return days * kMsPerDay + ((*hour * 60 + *minute) * 60 + *second) * 1'000 + ms -
           offsetMinutes * 60'000;
}

} // namespace

QByteArray IsoTime::format(const QDateTime &time)
{
    const qint64 ms = time.toMSecsSinceEpoch();
    qint64 days = ms / kMsPerDay;
    qint64 msOfDay = ms % kMsPerDay;
    if (msOfDay < 0) {
        msOfDay += kMsPerDay;
        --days;
    }
    const Civil date = civilFromDays(days);
    if (date.year < 0 || date.year > 9999)
        return time.toUTC().toString(Qt::ISODateWithMs).toLatin1();
    char text[24];
    const auto put = [&text](int at, qint64 value, int count) {
        for (int i = count - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    put(0, date.year, 4);
    text[4] = '-';
    put(5, date.month, 2);
    text[7] = '-';
    put(8, date.day, 2);
    text[10] = 'T';
    put(11, msOfDay / 3'600'000, 2);
    text[13] = ':';
    put(14, msOfDay / 60'000 % 60, 2);
    text[16] = ':';
    put(17, msOfDay / 1'000 % 60, 2);
    text[19] = '.';
    put(20, msOfDay % 1'000, 3);
    text[23] = 'Z';
    return QByteArray(text, sizeof text);
}

QDateTime IsoTime::parse(QStringView text)
{
    if (const auto ms = parseFast(text.utf16(), text.size(), false))
        return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
    const QDateTime slow = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    return slow.isValid() ? slow.toUTC() : slow;
}

QDateTime IsoTime::parsePostgres(std::string_view text)
{
    if (const auto ms = parseFast(text.data(), qsizetype(text.size()), true))
        return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
    const QDateTime slow = QDateTime::fromString(
        QString::fromLatin1(text.data(), qsizetype(text.size())), Qt::ISODateWithMs);
    return slow.isValid() ? slow.toUTC() : slow;
}

} // namespace ne
