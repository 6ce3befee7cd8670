// SPDX-License-Identifier: MIT
#include "Thumbnailer.h"

#include <QImageReader>

namespace ne {

QImage Thumbnailer::fromFile(const QString &path, QSize bound, QString *errorString)
{
    QImageReader reader(path);
    return read(reader, bound, errorString);
}

QImage Thumbnailer::fromDevice(QIODevice *device, QSize bound, QString *errorString)
{
    QImageReader reader(device);
    return read(reader, bound, errorString);
}

QImage Thumbnailer::read(QImageReader &reader, QSize bound, QString *errorString)
{
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    if (full.isValid() && (full.width() > bound.width() || full.height() > bound.height())) {
        // EXIF rotation swaps the axes after decoding, so scale against the rotated bound.
        const bool swapped =
            reader.transformation().testFlag(QImageIOHandler::TransformationRotate90);
        const QSize target = full.scaled(swapped ? bound.transposed() : bound, Qt::KeepAspectRatio);
        reader.setScaledSize(target.expandedTo(QSize(1, 1)));
    }
    QImage image = reader.read();
    if (image.isNull() && errorString)
        *errorString = reader.errorString();
    return image;
}

} // namespace ne
