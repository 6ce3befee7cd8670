// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/MetricFamily.h"
#include "metrics/Quantile.h"

#include <functional>
#include <map>
#include <vector>

namespace ne {

/// What happened between two scrapes of one source: counter increases and histogram
/// bucket increases, summed over the label sets a caller groups by (PromQL's
/// "sum by (…) (increase(…))"). Counter resets are handled per series; a series missing
/// from the previous scrape counts from zero (labelled children appear on first use).
/// Borrows both scrapes; keep them alive while using it.
class ScrapeDelta
{
public:
    using Filter = std::function<bool(const LabelSet &)>;

    ScrapeDelta(const std::vector<MetricFamily> &previous, const std::vector<MetricFamily> &current,
                double seconds);

    double seconds() const { return m_seconds; }

    /// Increase of every series named sampleName, summed by the labels in by.
    std::map<LabelSet, double> increase(QByteArrayView sampleName,
                                        const std::vector<QByteArray> &by,
                                        const Filter &filter = {}) const;
    /// Sum of the increases of every series named sampleName that passes filter.
    double totalIncrease(QByteArrayView sampleName, const Filter &filter = {}) const;
    /// Bucket increases of histogram name, summed by le and by. A series whose buckets went
    /// down restarted: all its buckets use their new values.
    std::map<LabelSet, std::vector<Bucket>> bucketIncrease(QByteArrayView histogramName,
                                                           const std::vector<QByteArray> &by,
                                                           const Filter &filter = {}) const;
    /// bucketIncrease summed over everything that passes filter.
    std::vector<Bucket> totalBucketIncrease(QByteArrayView histogramName,
                                            const Filter &filter = {}) const;

    /// Current value of gauge samples named sampleName summed; nullopt if none exist.
    static std::optional<double> gaugeSum(const std::vector<MetricFamily> &scrape,
                                          QByteArrayView sampleName);
    /// Every sample named sampleName, whichever family holds it.
    static std::vector<const Sample *> samplesNamed(const std::vector<MetricFamily> &scrape,
                                                    QByteArrayView sampleName);

private:
    const std::vector<MetricFamily> &m_previous;
    const std::vector<MetricFamily> &m_current;
    double m_seconds;
};

} // namespace ne
