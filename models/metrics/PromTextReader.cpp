// SPDX-License-Identifier: MIT
#include "metrics/PromTextReader.h"

#include "metrics/PromLineParser.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace ne {

QString ParseIssue::toString() const
{
    if (line <= 0)
        return message;
    return QCoreApplication::translate("ne::ParseIssue", "line %1: %2").arg(line).arg(message);
}

const MetricFamily *ParseResult::family(QByteArrayView name) const
{
    for (const MetricFamily &f : families) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

namespace {

constexpr std::string_view histogramSuffixes[] = {"_bucket", "_sum", "_count"};

/// Which suffix (index into histogramSuffixes) turns base into name, or -1.
int suffixOf(const QByteArray &name, const QByteArray &base)
{
    if (!name.startsWith(base))
        return -1;
    const std::string_view rest(name.constData() + base.size(), size_t(name.size() - base.size()));
    for (int i = 0; i < 3; ++i) {
        if (rest == histogramSuffixes[i])
            return i;
    }
    return -1;
}

bool sameBuffer(const QByteArray &a, QByteArrayView b)
{
    return a.constData() == b.data() && a.size() == b.size();
}

/// Equal bytes. The line parser interns what it reads, so within one scrape equal strings
/// are mostly one shared buffer: comparing the pointers first skips the memory compare.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    return sameBuffer(a, b) || a == b;
}

/// Compared as a view: QByteArray == "le" would call into QtCore for every label.
bool isLe(const Label &label)
{
    return QByteArrayView(label.name) == QByteArrayView("le");
}

/// The le label of a bucket, or nullptr; a pointer, not a copy, to spare the reference count.
const QByteArray *leOf(const LabelSet &labels)
{
    const auto it = std::find_if(labels.labels().begin(), labels.labels().end(), isLe);
    return it != labels.labels().end() ? &it->value : nullptr;
}

bool sameSeriesExceptLe(const LabelSet &a, const LabelSet &b)
{
    auto ia = a.labels().begin(), ib = b.labels().begin();
    const auto ea = a.labels().end(), eb = b.labels().end();
    for (;;) {
        while (ia != ea && isLe(*ia))
            ++ia;
        while (ib != eb && isLe(*ib))
            ++ib;
        if (ia == ea || ib == eb)
            return ia == ea && ib == eb;
        if (!sameBytes(ia->name, ib->name) || !sameBytes(ia->value, ib->value))
            return false;
        ++ia, ++ib;
    }
}

/// One parse: the document-level state the line parser does not know about.
class ParseSession
{
    Q_DECLARE_TR_FUNCTIONS(PromTextReader)
public:
    explicit ParseSession(const PromTextReader::Limits &limits)
        : m_limits(limits)
        , m_lines(limits.maxLabelsPerSample)
    {}

    ParseResult run(QByteArrayView text);

private:
    struct FamilyState
    {
        bool hasHelp = false;
        bool hasType = false;
        bool hasSamples = false;
    };
    struct OpenSeries
    {
        int family = -1;
        size_t sample = 0;
        bool sawInf = false;
        int line = 0;
    };

    bool handleLine(std::string_view line);
    bool handleComment(std::string_view line);
    bool handleSample(std::string_view line);
    int familyFor(const QByteArray &sampleName);
    int addFamily(const QByteArray &name);
    bool checkHistogramSample(int family, const Sample &sample);
    void closeSeries();
    bool fail(const QString &message);

    const PromTextReader::Limits &m_limits;
    PromLineParser m_lines;
    ParseResult m_result;
    std::vector<FamilyState> m_states;
    QHash<QByteArray, int> m_index;
    int m_current = -1;
    // The last sample's (interned) name, whose family is m_current, and the last histogram
    // sample's name, family and suffix. Views of the interner's buffers: copying the
    // QByteArrays would cost two atomic operations per sample.
    QByteArrayView m_currentName;
    QByteArrayView m_suffixName;
    int m_suffixFamily = -1;
    int m_suffix = -1;
    int m_lineNumber = 0;
    qsizetype m_sampleCount = 0;
    OpenSeries m_open;
};

bool ParseSession::fail(const QString &message)
{
    m_result.error = ParseIssue{m_lineNumber, message};
    return false;
}

int ParseSession::addFamily(const QByteArray &name)
{
    m_result.families.push_back(MetricFamily{name, MetricType::Untyped, {}, {}, false});
    m_states.push_back({});
    const int index = int(m_result.families.size()) - 1;
    m_index.insert(name, index);
    return index;
}

int ParseSession::familyFor(const QByteArray &sampleName)
{
    auto belongs = [&](int index) {
        const MetricFamily &f = m_result.families[size_t(index)];
        if (f.type == MetricType::Histogram)
            return suffixOf(sampleName, f.name) >= 0;
        if (f.type == MetricType::Summary)
            return sampleName == f.name || suffixOf(sampleName, f.name) >= 1;
        return sampleName == f.name;
    };
    if (m_current >= 0 && belongs(m_current))
        return m_current;
    if (auto it = m_index.constFind(sampleName); it != m_index.constEnd())
        return *it;
    for (std::string_view suffix : histogramSuffixes) {
        if (!sampleName.endsWith(QByteArrayView(suffix.data(), qsizetype(suffix.size()))))
            continue;
        const QByteArray base = sampleName.chopped(qsizetype(suffix.size()));
        if (auto it = m_index.constFind(base); it != m_index.constEnd() && belongs(*it))
            return *it;
    }
    return addFamily(sampleName);
}

void ParseSession::closeSeries()
{
    if (m_open.family < 0)
        return;
    if (!m_open.sawInf) {
        MetricFamily &f = m_result.families[size_t(m_open.family)];
        f.incompleteHistogram = true;
        const Sample &s = f.samples[m_open.sample];
        m_result.warnings.push_back(ParseIssue{
            m_open.line, tr("histogram %1%2 has no le=\"+Inf\" bucket; its quantiles are undefined")
                             .arg(QString::fromUtf8(f.name),
                                  QString::fromUtf8(s.labels.without("le").toText()))});
    }
    m_open = OpenSeries{};
}

bool ParseSession::checkHistogramSample(int family, const Sample &sample)
{
    const MetricFamily &f = m_result.families[size_t(family)];
    if (sample.name == f.name)
        return fail(tr("histogram %1 has a sample without _bucket, _sum or _count")
                        .arg(QString::fromUtf8(f.name)));
    if (family != m_suffixFamily || !sameBuffer(sample.name, m_suffixName)) {
        m_suffix = suffixOf(sample.name, f.name);
        m_suffixName = sample.name;
        m_suffixFamily = family;
    }
    if (m_suffix != 0) {
        closeSeries();
        return true;
    }
    const QByteArray *le = leOf(sample.labels);
    const std::optional<double> bound =
        le ? PromLineParser::parseValue(std::string_view(le->constData(), size_t(le->size())))
           : std::nullopt;
    if (!bound || std::isnan(*bound))
        return fail(
            tr("histogram bucket %1 needs a numeric le label").arg(QString::fromUtf8(sample.name)));
    if (m_open.family != family ||
        !sameSeriesExceptLe(f.samples[m_open.sample].labels, sample.labels)) {
        closeSeries();
        m_open = OpenSeries{family, f.samples.size(), false, m_lineNumber};
    }
    m_open.sample = f.samples.size();
    m_open.sawInf = m_open.sawInf || std::isinf(*bound);
    return true;
}

bool ParseSession::handleSample(std::string_view line)
{
    Sample sample;
    QString error;
    if (!m_lines.parseSample(line, sample, error))
        return fail(error);
    if (++m_sampleCount > m_limits.maxSamples)
        return fail(tr("more than %1 samples").arg(m_limits.maxSamples));
    // Consecutive samples mostly share their (interned) name: the family found for the
    // last one is this one's too.
    const bool sameName = m_current >= 0 && sameBuffer(sample.name, m_currentName);
    const int family = sameName ? m_current : familyFor(sample.name);
    m_current = family;
    m_currentName = sample.name;
    if (m_result.families[size_t(family)].type == MetricType::Histogram) {
        if (!checkHistogramSample(family, sample))
            return false;
    } else {
        closeSeries();
    }
    m_states[size_t(family)].hasSamples = true;
    m_result.families[size_t(family)].samples.push_back(std::move(sample));
    return true;
}

bool ParseSession::handleComment(std::string_view line)
{
    PromLineParser::Comment comment;
    QString error;
    if (!m_lines.parseComment(line, comment, error))
        return fail(error);
    if (comment.kind == PromLineParser::CommentKind::Plain)
        return true;
    closeSeries();
    auto it = m_index.constFind(comment.name);
    const int family = it != m_index.constEnd() ? *it : addFamily(comment.name);
    FamilyState &state = m_states[size_t(family)];
    MetricFamily &f = m_result.families[size_t(family)];
    const QString name = QString::fromUtf8(comment.name);
    if (comment.kind == PromLineParser::CommentKind::Help) {
        if (state.hasHelp)
            return fail(tr("second # HELP line for %1").arg(name));
        state.hasHelp = true;
        f.help = comment.help;
    } else {
        if (state.hasType)
            return fail(tr("second # TYPE line for %1").arg(name));
        if (state.hasSamples)
            return fail(tr("# TYPE line for %1 comes after its samples").arg(name));
        state.hasType = true;
        f.type = comment.type;
    }
    m_current = family;
    m_currentName = {};
    return true;
}

bool ParseSession::handleLine(std::string_view line)
{
    if (!line.empty() && line.back() == '\r')
        return fail(tr("line ends with a carriage return; the format needs plain line feeds"));
    size_t first = 0;
    while (first < line.size() && (line[first] == ' ' || line[first] == '\t'))
        ++first;
    if (first == line.size())
        return true;
    if (line[first] == '#')
        return handleComment(line.substr(first));
    return handleSample(line.substr(first));
}

ParseResult ParseSession::run(QByteArrayView text)
{
    if (text.size() > m_limits.maxBytes) {
        m_result.error = ParseIssue{0, tr("the payload is %1 KiB, over the limit of %2 KiB")
                                           .arg(text.size() / 1024)
                                           .arg(m_limits.maxBytes / 1024)};
        return std::move(m_result);
    }
    const QByteArrayView head = text.trimmed().first(std::min<qsizetype>(text.trimmed().size(), 1));
    if (head == "<") {
        m_result.error = ParseIssue{0, tr("the response is HTML, not Prometheus metrics")};
        return std::move(m_result);
    }
    if (head == "{" || head == "[") {
        m_result.error = ParseIssue{0, tr("the response is JSON, not Prometheus metrics")};
        return std::move(m_result);
    }
    const char *pos = text.data();
    const char *const end = pos + text.size();
    while (pos < end) {
        ++m_lineNumber;
        const char *newline = static_cast<const char *>(std::memchr(pos, '\n', size_t(end - pos)));
        if (!newline) {
            fail(tr("the payload ends in the middle of a line (truncated?)"));
            break;
        }
        if (!handleLine(std::string_view(pos, size_t(newline - pos))))
            break;
        pos = newline + 1;
    }
    if (m_result.error) {
        m_result.families.clear();
        m_result.warnings.clear();
        return std::move(m_result);
    }
    closeSeries();
    return std::move(m_result);
}

} // namespace

ParseResult PromTextReader::parse(QByteArrayView text) const
{
    ParseSession session(m_limits);
    return session.run(text);
}

} // namespace ne
