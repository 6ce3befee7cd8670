// SPDX-License-Identifier: MIT
#include "JsonScanner.h"

#include <QVariantList>
#include <QVariantMap>

#include <QtEndian>

#include <bit>
#include <cmath>
#include <cstring>

namespace ne {

namespace {

// Far below Qt's 1024, and deep enough for any metadata: deeper documents go to Qt.
constexpr int kMaxDepth = 128;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isContinuation(const char *p)
{
    return (uchar(*p) & 0xC0) == 0x80;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

char16_t hex4(const char *p)
{
    return char16_t(hexValue(p[0]) << 12 | hexValue(p[1]) << 8 | hexValue(p[2]) << 4 |
                    hexValue(p[3]));
}

char16_t unescaped(char c)
{
    switch (c) {
    case 'b':
        return u'\b';
    case 'f':
        return u'\f';
    case 'n':
        return u'\n';
    case 'r':
        return u'\r';
    case 't':
        return u'\t';
    default: // '"', '\\', '/'
        return char16_t(c);
    }
}

} // namespace

QString JsonScanner::Text::toString() const
{
    if (!escaped)
        return ascii ? QString::fromLatin1(raw) : QString::fromUtf8(raw); // Latin-1 is quicker

    // As Qt's parser does: every \uXXXX is one UTF-16 unit, so a surrogate pair written as
    // two escapes is one character and a lone surrogate stays one.
    QString out;
    out.reserve(raw.size());
    const char *p = raw.data();
    const char *end = p + raw.size();
    while (p < end) {
        const char *run = p;
        while (p < end && *p != '\\')
            ++p;
        out += QString::fromUtf8(run, p - run);
        if (p == end)
            break;
        if (p[1] == 'u') {
            out += QChar(hex4(p + 2));
            p += 6;
        } else {
            out += QChar(unescaped(p[1]));
            p += 2;
        }
    }
    return out;
}

bool JsonScanner::Text::operator==(QByteArrayView name) const
{
    return escaped ? toString() == QLatin1String(name.data(), name.size()) : raw == name;
}

JsonScanner::JsonScanner(QByteArrayView json)
    : m_pos(json.data())
    , m_end(json.data() + json.size())
{}

bool JsonScanner::fail()
{
    m_failed = true;
    m_pos = m_end;
    return false;
}

bool JsonScanner::takeNull()
{
    if (peek() != 'n' || m_end - m_pos < 4 || std::memcmp(m_pos, "null", 4) != 0)
        return false;
    m_pos += 4;
    return true;
}

bool JsonScanner::atEnd()
{
    skipSpace();
    return !m_failed && m_pos == m_end;
}

JsonScanner::Text JsonScanner::string()
{
    if (!expect('"'))
        return {};
    const char *start = m_pos;
    bool escaped = false;
    bool ascii = true;
    for (;;) {
        skipPlain();
        if (m_pos == m_end)
            break;
        if (*m_pos == '"')
            return Text{QByteArrayView(start, m_pos++ - start), escaped, ascii};
        if (*m_pos == '\\') {
            escaped = true;
            if (!escape())
                break;
        } else {
            ascii = false;
            if (!utf8())
                break;
        }
    }
    return fail(), Text{};
}

void JsonScanner::skipPlain()
{
    // Eight bytes at a time up to the first '"', '\\' or byte above ASCII. Control
    // characters pass: Qt's parser takes them as they are.
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    const auto zeroBytes = [](quint64 v) { return (v - ones) & ~v & highs; };
    while (m_end - m_pos >= 8) {
        quint64 v;
        std::memcpy(&v, m_pos, 8);
        if constexpr (QSysInfo::ByteOrder == QSysInfo::BigEndian)
            v = qbswap(v);
        // Exact in its lowest set bit, which marks the first such byte.
        const quint64 stops = zeroBytes(v ^ ones * '"') | zeroBytes(v ^ ones * '\\') | (v & highs);
        if (stops) {
            m_pos += std::countr_zero(stops) / 8;
            return;
        }
        m_pos += 8;
    }
    while (m_pos < m_end && *m_pos != '"' && *m_pos != '\\' && uchar(*m_pos) < 0x80)
        ++m_pos;
}

bool JsonScanner::escape()
{
    if (m_end - m_pos < 2)
        return false;
    const char c = m_pos[1];
    if (c == 'u') {
        if (m_end - m_pos < 6)
            return false;
        for (int i = 2; i < 6; ++i) {
            if (hexValue(m_pos[i]) < 0)
                return false;
        }
        m_pos += 6;
        return true;
    }
    // Qt also takes "\x" as "x"; such bodies are left to it.
    if (!QByteArrayView("\"\\/bfnrt").contains(c))
        return false;
    m_pos += 2;
    return true;
}

bool JsonScanner::utf8()
{
    // Well-formed UTF-8 (Unicode table 3-7): no overlong forms, surrogates or values above
    // U+10FFFF, which Qt's parser refuses as well.
    const auto lead = uchar(*m_pos);
    const qsizetype left = m_end - m_pos;
    int length = 0;
    uchar low = 0x80;
    uchar high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    }
    if (length == 0 || left < length || uchar(m_pos[1]) < low || uchar(m_pos[1]) > high)
        return false;
    for (int i = 2; i < length; ++i) {
        if (!isContinuation(m_pos + i))
            return false;
    }
    m_pos += length;
    return true;
}

bool JsonScanner::literal(QByteArrayView word)
{
    if (m_end - m_pos < word.size() || QByteArrayView(m_pos, word.size()) != word)
        return fail();
    m_pos += word.size();
    return true;
}

QJsonValue JsonScanner::scalar()
{
    switch (peek()) {
    case 't':
        return literal("true") ? QJsonValue(true) : QJsonValue();
    case 'f':
        return literal("false") ? QJsonValue(false) : QJsonValue();
    case 'n':
        return literal("null") ? QJsonValue(QJsonValue::Null) : QJsonValue();
    default:
        return number();
    }
}

QJsonValue JsonScanner::number()
{
    const char *start = m_pos;
    const auto digits = [this](bool *nonZero) {
        const char *from = m_pos;
        for (; m_pos < m_end && isDigit(*m_pos); ++m_pos)
            *nonZero = *nonZero || *m_pos != '0';
        return m_pos > from;
    };
    bool ignored = false;
    bool fraction = false; // a digit but 0 after the point
    bool dot = false;
    bool exponent = false;
    if (m_pos < m_end && *m_pos == '-')
        ++m_pos;
    if (m_pos < m_end && *m_pos == '0')
        ++m_pos;
    else if (!digits(&ignored))
        return fail(), QJsonValue();
    if (m_pos < m_end && *m_pos == '.' && (dot = true, ++m_pos, !digits(&fraction)))
        return fail(), QJsonValue();
    if (m_pos < m_end && (*m_pos == 'e' || *m_pos == 'E')) {
        exponent = true;
        if (++m_pos < m_end && (*m_pos == '+' || *m_pos == '-'))
            ++m_pos;
        if (!digits(&ignored))
            return fail(), QJsonValue();
    }
    if (m_pos == m_end)
        return fail(), QJsonValue();
    const qsizetype length = m_pos - start;
    if (!dot && !exponent && length <= 18) {
        // Counters and versions: too short to overflow, the same as toLongLong below.
        qint64 n = 0;
        for (const char *p = start + (*start == '-'); p < m_pos; ++p)
            n = n * 10 + (*p - '0');
        return QJsonValue(*start == '-' ? -n : n);
    }
    // The same conversions as Qt's parser, so that every value and type matches it: an
    // integer unless there is an exponent or a fraction but zeros, and a whole double
    // ("1.0", "1e18") within qint64 as an integer too.
    const QByteArray text = QByteArray::fromRawData(start, length);
    bool ok = false;
    if (!exponent && !fraction) {
        const qlonglong n = text.toLongLong(&ok);
        if (ok)
            return QJsonValue(qint64(n));
    }
    const double d = text.toDouble(&ok);
    if (!ok) // 1e400, 1e-400
        return fail(), QJsonValue();
    // QJsonValue(double) makes an integer of a whole double only up to 2^53.
    constexpr double limit = 9223372036854775808.0; // 2^63, exact as a double
    if (d >= -limit && d < limit && std::trunc(d) == d)
        return QJsonValue(qint64(d));
    return QJsonValue(d);
}

bool JsonScanner::enter()
{
    return ++m_depth <= kMaxDepth || fail();
}

void JsonScanner::skip()
{
    switch (peek()) {
    case '"':
        string();
        return;
    case '{':
        if (!enter())
            return;
        take('{');
        for (bool first = true; more(first, '}');) {
            string();
            expect(':');
            skip();
        }
        --m_depth;
        return;
    case '[':
        if (!enter())
            return;
        take('[');
        for (bool first = true; more(first, ']');)
            skip();
        --m_depth;
        return;
    default:
        scalar();
    }
}

QVariant JsonScanner::variant()
{
    switch (peek()) {
    case '"':
        return string().toString();
    case '{': {
        if (!enter())
            return {};
        take('{');
        QVariantMap map;
        for (bool first = true; more(first, '}');) {
            const Text key = string();
            expect(':');
            map.insert(key.toString(), variant()); // a repeated key: the last wins, as in Qt
        }
        --m_depth;
        return map;
    }
    case '[': {
        if (!enter())
            return {};
        take('[');
        QVariantList list;
        for (bool first = true; more(first, ']');)
            list.append(variant());
        --m_depth;
        return list;
    }
    default:
        return scalar().toVariant();
    }
}

} // namespace ne
