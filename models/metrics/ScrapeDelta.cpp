// SPDX-License-Identifier: MIT
#include "metrics/ScrapeDelta.h"

#include "metrics/PromLineParser.h"

#include <QHash>

namespace ne {

namespace {
QHash<LabelSet, double> valuesByLabels(const std::vector<MetricFamily> &scrape,
                                       QByteArrayView sampleName)
{
    QHash<LabelSet, double> values;
    for (const Sample *s : ScrapeDelta::samplesNamed(scrape, sampleName))
        values.insert(s->labels, s->value);
    return values;
}

std::optional<double> leOf(const LabelSet &labels)
{
    const QByteArray le = labels.value("le");
    return PromLineParser::parseValue(std::string_view(le.constData(), size_t(le.size())));
}
} // namespace

ScrapeDelta::ScrapeDelta(const std::vector<MetricFamily> &previous,
                         const std::vector<MetricFamily> &current, double seconds)
    : m_previous(previous)
    , m_current(current)
    , m_seconds(seconds)
{}

std::vector<const Sample *> ScrapeDelta::samplesNamed(const std::vector<MetricFamily> &scrape,
                                                      QByteArrayView sampleName)
{
    std::vector<const Sample *> out;
    // Several families may share a prefix (foo and foo_bucket of a histogram named foo).
    for (const MetricFamily &f : scrape) {
        if (!sampleName.startsWith(f.name))
            continue;
        for (const Sample &s : f.samples) {
            if (s.name == sampleName)
                out.push_back(&s);
        }
    }
    return out;
}

std::optional<double> ScrapeDelta::gaugeSum(const std::vector<MetricFamily> &scrape,
                                            QByteArrayView sampleName)
{
    const auto samples = samplesNamed(scrape, sampleName);
    if (samples.empty())
        return std::nullopt;
    double sum = 0;
    for (const Sample *s : samples)
        sum += s->value;
    return sum;
}

std::map<LabelSet, double> ScrapeDelta::increase(QByteArrayView sampleName,
                                                 const std::vector<QByteArray> &by,
                                                 const Filter &filter) const
{
    const QHash<LabelSet, double> before = valuesByLabels(m_previous, sampleName);
    std::map<LabelSet, double> sums;
    for (const Sample *s : samplesNamed(m_current, sampleName)) {
        if (filter && !filter(s->labels))
            continue;
        sums[s->labels.only(by)] += counterIncrease(before.value(s->labels, 0.0), s->value);
    }
    return sums;
}

double ScrapeDelta::totalIncrease(QByteArrayView sampleName, const Filter &filter) const
{
    const auto sums = increase(sampleName, {}, filter);
    return sums.empty() ? 0.0 : sums.begin()->second;
}

std::map<LabelSet, std::vector<Bucket>>
ScrapeDelta::bucketIncrease(QByteArrayView histogramName, const std::vector<QByteArray> &by,
                            const Filter &filter) const
{
    const QByteArray bucketName = histogramName.toByteArray() + "_bucket";
    const QHash<LabelSet, double> before = valuesByLabels(m_previous, bucketName);
    struct Series
    {
        std::vector<std::pair<Bucket, double>> buckets; ///< current count, previous count
        bool reset = false;
    };
    QHash<LabelSet, Series> series;
    for (const Sample *s : samplesNamed(m_current, bucketName)) {
        const std::optional<double> le = leOf(s->labels);
        if (!le || (filter && !filter(s->labels)))
            continue;
        Series &entry = series[s->labels.without("le")];
        const double previous = before.value(s->labels, 0.0);
        entry.reset = entry.reset || s->value < previous;
        entry.buckets.push_back({Bucket{*le, s->value}, previous});
    }
    std::map<LabelSet, std::vector<Bucket>> sums;
    for (auto it = series.cbegin(); it != series.cend(); ++it) {
        std::vector<Bucket> increase;
        increase.reserve(it->buckets.size());
        for (const auto &[bucket, previous] : it->buckets)
            increase.push_back(
                {bucket.upperBound, it->reset ? bucket.count : bucket.count - previous});
        addBuckets(sums[it.key().only(by)], increase);
    }
    return sums;
}

std::vector<Bucket> ScrapeDelta::totalBucketIncrease(QByteArrayView histogramName,
                                                     const Filter &filter) const
{
    auto sums = bucketIncrease(histogramName, {}, filter);
    return sums.empty() ? std::vector<Bucket>{} : std::move(sums.begin()->second);
}

} // namespace ne
