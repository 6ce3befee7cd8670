// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>

namespace ne::server {

/// Reads the orientation tag (0x0112) from a JPEG APP1 "Exif" segment, so that the
/// server needs neither Qt Gui nor libexif for it. Bounds-checked: hostile input yields 1.
class ExifOrientation
{
public:
    /// payload: the APP1 segment's bytes after its length field ("Exif\0\0" + TIFF).
    /// Returns 1..8 (1 = as stored); 1 when absent or unreadable.
    static int fromApp1(QByteArrayView payload);
    /// True for 5..8: the picture is shown with width and height swapped.
    static bool swapsAxes(int orientation) { return orientation >= 5 && orientation <= 8; }
};

} // namespace ne::server
