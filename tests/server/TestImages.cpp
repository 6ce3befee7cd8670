// SPDX-License-Identifier: MIT
#include "TestImages.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QtEndian>

#include <cmath>

namespace TestImages {

QByteArray exifPayload(int orientation, bool bigEndian)
{
    QByteArray tiff = bigEndian ? QByteArray("MM\x00\x2a\x00\x00\x00\x08", 8)
                                : QByteArray("II\x2a\x00\x08\x00\x00\x00", 8);
    auto u16 = [&](quint16 v) {
        char b[2];
        if (bigEndian)
            qToBigEndian(v, b);
        else
            qToLittleEndian(v, b);
        tiff.append(b, 2);
    };
    auto u32 = [&](quint32 v) {
        char b[4];
        if (bigEndian)
            qToBigEndian(v, b);
        else
            qToLittleEndian(v, b);
        tiff.append(b, 4);
    };
    u16(1);      // one entry
    u16(0x0112); // Orientation
    u16(3);      // SHORT
    u32(1);      // count
    u16(quint16(orientation));
    u16(0); // padding of the 4-byte value field
    u32(0); // no next IFD
    return QByteArray("Exif\0\0", 6) + tiff;
}

QByteArray twoColourJpeg(QSize size, int orientation, bool bigEndian)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter p(&image);
    p.fillRect(0, 0, size.width() / 2, size.height(), Qt::red);
    p.fillRect(size.width() / 2, 0, size.width() - size.width() / 2, size.height(), Qt::blue);
    p.end();
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 95);
    if (orientation == 0)
        return jpeg;
    const QByteArray payload = exifPayload(orientation, bigEndian);
    char length[2];
    qToBigEndian(quint16(payload.size() + 2), length);
    return jpeg.left(2) + QByteArray("\xff\xe1", 2) + QByteArray(length, 2) + payload + jpeg.mid(2);
}

QByteArray encoded(QSize size, const char *format, QColor colour)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return out;
}

QByteArray noiseJpeg(qint64 targetBytes, quint32 seed)
{
    // Noise JPEG at quality 95 costs about 2.2 bytes per pixel.
    const int side = int(std::sqrt(double(targetBytes) / 2.2));
    QImage image(side, side, QImage::Format_RGB32);
    QRandomGenerator random(seed);
    for (int y = 0; y < side; ++y) {
        auto *line = reinterpret_cast<quint32 *>(image.scanLine(y));
        for (int x = 0; x < side; ++x)
            line[x] = 0xff000000u | (random.generate() & 0xffffffu);
    }
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 95);
    return out;
}

} // namespace TestImages
