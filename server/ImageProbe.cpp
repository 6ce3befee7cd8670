// SPDX-License-Identifier: MIT
#include "ImageProbe.h"

#include "ExifOrientation.h"

#include <QtEndian>

namespace ne::server {

namespace {

quint16 be16(const QByteArray &b, qsizetype at)
{
    return qFromBigEndian<quint16>(b.constData() + at);
}

quint32 be32(const QByteArray &b, qsizetype at)
{
    return qFromBigEndian<quint32>(b.constData() + at);
}

quint16 le16(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}

qint32 le32(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<qint32>(b.constData() + at);
}

std::optional<ImageInfo> sized(ImageInfo::Format format, qint64 width, qint64 height)
{
    if (width <= 0 || height <= 0 || width > ImageProbe::kMaxEdge || height > ImageProbe::kMaxEdge)
        return std::nullopt;
    ImageInfo info;
    info.format = format;
    info.storedSize = QSize(int(width), int(height));
    return info;
}

std::optional<ImageInfo> probeWebP(const QByteArray &h)
{
    if (h.size() < 30)
        return std::nullopt;
    const QByteArray chunk = h.mid(12, 4);
    if (chunk == "VP8 ") // lossy: frame header after the 3-byte tag and start code
        return sized(ImageInfo::Format::WebP, le16(h, 26) & 0x3fff, le16(h, 28) & 0x3fff);
    if (chunk == "VP8L") { // lossless: 14-bit width-1 and height-1 after the signature byte
        const quint32 bits = quint32(le32(h, 21));
        return sized(ImageInfo::Format::WebP, (bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1);
    }
    if (chunk == "VP8X") { // extended: 24-bit canvas width-1 and height-1
        const auto u24 = [&](qsizetype at) {
            return qint64(quint8(h[at])) | qint64(quint8(h[at + 1])) << 8 |
                   qint64(quint8(h[at + 2])) << 16;
        };
        return sized(ImageInfo::Format::WebP, u24(24) + 1, u24(27) + 1);
    }
    return std::nullopt;
}

} // namespace

QString ImageInfo::mimeType() const
{
    switch (format) {
    case Format::Jpeg:
        return QStringLiteral("image/jpeg");
    case Format::Png:
        return QStringLiteral("image/png");
    case Format::Gif:
        return QStringLiteral("image/gif");
    case Format::WebP:
        return QStringLiteral("image/webp");
    case Format::Bmp:
        return QStringLiteral("image/bmp");
    }
    return QStringLiteral("application/octet-stream");
}

QSize ImageInfo::displaySize() const
{
    return ExifOrientation::swapsAxes(orientation) ? storedSize.transposed() : storedSize;
}

std::optional<ImageInfo> ImageProbe::probe(QIODevice &device)
{
    if (!device.seek(0))
        return std::nullopt;
    const QByteArray h = device.read(32);
    if (h.startsWith("\xff\xd8\xff"))
        return probeJpeg(device);
    if (h.size() >= 24 && h.startsWith("\x89PNG\r\n\x1a\n") && h.mid(12, 4) == "IHDR")
        return sized(ImageInfo::Format::Png, be32(h, 16), be32(h, 20));
    if (h.size() >= 10 && (h.startsWith("GIF87a") || h.startsWith("GIF89a")))
        return sized(ImageInfo::Format::Gif, le16(h, 6), le16(h, 8));
    if (h.size() >= 26 && h.startsWith("BM"))
        return sized(ImageInfo::Format::Bmp, le32(h, 18), std::abs(qint64(le32(h, 22))));
    if (h.startsWith("RIFF") && h.mid(8, 4) == "WEBP")
        return probeWebP(h);
    return std::nullopt;
}

std::optional<ImageInfo> ImageProbe::probeJpeg(QIODevice &device)
{
    // Walk the marker segments up to the first frame header (SOFn), noting the EXIF
    // orientation on the way. Each segment is length-prefixed, so this reads headers only.
    int orientation = 1;
    qint64 at = 2;
    for (int guard = 0; guard < 1000; ++guard) {
        if (!device.seek(at))
            return std::nullopt;
        QByteArray marker = device.read(4);
        while (marker.size() == 4 && quint8(marker[0]) == 0xff && quint8(marker[1]) == 0xff) {
            ++at; // fill bytes
            if (!device.seek(at))
                return std::nullopt;
            marker = device.read(4);
        }
        if (marker.size() < 4 || quint8(marker[0]) != 0xff)
            return std::nullopt;
        const quint8 type = quint8(marker[1]);
        const quint16 length = be16(marker, 2);
        if (length < 2)
            return std::nullopt;
        const bool isFrame =
            type >= 0xc0 && type <= 0xcf && type != 0xc4 && type != 0xc8 && type != 0xcc;
        if (isFrame) {
            const QByteArray sof = device.read(5);
            if (sof.size() < 5)
                return std::nullopt;
            auto info = sized(ImageInfo::Format::Jpeg, be16(sof, 3), be16(sof, 1));
            if (info)
                info->orientation = orientation;
            return info;
        }
        if (type == 0xe1 && orientation == 1)
            orientation = ExifOrientation::fromApp1(device.read(length - 2));
        if (type == 0xda || type == 0xd9) // scan data or end before any frame header
            return std::nullopt;
        at += 2 + length;
    }
    return std::nullopt;
}

} // namespace ne::server
