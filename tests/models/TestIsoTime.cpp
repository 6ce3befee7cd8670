// SPDX-License-Identifier: MIT
// IsoTime formats and parses by hand; Qt's own ISODateWithMs is the reference throughout.
#include "schema/IsoTime.h"

#include <QRandomGenerator>
#include <QtTest>

using ne::IsoTime;

class TestIsoTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatMatchesQt();
    void roundTrip();
    void parseMatchesQt_data();
    void parseMatchesQt();
    void parsesPostgresText_data();
    void parsesPostgresText();
};

namespace {

QList<qint64> moments()
{
    QList<qint64> out = {0,
                         -1,
                         1,
                         951'782'400'000 /* 2000-02-29 */,
                         -2'203'891'200'001 /* 1900-02-28T23:59:59.999 */,
                         253'402'300'799'999 /* 9999-12-31T23:59:59.999 */,
                         -62'135'596'800'000 /* 0001-01-01 */};
    QRandomGenerator random(11);
    for (int i = 0; i < 5000; ++i)
        out.append(random.bounded(qint64(-62'000'000'000'000), qint64(253'000'000'000'000)));
    return out;
}

} // namespace

void TestIsoTime::formatMatchesQt()
{
    for (const qint64 ms : moments()) {
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        QCOMPARE(IsoTime::format(time), time.toString(Qt::ISODateWithMs).toLatin1());
    }
    const QDateTime east = QDateTime::fromMSecsSinceEpoch(86'400'000, Qt::OffsetFromUTC, 3600);
    QCOMPARE(IsoTime::format(east), QByteArray("1970-01-02T00:00:00.000Z"));
}

void TestIsoTime::roundTrip()
{
    for (const qint64 ms : moments()) {
        const QDateTime parsed = IsoTime::parse(
            QString::fromLatin1(IsoTime::format(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC))));
        QCOMPARE(parsed.toMSecsSinceEpoch(), ms);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }
}

void TestIsoTime::parseMatchesQt_data()
{
    QTest::addColumn<QString>("text");
    const char *texts[] = {"2026-11-28T09:15:00.123Z",  "2026-11-28T09:15:00Z",
                           "2026-11-28t09:15:00.5z",    "2026-11-28T09:15:00.1234567Z",
                           "2026-11-28T09:15:00+08:00", "2026-11-28T01:15:00.250-05:30",
                           "2024-02-29T00:00:00Z",      "1969-12-31T23:59:59.999Z",
                           "2026-02-29T00:00:00Z",      "2026-04-31T00:00:00Z",
                           "2026-13-01T00:00:00Z",      "2026-11-28T24:00:00Z",
                           "2026-11-28T09:60:00Z",      "2026-11-28T09:15:00.Z",
                           "2026-11-28T09:15:00+0800",  "2026-11-28 09:15:00Z",
                           "2026-11-28T09:15:00",       "2026-11-28",
                           "２０２６-11-28T09:15:00Z",  "",
                           "not a time at all"};
    for (const char *text : texts)
        QTest::newRow(text) << QString::fromUtf8(text);
}

void TestIsoTime::parseMatchesQt()
{
    QFETCH(QString, text);
    const QDateTime qt = QDateTime::fromString(text, Qt::ISODateWithMs);
    const QDateTime ours = IsoTime::parse(text);
    QCOMPARE(ours.isValid(), qt.isValid());
    if (qt.isValid()) {
        QCOMPARE(ours.toMSecsSinceEpoch(), qt.toMSecsSinceEpoch());
        QCOMPARE(ours.timeSpec(), Qt::UTC);
    }
}

void TestIsoTime::parsesPostgresText_data()
{
    // timestamptz as PostgreSQL prints it (DateStyle ISO): microseconds, and an offset of
    // whole hours without its minutes. Expected: milliseconds since the epoch, or -1.
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("ms");
    const qint64 base = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();
    QTest::newRow("utc, micros") << QByteArray("2024-05-01 10:00:00.123456+00") << base + 123;
    QTest::newRow("utc, whole") << QByteArray("2024-05-01 10:00:00+00") << base;
    QTest::newRow("hours") << QByteArray("2024-05-01 18:00:00.5+08") << base + 500;
    QTest::newRow("negative hours") << QByteArray("2024-05-01 05:00:00-05") << base;
    QTest::newRow("half hours") << QByteArray("2024-05-01 15:30:00+05:30") << base;
    QTest::newRow("ISO T too") << QByteArray("2024-05-01T10:00:00Z") << base;
    QTest::newRow("leap day")
        << QByteArray("2024-02-29 00:00:00+00")
        << QDateTime(QDate(2024, 2, 29), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    QTest::newRow("no such day") << QByteArray("2023-02-29 00:00:00+00") << qint64(-1);
    QTest::newRow("offset digits") << QByteArray("2024-05-01 10:00:00+0x") << qint64(-1);
    QTest::newRow("offset sign") << QByteArray("2024-05-01 10:00:00 00") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
}

void TestIsoTime::parsesPostgresText()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, ms);
    const QDateTime parsed =
        IsoTime::parsePostgres(std::string_view(text.constData(), size_t(text.size())));
    QCOMPARE(parsed.isValid(), ms >= 0);
    if (ms >= 0) {
        QCOMPARE(parsed.toMSecsSinceEpoch(), ms);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }
}

QTEST_GUILESS_MAIN(TestIsoTime)
#include "TestIsoTime.moc"
