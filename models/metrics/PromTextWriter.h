// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/MetricFamily.h"

#include <QByteArray>

#include <vector>

namespace ne {

/// Renders metric families as Prometheus text exposition format 0.0.4
/// (Content-Type: text/plain; version=0.0.4). Stateless; callable from any thread.
class PromTextWriter
{
public:
    static QByteArray contentType() { return "text/plain; version=0.0.4; charset=utf-8"; }
    /// # HELP and # TYPE once per family, then its samples. Families without samples are
    /// left out, as the Go client does.
    static QByteArray write(const std::vector<MetricFamily> &families);
    static void writeFamily(const MetricFamily &family, QByteArray &out);
};

/// A sample value as the text format spells it: integers plainly, NaN, +Inf, -Inf,
/// otherwise the shortest decimal that reads back to the same double.
QByteArray formatMetricValue(double value);
/// Escapes a HELP text: backslash and line feed.
QByteArray escapeHelp(QByteArrayView help);

} // namespace ne
