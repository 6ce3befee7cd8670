// SPDX-License-Identifier: MIT
#pragma once

#include "media/Sha256.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QRandomGenerator>
#include <QString>
#include <cstring>

namespace ne::test {

/// Generated media for the upload tests: every image different (a seeded pattern), so a
/// test knows exactly which files are duplicates of which.
struct UploadTestFiles
{
    static QImage pattern(int seed, QSize size)
    {
        QImage image(size, QImage::Format_RGB32);
        QRandomGenerator random(quint32(seed) * 2654435761u + 1);
        image.fill(QColor::fromHsv(seed * 37 % 360, 120, 200));
        QPainter p(&image);
        // Rectangles only: text would need fonts, hence a GUI application.
        for (int i = 0; i < 12; ++i) {
            p.fillRect(int(random.bounded(size.width())), int(random.bounded(size.height())),
                       int(random.bounded(size.width() / 2 + 1)),
                       int(random.bounded(size.height() / 2 + 1)),
                       QColor::fromRgb(random.generate()));
        }
        return image;
    }

    static QByteArray encoded(const QImage &image, const char *format, int quality = 85)
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, format);
        writer.setQuality(quality);
        writer.write(image);
        return bytes;
    }

    static QByteArray jpeg(int seed, QSize size = {320, 240})
    {
        return encoded(pattern(seed, size), "jpeg");
    }

    static QByteArray png(int seed, QSize size = {200, 150})
    {
        return encoded(pattern(seed, size), "png");
    }

    /// Bytes an MP4 sniffer recognises ("ftyp" box), then seeded noise.
    static QByteArray fakeMp4(int seed, qint64 size)
    {
        const QByteArray head("\x00\x00\x00\x18"
                              "ftypmp42\x00\x00\x00\x00mp42isom",
                              24);
        QByteArray bytes(size, Qt::Uninitialized);
        QRandomGenerator random{quint32(seed)};
        QList<quint32> words(1 << 18);
        for (qint64 at = 0; at < size; at += words.size() * 4) {
            random.fillRange(words.data(), words.size());
            std::memcpy(bytes.data() + at, words.constData(),
                        size_t(std::min<qint64>(words.size() * 4, size - at)));
        }
        bytes.replace(0, std::min<qsizetype>(head.size(), size), head.left(size));
        return bytes;
    }

    static bool write(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    static QString sha256(const QByteArray &bytes) { return Sha256::hex(bytes); }
};

} // namespace ne::test
