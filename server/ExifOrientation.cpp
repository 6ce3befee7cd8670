// SPDX-License-Identifier: MIT
#include "ExifOrientation.h"

#include <cstdint>

namespace ne::server {

namespace {

class TiffReader
{
public:
    TiffReader(QByteArrayView tiff, bool bigEndian)
        : m_tiff(tiff)
        , m_big(bigEndian)
    {}
    bool has(qsizetype offset, qsizetype size) const
    {
        return offset >= 0 && size >= 0 && offset <= m_tiff.size() - size;
    }
    quint16 u16(qsizetype at) const
    {
        const auto b = [&](qsizetype i) { return quint16(quint8(m_tiff[at + i])); };
        return m_big ? quint16(b(0) << 8 | b(1)) : quint16(b(1) << 8 | b(0));
    }
    quint32 u32(qsizetype at) const
    {
        const auto b = [&](qsizetype i) { return quint32(quint8(m_tiff[at + i])); };
        return m_big ? (b(0) << 24 | b(1) << 16 | b(2) << 8 | b(3))
                     : (b(3) << 24 | b(2) << 16 | b(1) << 8 | b(0));
    }

private:
    QByteArrayView m_tiff;
    bool m_big;
};

constexpr quint16 kOrientationTag = 0x0112;
constexpr quint16 kTypeShort = 3;

} // namespace

int ExifOrientation::fromApp1(QByteArrayView payload)
{
    static constexpr char kHeader[] = {'E', 'x', 'i', 'f', 0, 0};
    if (payload.size() < 6 + 8 || payload.first(6) != QByteArrayView(kHeader, 6))
        return 1;
    const QByteArrayView tiff = payload.sliced(6);
    bool big = false;
    if (tiff.startsWith("MM"))
        big = true;
    else if (!tiff.startsWith("II"))
        return 1;
    const TiffReader r(tiff, big);
    if (r.u16(2) != 42)
        return 1;
    const qsizetype ifd = qsizetype(r.u32(4));
    if (!r.has(ifd, 2))
        return 1;
    const int entries = r.u16(ifd);
    for (int i = 0; i < entries; ++i) {
        const qsizetype entry = ifd + 2 + qsizetype(i) * 12;
        if (!r.has(entry, 12))
            return 1;
        if (r.u16(entry) != kOrientationTag)
            continue;
        if (r.u16(entry + 2) != kTypeShort || r.u32(entry + 4) < 1)
            return 1;
        const int value = r.u16(entry + 8); // a SHORT sits left-justified in the value field
        return value >= 1 && value <= 8 ? value : 1;
    }
    return 1;
}

} // namespace ne::server
