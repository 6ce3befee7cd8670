// SPDX-License-Identifier: MIT
// Test pictures made in memory (Qt Gui is fine in tests; the server never links it).
#pragma once

#include <QByteArray>
#include <QColor>
#include <QSize>

namespace TestImages {

/// A JPEG whose stored left half is red and right half blue, with an EXIF APP1 segment
/// carrying orientation (1..8; 0 = no EXIF at all). bigEndian picks "MM" or "II".
QByteArray twoColourJpeg(QSize size, int orientation, bool bigEndian = true);
/// The APP1 payload ("Exif\0\0" + TIFF) with one orientation entry.
QByteArray exifPayload(int orientation, bool bigEndian);
/// An encoded picture in a Qt-writable format ("PNG", "JPEG", "BMP").
QByteArray encoded(QSize size, const char *format, QColor colour = Qt::darkCyan);
/// A JPEG of random noise, about targetBytes long (noise does not compress).
QByteArray noiseJpeg(qint64 targetBytes, quint32 seed);

} // namespace TestImages
