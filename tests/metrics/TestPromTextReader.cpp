// SPDX-License-Identifier: MIT
#include "metrics/PromTextReader.h"

#include <QFile>
#include <QTest>

#include <bit>
#include <cmath>
#include <cstdlib>

using namespace ne;
using namespace Qt::StringLiterals;

/// The reader against valid and hostile exposition text: every rejection names its line.
class TestPromTextReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void specialValues();
    void decimalValues_data();
    void decimalValues();
    void escapedLabels();
    void histogramWithoutInf();
    void sizeCap();
    void goClientPayload();
    void similarLinesParseAlike();
};

void TestPromTextReader::valid_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("families");
    QTest::addColumn<int>("samples");

    QTest::newRow("empty") << QByteArray() << 0 << 0;
    QTest::newRow("blank lines") << QByteArray("\n\n  \n") << 0 << 0;
    QTest::newRow("plain comment") << QByteArray("# just a comment\n") << 0 << 0;
    QTest::newRow("untyped") << QByteArray("up 1\n") << 1 << 1;
    QTest::newRow("counter with help")
        << QByteArray("# HELP a_total Things.\n# TYPE a_total counter\na_total 3\n") << 1 << 1;
    QTest::newRow("labels and trailing comma") << QByteArray("x{a=\"1\",b=\"2\",} 4\n") << 1 << 1;
    QTest::newRow("spaces around labels") << QByteArray("x{ a = \"1\" , b=\"2\" } 4\n") << 1 << 1;
    QTest::newRow("empty braces") << QByteArray("x{} 4\n") << 1 << 1;
    QTest::newRow("timestamp") << QByteArray("x 4 1700000000000\n") << 1 << 1;
    QTest::newRow("negative timestamp") << QByteArray("x 4 -5\n") << 1 << 1;
    QTest::newRow("tabs") << QByteArray("x\t4\t17\n") << 1 << 1;
    QTest::newRow("exponent") << QByteArray("x 1.5e-3\n") << 1 << 1;
    QTest::newRow("colon name") << QByteArray("job:rate5m 2\n") << 1 << 1;
    QTest::newRow("utf8 value") << QByteArray("x{city=\"Zürich 北京\"} 1\n") << 1 << 1;
    QTest::newRow("histogram") << QByteArray("# TYPE h histogram\n"
                                             "h_bucket{le=\"0.1\"} 1\n"
                                             "h_bucket{le=\"+Inf\"} 2\n"
                                             "h_sum 0.3\nh_count 2\n")
                               << 1 << 4;
    QTest::newRow("two families") << QByteArray("# TYPE a gauge\na 1\n# TYPE b gauge\nb 2\n") << 2
                                  << 2;
    QTest::newRow("summary") << QByteArray(
                                    "# TYPE s summary\ns{quantile=\"0.5\"} 1\ns_sum 3\ns_count 2\n")
                             << 1 << 3;
}

void TestPromTextReader::valid()
{
    QFETCH(QByteArray, text);
    QFETCH(int, families);
    QFETCH(int, samples);
    const ParseResult result = PromTextReader().parse(text);
    QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
    QCOMPARE(int(result.families.size()), families);
    int total = 0;
    for (const MetricFamily &f : result.families)
        total += int(f.samples.size());
    QCOMPARE(total, samples);
}

void TestPromTextReader::invalid_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("truncated mid-line") << QByteArray("a 1\nb{x=\"y") << 2 << u"truncated"_s;
    QTest::newRow("truncated no newline") << QByteArray("a 1\nb 2") << 2 << u"truncated"_s;
    QTest::newRow("html") << QByteArray("<!DOCTYPE html><html></html>\n") << 0 << u"HTML"_s;
    QTest::newRow("json") << QByteArray("{\"error\":\"nope\"}\n") << 0 << u"JSON"_s;
    QTest::newRow("bad name") << QByteArray("a 1\n1abc 2\n") << 2 << u"metric name"_s;
    QTest::newRow("dash in name") << QByteArray("a-b 1\n") << 1 << u"metric name"_s;
    QTest::newRow("no value") << QByteArray("a\n") << 1 << u"no value"_s;
    QTest::newRow("bad value") << QByteArray("a one\n") << 1 << u"invalid sample value"_s;
    QTest::newRow("hex value") << QByteArray("a 0x10\n") << 1 << u"invalid sample value"_s;
    QTest::newRow("bad timestamp") << QByteArray("a 1 12.5\n") << 1 << u"timestamp"_s;
    QTest::newRow("junk after timestamp") << QByteArray("a 1 12 x\n") << 1 << u"after the"_s;
    QTest::newRow("unclosed labels") << QByteArray("a{b=\"c\" 1\n") << 1 << u"','"_s;
    QTest::newRow("unquoted label") << QByteArray("a{b=c} 1\n") << 1 << u"'\"'"_s;
    QTest::newRow("missing equals") << QByteArray("a{b\"c\"} 1\n") << 1 << u"'='"_s;
    QTest::newRow("bad escape") << QByteArray("a{b=\"\\t\"} 1\n") << 1 << u"escape"_s;
    QTest::newRow("unterminated value") << QByteArray("a{b=\"c} 1\n") << 1 << u"closing quote"_s;
    QTest::newRow("duplicate label") << QByteArray("a{b=\"1\",b=\"2\"} 1\n") << 1 << u"duplicate"_s;
    QTest::newRow("reserved label") << QByteArray("a{__name__=\"x\"} 1\n") << 1 << u"reserved"_s;
    QTest::newRow("invalid utf8") << QByteArray("a{b=\"\xff\xfe\"} 1\n") << 1 << u"UTF-8"_s;
    QTest::newRow("unknown type") << QByteArray("# TYPE a countr\n") << 1
                                  << u"unknown metric type"_s;
    QTest::newRow("second type") << QByteArray("# TYPE a gauge\n# TYPE a gauge\n") << 2
                                 << u"second # TYPE"_s;
    QTest::newRow("second help") << QByteArray("# HELP a x\n# HELP a y\n") << 2
                                 << u"second # HELP"_s;
    QTest::newRow("type after samples")
        << QByteArray("a 1\n# TYPE a gauge\n") << 2 << u"after its samples"_s;
    QTest::newRow("help bad escape") << QByteArray("# HELP a bad \\t\n") << 1 << u"escape"_s;
    QTest::newRow("crlf") << QByteArray("a 1\r\n") << 1 << u"carriage return"_s;
    QTest::newRow("bucket without le")
        << QByteArray("# TYPE h histogram\nh_bucket 1\n") << 2 << u"le label"_s;
    QTest::newRow("bucket with bad le")
        << QByteArray("# TYPE h histogram\nh_bucket{le=\"x\"} 1\n") << 2 << u"le label"_s;
    QTest::newRow("bare histogram sample")
        << QByteArray("# TYPE h histogram\nh 1\n") << 2 << u"_bucket"_s;
    QTest::newRow("nul byte") << QByteArray("a 1\nb\0 2\n", 9) << 2 << u"metric name"_s;
}

void TestPromTextReader::invalid()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(QString, fragment);
    const ParseResult result = PromTextReader().parse(text);
    QVERIFY(!result.ok());
    QVERIFY(result.families.empty());
    QCOMPARE(result.error->line, line);
    QVERIFY2(result.error->message.contains(fragment), qPrintable(result.error->message));
    if (line > 0)
        QVERIFY(result.error->toString().startsWith(u"line %1:"_s.arg(line)));
}

void TestPromTextReader::specialValues()
{
    const ParseResult result =
        PromTextReader().parse("a NaN\nb +Inf\nc -Inf\nd Inf\ne -0.5\nf +3\ng inf\n");
    QVERIFY(result.ok());
    QVERIFY(std::isnan(result.family("a")->samples[0].value));
    QCOMPARE(result.family("b")->samples[0].value, qInf());
    QCOMPARE(result.family("c")->samples[0].value, -qInf());
    QCOMPARE(result.family("d")->samples[0].value, qInf());
    QCOMPARE(result.family("e")->samples[0].value, -0.5);
    QCOMPARE(result.family("f")->samples[0].value, 3.0);
    QCOMPARE(result.family("g")->samples[0].value, qInf());
}

void TestPromTextReader::decimalValues_data()
{
    QTest::addColumn<QByteArray>("text");
    // Short plain decimals take a fast path, the rest from_chars: both sides of the
    // boundary must give the correctly rounded double, bit for bit.
    for (const char *text : {"0.1", "0.3", "0.005", "19.29", "-19.29", "-0", "1.", ".5", "007",
                             "123456789012345", "1234567890123456", "9007199254740993",
                             "0.12345678901234", "0.000000000000001", "2.5e-3", "1E3"})
        QTest::newRow(text) << QByteArray(text);
}

void TestPromTextReader::decimalValues()
{
    QFETCH(QByteArray, text);
    const QByteArray payload = "a " + text + '\n';
    const ParseResult result = PromTextReader().parse(payload);
    QVERIFY(result.ok());
    const double expected = std::strtod(text.constData(), nullptr);
    QCOMPARE(std::bit_cast<quint64>(result.family("a")->samples.at(0).value),
             std::bit_cast<quint64>(expected));
}

void TestPromTextReader::escapedLabels()
{
    const ParseResult result = PromTextReader().parse(
        "a{path=\"C:\\\\dir\",quote=\"say \\\"hi\\\"\",nl=\"x\\ny\"} 1 42\n");
    QVERIFY(result.ok());
    const Sample &s = result.family("a")->samples.at(0);
    QCOMPARE(s.labels.value("path"), QByteArray("C:\\dir"));
    QCOMPARE(s.labels.value("quote"), QByteArray("say \"hi\""));
    QCOMPARE(s.labels.value("nl"), QByteArray("x\ny"));
    QCOMPARE(s.timestampMs, std::optional<qint64>(42));
}

void TestPromTextReader::histogramWithoutInf()
{
    const ParseResult result = PromTextReader().parse("# TYPE h histogram\n"
                                                      "h_bucket{r=\"a\",le=\"0.1\"} 1\n"
                                                      "h_bucket{r=\"a\",le=\"+Inf\"} 1\n"
                                                      "h_bucket{r=\"b\",le=\"0.1\"} 1\n"
                                                      "h_bucket{r=\"b\",le=\"1\"} 1\n"
                                                      "h_sum{r=\"b\"} 1\n");
    QVERIFY(result.ok());
    QVERIFY(result.family("h")->incompleteHistogram);
    QCOMPARE(int(result.warnings.size()), 1);
    QCOMPARE(result.warnings[0].line, 4);
    QVERIFY(result.warnings[0].message.contains(u"r=\"b\""_s));

    const ParseResult complete = PromTextReader().parse("# TYPE h histogram\n"
                                                        "h_bucket{le=\"0.1\"} 1\n"
                                                        "h_bucket{le=\"+Inf\"} 1\n");
    QVERIFY(complete.warnings.empty());
    QVERIFY(!complete.family("h")->incompleteHistogram);
}

void TestPromTextReader::sizeCap()
{
    PromTextReader::Limits limits;
    limits.maxBytes = 1024;
    QByteArray big;
    while (big.size() <= 10 * 1024 * 1024)
        big += "some_metric{label=\"value\"} 12345\n";
    const ParseResult result = PromTextReader(limits).parse(big);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->line, 0);
    QVERIFY(result.error->message.contains(u"limit"_s));
    // The default cap (16 MiB) takes the same 10 MB payload.
    QVERIFY(PromTextReader().parse(big).ok());
}

void TestPromTextReader::goClientPayload()
{
    QFile file(QStringLiteral(NE_TEST_DATA_DIR "/metrics/nextevent-api.prom"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ParseResult result = PromTextReader().parse(file.readAll());
    QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
    const MetricFamily *latency = result.family("http_request_duration_seconds");
    QVERIFY(latency);
    QCOMPARE(latency->type, MetricType::Histogram);
    QVERIFY(!latency->incompleteHistogram);
    QCOMPARE(result.family("http_requests_total")->type, MetricType::Counter);
    QCOMPARE(result.family("db_connections_active")->samples.at(0).value, 7.0);
}

void TestPromTextReader::similarLinesParseAlike()
{
    // The parser takes the metric name over from the line before when it repeats, and
    // compares interned strings by pointer: every way a line can resemble the previous one
    // must still parse as that line alone does.
    const QList<QByteArray> lines = {
        R"(m{a="1",b="2"} 1)",
        R"(m{a="1",b="2",c="3"} 2)",
        R"(m{a="1",b="2"} 3)",
        R"(m{a="1",b="22"} 4)",
        R"(m{a="1",b="2" } 5)",
        R"(m{a="1", b="2"} 6)",
        R"(m{a="1",b="2",} 7)",
        R"(m{b="2",a="1"} 8)",
        R"(m{a="1\"",b="2"} 9)",
        R"(m{a="1\"",b="2\\"} 10)",
        R"(m{a="1",bb="2"} 11)",
        R"(m{a="1"} 12)",
        R"(m 13)",
        R"(m{} 14)",
        R"(m{a="1",b="2",le="0.1"} 15)",
        R"(m{a="1",b="2",le="0.25"} 16)",
        R"(m{a="1",b="2",le="+Inf"} 17)",
        R"(m{a="1",b="2",le="+Inf",x="y"} 18)",
        R"(m{a="1",b="2",le="+Inf"} 19)",
        R"(m{a="10",b="2"} 20)",
        R"(m{a="",b="2"} 21)",
        R"(m{a="",b=""} 22)",
    };
    QByteArray payload = "# TYPE m untyped\n";
    for (const QByteArray &line : lines)
        payload += line + '\n';
    const ParseResult all = PromTextReader().parse(payload);
    QVERIFY2(all.ok(), qPrintable(all.error ? all.error->toString() : QString()));
    const std::vector<Sample> &samples = all.family("m")->samples;
    QCOMPARE(samples.size(), size_t(lines.size()));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray single = "# TYPE m untyped\n" + lines.at(i) + '\n';
        const ParseResult alone = PromTextReader().parse(single);
        QVERIFY(alone.ok());
        const Sample &expected = alone.family("m")->samples.at(0);
        QCOMPARE(samples.at(size_t(i)).value, expected.value);
        QVERIFY2(samples.at(size_t(i)).labels == expected.labels, lines.at(i).constData());
    }
    // A label repeated is still refused, also when the line before had the same labels.
    QVERIFY(!PromTextReader().parse("m{a=\"1\",b=\"2\"} 1\nm{a=\"1\",b=\"2\",a=\"3\"} 2\n").ok());
}

QTEST_GUILESS_MAIN(TestPromTextReader)
#include "TestPromTextReader.moc"
