// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/MetricFamily.h"

#include <QByteArray>
#include <QByteArrayView>

#include <algorithm>
#include <functional>
#include <initializer_list>
#include <map>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <stdexcept>
#include <vector>

namespace ne {

/// What Registry keeps per metric name: something that can report a MetricFamily.
class Collectable
{
public:
    virtual ~Collectable() = default;
    virtual MetricFamily collect() const = 0;
    virtual MetricType type() const = 0;
    virtual const std::vector<QByteArray> &labelNames() const = 0;
};

/// One metric name with a child per label-value combination (Prometheus' CounterVec and
/// friends). Looking a child up takes a shared lock; callers on hot paths keep the returned
/// reference, which stays valid for the lifetime of the vec, and then pay only atomics.
template<class Metric> class MetricVec final : public Collectable
{
public:
    using Factory = std::function<std::unique_ptr<Metric>()>;

    MetricVec(
        QByteArray name, QByteArray help, std::vector<QByteArray> labelNames,
        Factory factory = [] { return std::make_unique<Metric>(); })
        : m_name(std::move(name))
        , m_help(std::move(help))
        , m_labelNames(std::move(labelNames))
        , m_factory(std::move(factory))
    {}

    /// The child for these label values, given in the order of labelNames(). Throws
    /// std::invalid_argument on a count mismatch: that is a programming error.
    Metric &withLabels(const std::vector<QByteArray> &values) { return child(values); }
    /// The same, for callers on hot paths: an existing child is found without copying the
    /// values into a new vector.
    Metric &withLabels(std::initializer_list<QByteArrayView> values) { return child(values); }
    /// The only child of a vec without labels.
    Metric &get() { return withLabels({}); }

    MetricFamily collect() const override
    {
        MetricFamily family{m_name, Metric::type, m_help, {}, false};
        std::shared_lock lock(m_mutex);
        for (const auto &[values, child] : m_children) {
            std::vector<Label> labels;
            labels.reserve(values.size());
            for (size_t i = 0; i < values.size(); ++i)
                labels.push_back(Label{m_labelNames[i], values[i]});
            child->collectInto(m_name, LabelSet(std::move(labels)), family.samples);
        }
        return family;
    }
    MetricType type() const override { return Metric::type; }
    const std::vector<QByteArray> &labelNames() const override { return m_labelNames; }

private:
    /// Orders label value lists of either kind, so that lookups need not build a key.
    struct ValuesLess
    {
        using is_transparent = void;
        template<class A, class B> bool operator()(const A &a, const B &b) const
        {
            return std::lexicographical_compare(
                a.begin(), a.end(), b.begin(), b.end(),
                [](const auto &x, const auto &y) { return QByteArrayView(x) < QByteArrayView(y); });
        }
    };

    template<class Values> Metric &child(const Values &values)
    {
        if (values.size() != m_labelNames.size())
            throw std::invalid_argument("label value count does not match label names");
        {
            std::shared_lock lock(m_mutex);
            if (auto it = m_children.find(values); it != m_children.end())
                return *it->second;
        }
        std::unique_lock lock(m_mutex);
        std::vector<QByteArray> key;
        key.reserve(values.size());
        for (const auto &v : values)
            key.push_back(QByteArrayView(v).toByteArray());
        auto &slot = m_children[std::move(key)];
        if (!slot)
            slot = m_factory();
        return *slot;
    }

    QByteArray m_name;
    QByteArray m_help;
    std::vector<QByteArray> m_labelNames;
    Factory m_factory;
    mutable std::shared_mutex m_mutex;
    std::map<std::vector<QByteArray>, std::unique_ptr<Metric>, ValuesLess> m_children;
};

} // namespace ne
