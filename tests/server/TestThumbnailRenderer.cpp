// SPDX-License-Identifier: MIT
// ThumbnailRenderer: scaled decode, area-average fit and EXIF orientation, checked by
// decoding its JPEG output with an independent decoder (Qt's).
#include "ImageProbe.h"
#include "TestImages.h"
#include "ThumbnailRenderer.h"

#include <QBuffer>
#include <QImage>
#include <QtTest>

using namespace ne::server;

namespace {

ImageInfo probe(QByteArray &bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return ImageProbe::probe(buffer).value();
}

bool near(QColor got, QColor want)
{
    return std::abs(got.red() - want.red()) < 40 && std::abs(got.green() - want.green()) < 40 &&
           std::abs(got.blue() - want.blue()) < 40;
}

} // namespace

class TestThumbnailRenderer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void orientation_data();
    void orientation();
    void scalesLargeJpegDown();
    void pngPath();
    void webpPath();
    void refusesGif();
    void fitKeepsAspectAndAverages();
    void orientMapsEveryPixel_data();
    void orientMapsEveryPixel();
};

void TestThumbnailRenderer::orientation_data()
{
    // Stored: left half red, right half blue. Where red ends up once shown.
    QTest::addColumn<int>("orientation");
    QTest::addColumn<QSize>("shown");
    QTest::addColumn<QPoint>("redAt");
    QTest::addColumn<QPoint>("blueAt");
    QTest::newRow("1 as stored") << 1 << QSize(64, 32) << QPoint(5, 16) << QPoint(58, 16);
    QTest::newRow("2 mirrored") << 2 << QSize(64, 32) << QPoint(58, 16) << QPoint(5, 16);
    QTest::newRow("3 rotated 180") << 3 << QSize(64, 32) << QPoint(58, 16) << QPoint(5, 16);
    QTest::newRow("6 rotated 90 cw") << 6 << QSize(32, 64) << QPoint(16, 5) << QPoint(16, 58);
    QTest::newRow("8 rotated 90 ccw") << 8 << QSize(32, 64) << QPoint(16, 58) << QPoint(16, 5);
}

void TestThumbnailRenderer::orientation()
{
    QFETCH(int, orientation);
    QFETCH(QSize, shown);
    QFETCH(QPoint, redAt);
    QFETCH(QPoint, blueAt);
    QByteArray jpeg = TestImages::twoColourJpeg({64, 32}, orientation);
    QString error;
    const QByteArray out = ThumbnailRenderer::render(
        reinterpret_cast<const uchar *>(jpeg.constData()), jpeg.size(), probe(jpeg), 320, &error);
    QVERIFY2(!out.isEmpty(), qPrintable(error));
    const QImage thumb = QImage::fromData(out, "JPEG");
    QCOMPARE(thumb.size(), shown);
    QVERIFY(near(thumb.pixelColor(redAt), Qt::red));
    QVERIFY(near(thumb.pixelColor(blueAt), Qt::blue));
}

void TestThumbnailRenderer::scalesLargeJpegDown()
{
    QByteArray jpeg = TestImages::twoColourJpeg({3000, 1000}, 8);
    QString error;
    const QByteArray out = ThumbnailRenderer::render(
        reinterpret_cast<const uchar *>(jpeg.constData()), jpeg.size(), probe(jpeg), 320, &error);
    const QImage thumb = QImage::fromData(out, "JPEG");
    QCOMPARE(thumb.size(), QSize(106, 320)); // longest edge at the bound, aspect kept, turned
    QVERIFY(near(thumb.pixelColor(50, 300), Qt::red));
    QVERIFY(near(thumb.pixelColor(50, 20), Qt::blue));
}

void TestThumbnailRenderer::pngPath()
{
    QByteArray png = TestImages::encoded({800, 200}, "PNG", Qt::darkGreen);
    QString error;
    const QByteArray out = ThumbnailRenderer::render(
        reinterpret_cast<const uchar *>(png.constData()), png.size(), probe(png), 128, &error);
    QVERIFY2(!out.isEmpty(), qPrintable(error));
    const QImage thumb = QImage::fromData(out, "JPEG");
    QCOMPARE(thumb.size(), QSize(128, 32));
    QVERIFY(near(thumb.pixelColor(64, 16), Qt::darkGreen));
}

void TestThumbnailRenderer::webpPath()
{
    QByteArray webp = TestImages::encoded({1000, 500}, "WEBP", Qt::darkYellow);
    if (webp.isEmpty())
        QSKIP("Qt's WebP writer is missing (qt6-image-formats-plugins)");
    QString error;
    const QByteArray out = ThumbnailRenderer::render(
        reinterpret_cast<const uchar *>(webp.constData()), webp.size(), probe(webp), 256, &error);
    QVERIFY2(!out.isEmpty(), qPrintable(error));
    const QImage thumb = QImage::fromData(out, "JPEG");
    QCOMPARE(thumb.size(), QSize(256, 128)); // libwebp scaled while decoding
    QVERIFY(near(thumb.pixelColor(128, 64), Qt::darkYellow));
}

void TestThumbnailRenderer::refusesGif()
{
    QByteArray gif("GIF89a\x0a\x00\x14\x00\x00\x00\x00", 13);
    QString error;
    QVERIFY(ThumbnailRenderer::render(reinterpret_cast<const uchar *>(gif.constData()), gif.size(),
                                      probe(gif), 64, &error)
                .isEmpty());
    QVERIFY(error.contains(QStringLiteral("JPEG, PNG and WebP")));
}

void TestThumbnailRenderer::fitKeepsAspectAndAverages()
{
    ThumbnailRenderer::Pixels checker;
    checker.width = 40;
    checker.height = 20;
    checker.rgb.resize(40 * 20 * 3);
    for (int y = 0; y < 20; ++y)
        for (int x = 0; x < 40; ++x)
            std::fill_n(checker.rgb.data() + (y * 40 + x) * 3, 3, (x + y) % 2 ? 255 : 0);
    const ThumbnailRenderer::Pixels small = ThumbnailRenderer::fit(checker, 10);
    QCOMPARE(small.width, 10);
    QCOMPARE(small.height, 5);
    for (unsigned char c : small.rgb) // a 4x4 block of a checkerboard averages to grey
        QVERIFY(c >= 126 && c <= 129);
    QCOMPARE(ThumbnailRenderer::fit(checker, 100).width, 40); // never upscaled
}

void TestThumbnailRenderer::orientMapsEveryPixel_data()
{
    QTest::addColumn<int>("orientation");
    for (int o = 1; o <= 8; ++o)
        QTest::addRow("%d", o) << o;
}

void TestThumbnailRenderer::orientMapsEveryPixel()
{
    // Each pixel holds its stored index; orienting must be a permutation of them.
    QFETCH(int, orientation);
    ThumbnailRenderer::Pixels p;
    p.width = 3;
    p.height = 2;
    for (int i = 0; i < 6; ++i)
        p.rgb.insert(p.rgb.end(), {static_cast<unsigned char>(i), 0, 0});
    const ThumbnailRenderer::Pixels o = ThumbnailRenderer::orient(p, orientation);
    QCOMPARE(o.width * o.height, 6);
    QCOMPARE(o.width, orientation >= 5 ? 2 : 3);
    QSet<int> seen;
    for (int i = 0; i < 6; ++i)
        seen.insert(o.rgb[size_t(i) * 3]);
    QCOMPARE(seen.size(), 6);
    // The shown top-left pixel per EXIF: 1 top-left, 2 top-right, 3 bottom-right,
    // 4 bottom-left, 5 top-left, 6 bottom-left, 7 bottom-right, 8 top-right.
    const int topLeft[] = {0, 0, 2, 5, 3, 0, 3, 5, 2};
    QCOMPARE(int(o.rgb[0]), topLeft[orientation]);
}

QTEST_GUILESS_MAIN(TestThumbnailRenderer)
#include "TestThumbnailRenderer.moc"
