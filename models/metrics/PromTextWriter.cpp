// SPDX-License-Identifier: MIT
#include "metrics/PromTextWriter.h"

#include <charconv>
#include <cmath>

namespace ne {

QByteArray formatMetricValue(double value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "+Inf" : "-Inf";
    // Counters are usually whole numbers; print them without an exponent up to 2^53,
    // where doubles stop representing every integer.
    if (value == std::floor(value) && std::fabs(value) < 9007199254740992.0)
        return QByteArray::number(qint64(value));
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return QByteArray(buffer, result.ptr - buffer);
}

QByteArray escapeHelp(QByteArrayView help)
{
    QByteArray out;
    out.reserve(help.size());
    for (char c : help) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

void PromTextWriter::writeFamily(const MetricFamily &family, QByteArray &out)
{
    if (family.samples.empty())
        return;
    if (!family.help.isEmpty()) {
        out += "# HELP " + family.name + ' ' + escapeHelp(family.help) + '\n';
    }
    out += "# TYPE " + family.name + ' ' + metricTypeName(family.type) + '\n';
    for (const Sample &sample : family.samples) {
        out += sample.name;
        out += sample.labels.toText();
        out += ' ';
        out += formatMetricValue(sample.value);
        if (sample.timestampMs) {
            out += ' ';
            out += QByteArray::number(*sample.timestampMs);
        }
        out += '\n';
    }
}

QByteArray PromTextWriter::write(const std::vector<MetricFamily> &families)
{
    QByteArray out;
    out.reserve(qsizetype(families.size()) * 256);
    for (const MetricFamily &family : families)
        writeFamily(family, out);
    return out;
}

} // namespace ne
