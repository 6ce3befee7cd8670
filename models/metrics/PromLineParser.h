// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/MetricFamily.h"
#include "metrics/StringInterner.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <string>

namespace ne {

/// The syntax of single lines of the text format: sample lines and # HELP / # TYPE.
/// PromTextReader owns the document-level rules (grouping, histograms, limits).
/// Errors are returned as translated messages; the caller adds the line number.
class PromLineParser
{
    Q_DECLARE_TR_FUNCTIONS(PromLineParser)
public:
    explicit PromLineParser(int maxLabels = 128)
        : m_maxLabels(maxLabels)
    {}

    /// "name{labels} value [timestamp]". On failure returns false and sets error.
    bool parseSample(std::string_view line, Sample &out, QString &error);

    enum class CommentKind
    {
        Plain,
        Help,
        Type
    };
    struct Comment
    {
        CommentKind kind = CommentKind::Plain;
        QByteArray name;
        QByteArray help;
        MetricType type = MetricType::Untyped;
    };
    /// A line starting with '#'. Anything but HELP/TYPE is a plain comment.
    bool parseComment(std::string_view line, Comment &out, QString &error);

    /// Go's strconv.ParseFloat subset Prometheus emits: decimal with optional sign and
    /// exponent, and Inf/+Inf/-Inf/Infinity/NaN in any case.
    static std::optional<double> parseValue(std::string_view text);

private:
    bool parseLabels(std::string_view line, size_t &pos, std::vector<Label> &labels,
                     QString &error);
    /// The interned, unescaped value of the quoted label value at pos; nullptr on failure.
    const QByteArray *parseLabelValue(std::string_view line, size_t &pos, QString &error);
    bool parseValueAndTimestamp(std::string_view rest, Sample &out, QString &error);

    StringInterner m_strings;
    std::string m_scratch;
    QByteArray m_previousName; ///< the last sample's metric name
    int m_maxLabels;
};

} // namespace ne
