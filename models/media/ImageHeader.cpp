// SPDX-License-Identifier: MIT
#include "media/ImageHeader.h"

#include <QFile>

namespace ne {

namespace {

quint32 be16(const QByteArray &b, int at)
{
    return quint32(quint8(b[at])) << 8 | quint8(b[at + 1]);
}

quint32 be32(const QByteArray &b, int at)
{
    return be16(b, at) << 16 | be16(b, at + 2);
}

quint32 le16(const QByteArray &b, int at)
{
    return quint32(quint8(b[at])) | quint32(quint8(b[at + 1])) << 8;
}

quint32 le24(const QByteArray &b, int at)
{
    return le16(b, at) | quint32(quint8(b[at + 2])) << 16;
}

quint32 le32(const QByteArray &b, int at)
{
    return le16(b, at) | le16(b, at + 2) << 16;
}

std::optional<ImageHeader> make(const char *format, qint64 width, qint64 height)
{
    // Anything beyond this is a corrupt or hostile header, not a picture.
    constexpr qint64 kMaxSide = 1 << 20;
    if (width <= 0 || height <= 0 || width > kMaxSide || height > kMaxSide)
        return std::nullopt;
    return ImageHeader{QLatin1String(format), QSize(int(width), int(height))};
}

// Reads exactly n bytes or fails.
bool readExactly(QIODevice &device, char *into, qint64 n)
{
    return device.read(into, n) == n;
}

} // namespace

std::optional<ImageHeader> ImageHeader::read(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return read(file);
}

std::optional<ImageHeader> ImageHeader::read(QIODevice &device)
{
    const qint64 start = device.pos();
    const QByteArray head = device.peek(32);
    std::optional<ImageHeader> header;
    if (head.startsWith("\xFF\xD8\xFF")) {
        header = scanJpeg(device);
        device.seek(start);
    } else {
        header = fromPrefix(head);
    }
    return header;
}

std::optional<ImageHeader> ImageHeader::fromPrefix(const QByteArray &head)
{
    if (head.size() >= 24 && head.startsWith("\x89PNG\r\n\x1A\n") && head.mid(12, 4) == "IHDR")
        return make("png", be32(head, 16), be32(head, 20));
    if (head.size() >= 10 && (head.startsWith("GIF87a") || head.startsWith("GIF89a")))
        return make("gif", le16(head, 6), le16(head, 8));
    if (head.size() >= 26 && head.startsWith("BM")) {
        const qint64 height = qint32(le32(head, 22)); // negative: stored top-down
        return make("bmp", qint32(le32(head, 18)), height < 0 ? -height : height);
    }
    if (head.size() >= 30 && head.startsWith("RIFF") && head.mid(8, 4) == "WEBP") {
        const QByteArray chunk = head.mid(12, 4);
        if (chunk == "VP8 " && head.mid(23, 3) == "\x9D\x01\x2A")
            return make("webp", le16(head, 26) & 0x3FFF, le16(head, 28) & 0x3FFF);
        if (chunk == "VP8L" && quint8(head[20]) == 0x2F) {
            const quint32 bits = le32(head, 21);
            return make("webp", (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
        }
        if (chunk == "VP8X")
            return make("webp", qint64(le24(head, 24)) + 1, qint64(le24(head, 27)) + 1);
    }
    return std::nullopt;
}

std::optional<ImageHeader> ImageHeader::scanJpeg(QIODevice &device)
{
    // Walk the marker segments up to the first start-of-frame; EXIF and ICC segments before
    // it can be large, so they are skipped, not read.
    if (!device.skip(2))
        return std::nullopt;
    for (int segments = 0; segments < 4096; ++segments) {
        char marker[2];
        if (!readExactly(device, marker, 2) || quint8(marker[0]) != 0xFF)
            return std::nullopt;
        quint8 type = quint8(marker[1]);
        while (type == 0xFF) { // fill bytes
            char next;
            if (!device.getChar(&next))
                return std::nullopt;
            type = quint8(next);
        }
        if (type == 0xD8 || type == 0x01 || (type >= 0xD0 && type <= 0xD7))
            continue; // markers without a length
        if (type == 0xD9 || type == 0xDA)
            return std::nullopt; // end of image or scan data before any frame header
        QByteArray length(2, Qt::Uninitialized);
        if (!readExactly(device, length.data(), 2))
            return std::nullopt;
        const qint64 size = be16(length, 0);
        if (size < 2)
            return std::nullopt;
        const bool startOfFrame =
            type >= 0xC0 && type <= 0xCF && type != 0xC4 && type != 0xC8 && type != 0xCC;
        if (startOfFrame) {
            QByteArray frame(5, Qt::Uninitialized);
            if (size < 7 || !readExactly(device, frame.data(), 5))
                return std::nullopt;
            return make("jpeg", be16(frame, 3), be16(frame, 1));
        }
        if (device.skip(size - 2) != size - 2)
            return std::nullopt;
    }
    return std::nullopt;
}

} // namespace ne
