// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>

class QIODevice;
class QImageReader;
#include <QString>

namespace ne {

/// Makes previews the fast way: the JPEG decoder scales while decoding
/// (QImageReader::setScaledSize), and EXIF orientation is applied. Thread-safe; call it
/// from the cpu pool.
class Thumbnailer
{
public:
    /// A preview fitting inside bound, or a null image with errorString() set.
    static QImage fromFile(const QString &path, QSize bound, QString *errorString = nullptr);
    /// The same from an open device, e.g. bytes a backend fetched into a QBuffer.
    static QImage fromDevice(QIODevice *device, QSize bound, QString *errorString = nullptr);

private:
    static QImage read(QImageReader &reader, QSize bound, QString *errorString);
};

} // namespace ne
