// SPDX-License-Identifier: MIT
#include "metrics/PromLineParser.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>

namespace ne {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

void skipBlanks(std::string_view s, size_t &pos)
{
    while (pos < s.size() && isBlank(s[pos]))
        ++pos;
}

enum CharClass : unsigned char
{
    NameStart = 1, // [a-zA-Z_]
    Digit = 2,
    Colon = 4,
};

constexpr std::array<unsigned char, 256> charClasses()
{
    std::array<unsigned char, 256> table{};
    for (int c = 'a'; c <= 'z'; ++c)
        table[size_t(c)] = NameStart;
    for (int c = 'A'; c <= 'Z'; ++c)
        table[size_t(c)] = NameStart;
    table['_'] = NameStart;
    for (int c = '0'; c <= '9'; ++c)
        table[size_t(c)] = Digit;
    table[':'] = Colon;
    return table;
}

constexpr std::array<unsigned char, 256> kCharClasses = charClasses();

bool is(char c, unsigned char classes)
{
    return (kCharClasses[static_cast<unsigned char>(c)] & classes) != 0;
}

bool isNameStart(char c)
{
    return is(c, NameStart);
}

bool isNameChar(char c)
{
    return is(c, NameStart | Digit);
}

/// Length of the metric name at pos ([a-zA-Z_:][a-zA-Z0-9_:]*), 0 if none.
size_t metricNameLength(std::string_view s, size_t pos)
{
    if (pos >= s.size() || !is(s[pos], NameStart | Colon))
        return 0;
    size_t end = pos + 1;
    while (end < s.size() && is(s[end], NameStart | Digit | Colon))
        ++end;
    return end - pos;
}

size_t labelNameLength(std::string_view s, size_t pos)
{
    if (pos >= s.size() || !isNameStart(s[pos]))
        return 0;
    size_t end = pos + 1;
    while (end < s.size() && isNameChar(s[end]))
        ++end;
    return end - pos;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return (x | 0x20) == (y | 0x20);
           });
}

/// Strict UTF-8 check (no overlongs, no surrogates); label values must be valid UTF-8.
bool isValidUtf8(std::string_view s)
{
    return QUtf8StringView(s.data(), qsizetype(s.size())).isValidUtf8();
}

/// Digits with at most one point and no more than 15 digits in all ("0.025", "1200"):
/// mantissa and power of ten are then exact doubles, so the one rounding of the division
/// gives the same double as from_chars (Clinger's fast path) at a fraction of the cost.
/// Anything else, exponents included, is nullopt and left to from_chars.
std::optional<double> parseShortDecimal(std::string_view s)
{
    static constexpr double powersOfTen[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                             1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    constexpr int maxDigits = 15;
    std::uint64_t mantissa = 0;
    int digits = 0;
    int fractionDigits = 0;
    bool point = false;
    for (const char c : s) {
        if (c >= '0' && c <= '9') {
            if (++digits > maxDigits)
                return std::nullopt;
            mantissa = mantissa * 10 + std::uint64_t(c - '0');
            fractionDigits += point ? 1 : 0;
        } else if (c == '.' && !point) {
            point = true;
        } else {
            return std::nullopt;
        }
    }
    if (digits == 0)
        return std::nullopt;
    return double(mantissa) / powersOfTen[fractionDigits];
}

QString quoted(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(std::min<size_t>(s.size(), 60)));
}

} // namespace

std::optional<double> PromLineParser::parseValue(std::string_view text)
{
    if (text.empty())
        return std::nullopt;
    std::string_view body = text;
    const bool negative = body.front() == '-';
    if (body.front() == '+' || body.front() == '-')
        body.remove_prefix(1);
    if (equalsIgnoreCase(body, "inf") || equalsIgnoreCase(body, "infinity"))
        return negative ? -std::numeric_limits<double>::infinity()
                        : std::numeric_limits<double>::infinity();
    if (equalsIgnoreCase(body, "nan"))
        return std::numeric_limits<double>::quiet_NaN();
    if (body.empty() || !(body.front() == '.' || (body.front() >= '0' && body.front() <= '9')))
        return std::nullopt;
    if (const std::optional<double> value = parseShortDecimal(body))
        return negative ? -*value : *value;
    double value = 0;
    const auto [end, ec] = std::from_chars(body.data(), body.data() + body.size(), value);
    // Out-of-range literals become ±Inf or 0 like Go's ParseFloat would rather than failing.
    if (ec == std::errc::result_out_of_range)
        value = std::strtod(std::string(body).c_str(), nullptr);
    else if (ec != std::errc() || end != body.data() + body.size())
        return std::nullopt;
    return negative ? -value : value;
}

const QByteArray *PromLineParser::parseLabelValue(std::string_view line, size_t &pos,
                                                  QString &error)
{
    const size_t start = ++pos; // after the opening quote
    // One pass finds the end of a plain value and whether it has a non-ASCII byte:
    // find_first_of("\"\\") would search its character set once for every byte.
    size_t close = start;
    unsigned char seen = 0;
    while (close < line.size() && line[close] != '"' && line[close] != '\\') {
        seen |= static_cast<unsigned char>(line[close]);
        ++close;
    }
    if (close < line.size() && line[close] == '"') {
        // Common case: no escapes, the value is a plain slice. ASCII is valid UTF-8.
        const std::string_view raw = line.substr(start, close - start);
        if ((seen & 0x80) != 0 && !isValidUtf8(raw)) {
            error = tr("label value is not valid UTF-8");
            return nullptr;
        }
        pos = close + 1;
        return &m_strings.intern(raw);
    }
    m_scratch.assign(line.substr(start, close - start));
    for (size_t i = close; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '"') {
            if (!isValidUtf8(m_scratch)) {
                error = tr("label value is not valid UTF-8");
                return nullptr;
            }
            pos = i + 1;
            return &m_strings.intern(m_scratch);
        }
        if (c != '\\') {
            m_scratch += c;
            continue;
        }
        const char next = i + 1 < line.size() ? line[++i] : '\0';
        if (next == '\\' || next == '"')
            m_scratch += next;
        else if (next == 'n')
            m_scratch += '\n';
        else {
            error = tr("invalid escape sequence in label value");
            return nullptr;
        }
    }
    error = tr("label value has no closing quote");
    return nullptr;
}

bool PromLineParser::parseLabels(std::string_view line, size_t &pos, std::vector<Label> &labels,
                                 QString &error)
{
    ++pos; // '{'
    for (;;) {
        skipBlanks(line, pos);
        if (pos < line.size() && line[pos] == '}') {
            ++pos;
            return true;
        }
        const size_t nameLength = labelNameLength(line, pos);
        if (nameLength == 0) {
            error = pos >= line.size() ? tr("label set has no closing brace")
                                       : tr("invalid label name at column %1").arg(pos + 1);
            return false;
        }
        const std::string_view name = line.substr(pos, nameLength);
        if (name == "__name__") {
            error = tr("label name __name__ is reserved");
            return false;
        }
        pos += nameLength;
        skipBlanks(line, pos);
        if (pos >= line.size() || line[pos] != '=') {
            error = tr("expected '=' after label name %1").arg(quoted(name));
            return false;
        }
        ++pos;
        skipBlanks(line, pos);
        if (pos >= line.size() || line[pos] != '"') {
            error = tr("expected '\"' to start the value of label %1").arg(quoted(name));
            return false;
        }
        const QByteArray &internedName = m_strings.intern(name);
        const QByteArray *value = parseLabelValue(line, pos, error);
        if (!value)
            return false;
        if (std::any_of(
                labels.begin(), labels.end(),
                // Interned: equal names are the same buffer.
                [&](const Label &l) { return l.name.constData() == internedName.constData(); })) {
            error = tr("duplicate label name %1").arg(quoted(name));
            return false;
        }
        if (int(labels.size()) >= m_maxLabels) {
            error = tr("more than %1 labels on one sample").arg(m_maxLabels);
            return false;
        }
        labels.push_back(Label{internedName, *value});
        skipBlanks(line, pos);
        if (pos < line.size() && line[pos] == ',')
            ++pos;
        else if (pos >= line.size() || line[pos] != '}') {
            error = tr("expected ',' or '}' after the value of label %1").arg(quoted(name));
            return false;
        }
    }
}

bool PromLineParser::parseValueAndTimestamp(std::string_view rest, Sample &out, QString &error)
{
    size_t pos = 0;
    skipBlanks(rest, pos);
    size_t end = pos;
    while (end < rest.size() && !isBlank(rest[end]))
        ++end;
    const std::string_view valueText = rest.substr(pos, end - pos);
    if (valueText.empty()) {
        error = tr("sample has no value");
        return false;
    }
    const std::optional<double> value = parseValue(valueText);
    if (!value) {
        error = tr("invalid sample value %1").arg(quoted(valueText));
        return false;
    }
    out.value = *value;
    out.timestampMs.reset();
    pos = end;
    skipBlanks(rest, pos);
    if (pos == rest.size())
        return true;
    end = pos;
    while (end < rest.size() && !isBlank(rest[end]))
        ++end;
    qint64 timestamp = 0;
    const auto [tsEnd, ec] = std::from_chars(rest.data() + pos, rest.data() + end, timestamp);
    if (ec != std::errc() || tsEnd != rest.data() + end) {
        error = tr("invalid timestamp %1").arg(quoted(rest.substr(pos, end - pos)));
        return false;
    }
    out.timestampMs = timestamp;
    pos = end;
    skipBlanks(rest, pos);
    if (pos != rest.size()) {
        error = tr("unexpected text after the timestamp");
        return false;
    }
    return true;
}

bool PromLineParser::parseSample(std::string_view line, Sample &out, QString &error)
{
    size_t pos = 0;
    // Consecutive samples mostly share their name (a histogram's buckets).
    const auto previous =
        std::string_view(m_previousName.constData(), size_t(m_previousName.size()));
    size_t nameLength = previous.size();
    if (!previous.empty() && line.substr(0, nameLength) == previous &&
        (line.size() == nameLength || !is(line[nameLength], NameStart | Digit | Colon))) {
        out.name = m_previousName;
    } else {
        nameLength = metricNameLength(line, pos);
        if (nameLength == 0) {
            error = tr("invalid metric name at the start of the line");
            return false;
        }
        out.name = m_strings.intern(line.substr(0, nameLength));
        m_previousName = out.name;
    }
    pos = nameLength;
    skipBlanks(line, pos);
    std::vector<Label> labels;
    if (pos < line.size() && line[pos] == '{') {
        labels.reserve(6);
        if (!parseLabels(line, pos, labels, error))
            return false;
    } else if (pos == nameLength && pos < line.size()) {
        error = tr("invalid character in metric name at column %1").arg(pos + 1);
        return false;
    }
    out.labels = LabelSet(std::move(labels));
    return parseValueAndTimestamp(line.substr(pos), out, error);
}

bool PromLineParser::parseComment(std::string_view line, Comment &out, QString &error)
{
    size_t pos = 1; // after '#'
    skipBlanks(line, pos);
    const bool help = line.substr(pos, 5) == "HELP " || line.substr(pos, 5) == "HELP\t";
    const bool type = line.substr(pos, 5) == "TYPE " || line.substr(pos, 5) == "TYPE\t";
    out = Comment{};
    if (!help && !type)
        return true;
    pos += 5;
    skipBlanks(line, pos);
    const size_t nameLength = metricNameLength(line, pos);
    if (nameLength == 0) {
        error = tr("invalid metric name in # %1 line").arg(help ? u"HELP" : u"TYPE");
        return false;
    }
    out.name = m_strings.intern(line.substr(pos, nameLength));
    pos += nameLength;
    if (pos < line.size() && !isBlank(line[pos])) {
        error = tr("invalid character in metric name at column %1").arg(pos + 1);
        return false;
    }
    skipBlanks(line, pos);
    std::string_view rest = line.substr(pos);
    if (help) {
        out.kind = CommentKind::Help;
        m_scratch.clear();
        for (size_t i = 0; i < rest.size(); ++i) {
            if (rest[i] != '\\' || i + 1 >= rest.size()) {
                m_scratch += rest[i];
                continue;
            }
            const char next = rest[++i];
            if (next != '\\' && next != 'n') {
                error = tr("invalid escape sequence in HELP text");
                return false;
            }
            m_scratch += next == 'n' ? '\n' : '\\';
        }
        out.help = QByteArray(m_scratch.data(), qsizetype(m_scratch.size()));
        return true;
    }
    while (!rest.empty() && isBlank(rest.back()))
        rest.remove_suffix(1);
    static constexpr std::pair<std::string_view, MetricType> types[] = {
        {"counter", MetricType::Counter},     {"gauge", MetricType::Gauge},
        {"histogram", MetricType::Histogram}, {"summary", MetricType::Summary},
        {"untyped", MetricType::Untyped},
    };
    for (const auto &[text, kind] : types) {
        if (rest == text) {
            out.kind = CommentKind::Type;
            out.type = kind;
            return true;
        }
    }
    error = tr("unknown metric type %1").arg(quoted(rest));
    return false;
}

} // namespace ne
