// SPDX-License-Identifier: MIT
// ImageProbe and ExifOrientation: formats, sizes and orientation from headers only.
#include "ExifOrientation.h"
#include "ImageProbe.h"
#include "TestImages.h"

#include <QBuffer>
#include <QtTest>

using namespace ne::server;

class TestImageProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exif_data();
    void exif();
    void exifHostile_data();
    void exifHostile();
    void formats_data();
    void formats();
    void refuses_data();
    void refuses();
    void jpegOrientation();
};

void TestImageProbe::exif_data()
{
    QTest::addColumn<int>("orientation");
    QTest::addColumn<bool>("bigEndian");
    for (int o = 1; o <= 8; ++o) {
        QTest::addRow("MM %d", o) << o << true;
        QTest::addRow("II %d", o) << o << false;
    }
}

void TestImageProbe::exif()
{
    QFETCH(int, orientation);
    QFETCH(bool, bigEndian);
    QCOMPARE(ExifOrientation::fromApp1(TestImages::exifPayload(orientation, bigEndian)),
             orientation);
}

void TestImageProbe::exifHostile_data()
{
    QTest::addColumn<QByteArray>("payload");
    const QByteArray good = TestImages::exifPayload(6, true);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not exif") << QByteArray("XMP\0\0\0MM\0\x2a\0\0\0\x08", 14);
    QTest::newRow("truncated entry") << good.left(good.size() - 8);
    QTest::newRow("ifd offset past end") << QByteArray("Exif\0\0MM\0\x2a\x7f\xff\xff\xff", 14);
    QTest::newRow("bad byte order") << QByteArray("Exif\0\0XX\0\x2a\0\0\0\x08\0\0", 16);
    QByteArray outOfRange = good;
    outOfRange[6 + 8 + 2 + 8] = '\0';
    outOfRange[6 + 8 + 2 + 9] = 9; // orientation 9 does not exist
    QTest::newRow("value 9") << outOfRange;
}

void TestImageProbe::exifHostile()
{
    QFETCH(QByteArray, payload);
    QCOMPARE(ExifOrientation::fromApp1(payload), 1);
}

void TestImageProbe::formats_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mime");
    QTest::addColumn<QSize>("size");
    QTest::newRow("png") << TestImages::encoded({64, 48}, "PNG") << QStringLiteral("image/png")
                         << QSize(64, 48);
    QTest::newRow("jpeg") << TestImages::encoded({33, 17}, "JPEG") << QStringLiteral("image/jpeg")
                          << QSize(33, 17);
    QTest::newRow("bmp") << TestImages::encoded({5, 7}, "BMP") << QStringLiteral("image/bmp")
                         << QSize(5, 7);
    QTest::newRow("gif") << QByteArray("GIF89a\x0a\x00\x14\x00\x00\x00\x00", 13)
                         << QStringLiteral("image/gif") << QSize(10, 20);
    // VP8L: signature 0x2f, then 14 bits width-1 (99) and 14 bits height-1 (49).
    const quint32 bits = 99u | (49u << 14);
    QByteArray vp8l("RIFF\0\0\0\0WEBPVP8L\0\0\0\0\x2f", 21);
    vp8l.append(char(bits & 0xff))
        .append(char((bits >> 8) & 0xff))
        .append(char((bits >> 16) & 0xff))
        .append(char(bits >> 24));
    vp8l.append(QByteArray(8, '\0'));
    QTest::newRow("webp lossless") << vp8l << QStringLiteral("image/webp") << QSize(100, 50);
}

void TestImageProbe::formats()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mime);
    QFETCH(QSize, size);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const auto info = ImageProbe::probe(buffer);
    QVERIFY(info);
    QCOMPARE(info->mimeType(), mime);
    QCOMPARE(info->storedSize, size);
    QCOMPARE(info->orientation, 1);
}

void TestImageProbe::refuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("text") << QByteArray("not an image at all, just words");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("jpeg without frame")
        << QByteArray("\xff\xd8\xff\xe0\x00\x04\x00\x00\xff\xd9", 10);
    QTest::newRow("zero-size png")
        << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\0\0\0\0\0\0\0\x05", 24);
    QTest::newRow("giant gif") << QByteArray("GIF89a\xff\xff\xff\xff",
                                             10); // 65535 x 65535 > kMaxEdge
    QTest::newRow("truncated jpeg") << TestImages::encoded({40, 40}, "JPEG").left(20);
}

void TestImageProbe::refuses()
{
    QFETCH(QByteArray, bytes);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QVERIFY(!ImageProbe::probe(buffer));
}

void TestImageProbe::jpegOrientation()
{
    QByteArray jpeg = TestImages::twoColourJpeg({64, 32}, 6);
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::ReadOnly);
    const auto info = ImageProbe::probe(buffer);
    QVERIFY(info);
    QCOMPARE(info->orientation, 6);
    QCOMPARE(info->storedSize, QSize(64, 32));
    QCOMPARE(info->displaySize(), QSize(32, 64));
}

QTEST_GUILESS_MAIN(TestImageProbe)
#include "TestImageProbe.moc"
