// SPDX-License-Identifier: MIT
#include "metrics/Registry.h"

#include "metrics/PromTextWriter.h"

#include <stdexcept>

namespace ne {

namespace {
bool isNameChar(char c, bool first, bool allowColon)
{
    const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    return alpha || (allowColon && c == ':') || (!first && c >= '0' && c <= '9');
}

bool isValidName(QByteArrayView name, bool allowColon)
{
    if (name.isEmpty())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (!isNameChar(name[i], i == 0, allowColon))
            return false;
    }
    return true;
}
} // namespace

bool isValidMetricName(QByteArrayView name)
{
    return isValidName(name, true);
}

bool isValidLabelName(QByteArrayView name)
{
    return isValidName(name, false);
}

Registry::Registry() = default;
Registry::~Registry() = default;

template<class Vec>
Vec &Registry::registerVec(const QByteArray &name, const QByteArray &help,
                           std::vector<QByteArray> &&labelNames, typename Vec::Factory factory)
{
    if (!isValidMetricName(name))
        throw std::invalid_argument("invalid metric name: " + name.toStdString());
    for (const QByteArray &label : labelNames) {
        if (!isValidLabelName(label) || label == "le")
            throw std::invalid_argument("invalid label name: " + label.toStdString());
    }
    std::lock_guard lock(m_mutex);
    auto &slot = m_vecs[name];
    if (!slot) {
        slot = std::make_unique<Vec>(name, help, std::move(labelNames), std::move(factory));
        return static_cast<Vec &>(*slot);
    }
    auto *existing = dynamic_cast<Vec *>(slot.get());
    if (!existing || existing->labelNames() != labelNames)
        throw std::invalid_argument("conflicting registration of " + name.toStdString());
    return *existing;
}

CounterVec &Registry::counter(const QByteArray &name, const QByteArray &help,
                              std::vector<QByteArray> labelNames)
{
    return registerVec<CounterVec>(name, help, std::move(labelNames),
                                   [] { return std::make_unique<Counter>(); });
}

GaugeVec &Registry::gauge(const QByteArray &name, const QByteArray &help,
                          std::vector<QByteArray> labelNames)
{
    return registerVec<GaugeVec>(name, help, std::move(labelNames),
                                 [] { return std::make_unique<Gauge>(); });
}

HistogramVec &Registry::histogram(const QByteArray &name, const QByteArray &help,
                                  std::vector<QByteArray> labelNames,
                                  std::vector<double> upperBounds)
{
    // Validate the bounds now, at registration, rather than at the first observation.
    const Histogram probe(upperBounds);
    return registerVec<HistogramVec>(name, help, std::move(labelNames), [upperBounds] {
        return std::make_unique<Histogram>(upperBounds);
    });
}

void Registry::addCollectHook(std::function<void()> hook)
{
    std::lock_guard lock(m_mutex);
    m_hooks.push_back(std::move(hook));
}

std::vector<MetricFamily> Registry::collect() const
{
    std::vector<std::function<void()>> hooks;
    std::vector<const Collectable *> vecs;
    {
        std::lock_guard lock(m_mutex);
        hooks = m_hooks;
        // Vecs are never removed, so the pointers outlive the lock.
        for (const auto &[name, vec] : m_vecs)
            vecs.push_back(vec.get());
    }
    for (const auto &hook : hooks)
        hook();
    std::vector<MetricFamily> families;
    families.reserve(vecs.size());
    for (const Collectable *vec : vecs)
        families.push_back(vec->collect());
    return families;
}

QByteArray Registry::exposition() const
{
    return PromTextWriter::write(collect());
}

} // namespace ne
