// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
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
};

} // namespace ne
