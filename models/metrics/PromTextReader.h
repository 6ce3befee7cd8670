// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/MetricFamily.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace ne {

/// A problem found while reading: line is 1-based, 0 for the payload as a whole.
struct ParseIssue
{
    int line = 0;
    QString message;
    /// "line 12: expected '=' after label name \"method\"" — ready for a status label.
    QString toString() const;
};

/// What one scrape parsed into. When error is set, families is empty: a strict reader
/// never hands out half a scrape, because rates across a partial one would be wrong.
struct ParseResult
{
    std::vector<MetricFamily> families;
    std::optional<ParseIssue> error;
    /// Non-fatal findings, e.g. a histogram without le="+Inf" (its quantiles are NaN).
    std::vector<ParseIssue> warnings;

    bool ok() const { return !error.has_value(); }
    /// The family named name, or nullptr.
    const MetricFamily *family(QByteArrayView name) const;
};

/// A strict parser for the Prometheus text exposition format 0.0.4. It rejects what
/// Prometheus' own parser rejects (bad names, escapes, values, timestamps, duplicate or
/// misplaced HELP/TYPE), plus payloads that are HTML, truncated (no final line feed) or
/// larger than the configured cap. Pure function of its input; callable on any thread.
class PromTextReader
{
    Q_DECLARE_TR_FUNCTIONS(PromTextReader)
public:
    struct Limits
    {
        qsizetype maxBytes = 16 * 1024 * 1024;
        qsizetype maxSamples = 2'000'000;
        int maxLabelsPerSample = 128;
    };

    PromTextReader() = default;
    explicit PromTextReader(Limits limits)
        : m_limits(limits)
    {}

    ParseResult parse(QByteArrayView text) const;
    const Limits &limits() const { return m_limits; }

private:
    Limits m_limits;
};

} // namespace ne
