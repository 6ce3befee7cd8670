// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHashFunctions>

#include <initializer_list>
#include <utility>
#include <vector>

namespace ne {

/// One label: name and value as UTF-8, exactly as they appear on the wire after unescaping.
struct Label
{
    QByteArray name;
    QByteArray value;
    friend bool operator==(const Label &, const Label &) = default;
};

/// The labels of one time series, kept sorted by name so that two sets with the same
/// pairs compare and hash equal whatever order a exporter wrote them in.
/// A value type; cheap to copy for the small sets metrics use (QByteArray is shared).
class LabelSet
{
public:
    LabelSet() = default;
    LabelSet(std::initializer_list<Label> labels);
    explicit LabelSet(std::vector<Label> labels);

    /// Adds or replaces name; keeps the order invariant.
    void set(const QByteArray &name, const QByteArray &value);
    /// The value of name, or a null QByteArray when the label is absent.
    QByteArray value(QByteArrayView name) const;
    bool contains(QByteArrayView name) const;
    /// A copy without name (used to group histogram buckets by everything but le).
    LabelSet without(QByteArrayView name) const;
    /// A copy keeping only the given names: the "sum by (…)" of PromQL.
    LabelSet only(const std::vector<QByteArray> &names) const;

    const std::vector<Label> &labels() const { return m_labels; }
    bool isEmpty() const { return m_labels.empty(); }
    qsizetype size() const { return qsizetype(m_labels.size()); }

    /// {a="x",b="y"} with exposition escaping, or an empty string for no labels.
    QByteArray toText() const;

    friend bool operator==(const LabelSet &, const LabelSet &) = default;
    friend bool operator<(const LabelSet &a, const LabelSet &b);

private:
    std::vector<Label> m_labels;
};

size_t qHash(const LabelSet &set, size_t seed = 0) noexcept;

/// Escapes a label value for the text format: backslash, double quote and line feed.
QByteArray escapeLabelValue(QByteArrayView value);

} // namespace ne
