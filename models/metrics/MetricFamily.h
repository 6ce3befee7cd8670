// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/LabelSet.h"

#include <QByteArray>

#include <optional>
#include <vector>

namespace ne {

enum class MetricType
{
    Untyped,
    Counter,
    Gauge,
    Histogram,
    Summary
};

/// One line of exposition: a full sample name (with _bucket/_sum/_count for histograms),
/// its labels, value and optional timestamp in milliseconds since the epoch.
struct Sample
{
    QByteArray name;
    LabelSet labels;
    double value = 0;
    std::optional<qint64> timestampMs;
};

/// A metric family as Prometheus sees it: one name, one type, one help text and every
/// sample that belongs to it. Both PromTextReader (parsing a scrape) and Registry::collect()
/// (this process's own metrics) produce these, so the rest of the code has one input shape.
struct MetricFamily
{
    QByteArray name;
    MetricType type = MetricType::Untyped;
    QByteArray help; ///< unescaped
    std::vector<Sample> samples;
    /// Set by the reader when a histogram series has no le="+Inf" bucket: its quantiles
    /// are undefined (NaN), its counts still usable.
    bool incompleteHistogram = false;
};

QByteArray metricTypeName(MetricType type);

} // namespace ne
