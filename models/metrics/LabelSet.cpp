// SPDX-License-Identifier: MIT
#include "metrics/LabelSet.h"

#include <algorithm>

namespace ne {

namespace {
/// The order of QByteArray's operator<. Label names mostly differ in their first byte,
/// which settles the comparison without a call into QtCore.
bool nameLess(const Label &a, const Label &b)
{
    if (!a.name.isEmpty() && !b.name.isEmpty() && a.name.front() != b.name.front())
        return static_cast<unsigned char>(a.name.front()) <
               static_cast<unsigned char>(b.name.front());
    return a.name < b.name;
}
} // namespace

LabelSet::LabelSet(std::initializer_list<Label> labels)
    : LabelSet(std::vector<Label>(labels))
{}

LabelSet::LabelSet(std::vector<Label> labels)
    : m_labels(std::move(labels))
{
    // Exporters usually write labels in one order already; is_sorted makes that free.
    if (!std::is_sorted(m_labels.begin(), m_labels.end(), nameLess))
        std::stable_sort(m_labels.begin(), m_labels.end(), nameLess);
}

void LabelSet::set(const QByteArray &name, const QByteArray &value)
{
    const Label probe{name, {}};
    auto it = std::lower_bound(m_labels.begin(), m_labels.end(), probe, nameLess);
    if (it != m_labels.end() && it->name == name)
        it->value = value;
    else
        m_labels.insert(it, Label{name, value});
}

QByteArray LabelSet::value(QByteArrayView name) const
{
    for (const Label &label : m_labels) {
        if (label.name == name)
            return label.value;
    }
    return {};
}

bool LabelSet::contains(QByteArrayView name) const
{
    return std::any_of(m_labels.begin(), m_labels.end(),
                       [name](const Label &label) { return label.name == name; });
}

LabelSet LabelSet::without(QByteArrayView name) const
{
    LabelSet copy;
    copy.m_labels.reserve(m_labels.size());
    for (const Label &label : m_labels) {
        if (label.name != name)
            copy.m_labels.push_back(label);
    }
    return copy;
}

LabelSet LabelSet::only(const std::vector<QByteArray> &names) const
{
    LabelSet copy;
    for (const Label &label : m_labels) {
        if (std::find(names.begin(), names.end(), label.name) != names.end())
            copy.m_labels.push_back(label);
    }
    return copy;
}

QByteArray LabelSet::toText() const
{
    if (m_labels.empty())
        return {};
    QByteArray text;
    text.reserve(64);
    text += '{';
    for (size_t i = 0; i < m_labels.size(); ++i) {
        if (i > 0)
            text += ',';
        text += m_labels[i].name;
        text += "=\"";
        text += escapeLabelValue(m_labels[i].value);
        text += '"';
    }
    text += '}';
    return text;
}

bool operator<(const LabelSet &a, const LabelSet &b)
{
    return std::lexicographical_compare(a.m_labels.begin(), a.m_labels.end(), b.m_labels.begin(),
                                        b.m_labels.end(), [](const Label &x, const Label &y) {
                                            return x.name != y.name ? x.name < y.name
                                                                    : x.value < y.value;
                                        });
}

size_t qHash(const LabelSet &set, size_t seed) noexcept
{
    QtPrivate::QHashCombine combine;
    for (const Label &label : set.labels()) {
        seed = combine(seed, label.name);
        seed = combine(seed, label.value);
    }
    return seed;
}

QByteArray escapeLabelValue(QByteArrayView value)
{
    QByteArray out;
    out.reserve(value.size());
    for (char c : value) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '"':
            out += "\\\"";
            break;
        case '\n':
            out += "\\n";
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace ne
