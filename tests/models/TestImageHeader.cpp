// SPDX-License-Identifier: MIT
// ImageHeader against Qt's own readers: the same size for every format Qt can write here,
// large EXIF segments skipped, and nothing but "not an image" for truncated or random bytes.
#include "media/ImageHeader.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QRandomGenerator>
#include <QTest>

using namespace ne;

class TestImageHeader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesQtReader_data();
    void matchesQtReader();
    void skipsLargeExifSegments();
    void truncatedDataIsNotAnImage();
    void randomBytesAreNotImages();

private:
    static QByteArray encode(const QByteArray &format, QSize size);
};

QByteArray TestImageHeader::encode(const QByteArray &format, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (!writer.write(image))
        qFatal("cannot write %s: %s", format.constData(), qPrintable(writer.errorString()));
    return bytes;
}

void TestImageHeader::matchesQtReader_data()
{
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<QSize>("size");
    const QList<QSize> sizes = {{1, 1}, {640, 480}, {333, 1999}, {4000, 17}};
    QList<QByteArray> formats = {"jpeg", "png", "bmp"};
    if (QImageWriter::supportedImageFormats().contains("webp"))
        formats << "webp";
    for (const QByteArray &format : formats) {
        for (QSize size : sizes) {
            const QByteArray name = format + ' ' + QByteArray::number(size.width()) + 'x' +
                                    QByteArray::number(size.height());
            QTest::newRow(name.constData()) << format << size;
        }
    }
}

void TestImageHeader::matchesQtReader()
{
    QFETCH(QByteArray, format);
    QFETCH(QSize, size);
    QByteArray bytes = encode(format, size);
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const auto header = ImageHeader::read(buffer);
    QVERIFY(header);
    QCOMPARE(header->size, size);
    QCOMPARE(header->format, QString::fromLatin1(format));
    QCOMPARE(buffer.pos(), 0); // the caller's position is kept
    QCOMPARE(header->size, QImageReader(&buffer).size());
}

void TestImageHeader::skipsLargeExifSegments()
{
    // A camera JPEG: a 60 KB APP1 (EXIF) segment and a comment before the frame header.
    const QByteArray plain = encode("jpeg", {1200, 800});
    QByteArray app1("\xFF\xE1", 2);
    const int payload = 60000;
    app1.append(char((payload + 2) >> 8)).append(char((payload + 2) & 0xFF));
    app1.append("Exif\0\0", 6).append(QByteArray(payload - 6, '\x11'));
    QByteArray com("\xFF\xFE\x00\x07hello", 9);
    QByteArray bytes = plain.left(2) + app1 + com + plain.mid(2);
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const auto header = ImageHeader::read(buffer);
    QVERIFY(header);
    QCOMPARE(header->size, QSize(1200, 800));
    buffer.seek(0);
    QCOMPARE(QImageReader(&buffer).size(), QSize(1200, 800));
}

void TestImageHeader::truncatedDataIsNotAnImage()
{
    for (const QByteArray &format : {QByteArray("jpeg"), QByteArray("png"), QByteArray("bmp")}) {
        const QByteArray whole = encode(format, {300, 200});
        int understood = 0;
        for (int n = 0; n < std::min<qsizetype>(whole.size(), 700); ++n) {
            QByteArray prefix = whole.left(n);
            QBuffer buffer(&prefix);
            buffer.open(QIODevice::ReadOnly);
            if (const auto header = ImageHeader::read(buffer)) {
                QCOMPARE(header->size, QSize(300, 200)); // never a wrong size
                ++understood;
            }
        }
        // Only prefixes that reach the frame header may be understood; the shortest may not.
        QVERIFY2(understood < 700, format.constData());
        QByteArray tiny = whole.left(4);
        QBuffer buffer(&tiny);
        buffer.open(QIODevice::ReadOnly);
        QVERIFY(!ImageHeader::read(buffer));
    }
}

void TestImageHeader::randomBytesAreNotImages()
{
    QRandomGenerator random(20261127);
    int recognised = 0;
    for (int i = 0; i < 2000; ++i) {
        QByteArray bytes(int(random.bounded(1, 4096)), Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        const bool jpegLike = i % 3 == 0;
        if (jpegLike) // random segments after a JPEG start must end the walk, not crash or loop
            bytes.replace(0, 3, "\xFF\xD8\xFF");
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        const auto header = ImageHeader::read(buffer);
        QCOMPARE(buffer.pos(), 0);
        if (!header)
            continue;
        // A random frame header can look valid; its size must still be a sane one.
        QVERIFY(header->size.width() > 0 && header->size.width() <= 1 << 20);
        QVERIFY(header->size.height() > 0 && header->size.height() <= 1 << 20);
        if (!jpegLike)
            ++recognised;
    }
    QVERIFY2(recognised < 3, qPrintable(QString::number(recognised)));
}

QTEST_GUILESS_MAIN(TestImageHeader)
#include "TestImageHeader.moc"
