// SPDX-License-Identifier: MIT
#pragma once

#include "ImageProbe.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace ne::server {

/// Makes JPEG previews without Qt Gui: JPEG through TurboJPEG with its DCT scaling
/// (a 24-megapixel photo decodes at 1/8 size, never in full), PNG through libpng,
/// WebP through libwebp's scaled decoder; then an area-averaging fit to the bound and
/// the EXIF orientation. Pure and thread-safe (worker threads).
class ThumbnailRenderer
{
public:
    /// RGB, 3 bytes per pixel, rows packed.
    struct Pixels
    {
        int width = 0;
        int height = 0;
        std::vector<unsigned char> rgb;
    };

    /// JPEG bytes of a preview whose longest edge is at most bound (never upscaled), or
    /// empty with *error set. info comes from ImageProbe for the same bytes.
    static QByteArray render(const uchar *data, qsizetype size, const ImageInfo &info, int bound,
                             QString *error);
    /// Largest PNG accepted (decoded whole: libpng has no scaled decode).
    static constexpr qint64 kMaxPngPixels = 40'000'000;

    /// Exposed for tests: the area-average fit and the EXIF transform.
    static Pixels fit(const Pixels &source, int bound);
    static Pixels orient(const Pixels &source, int orientation);

private:
    static bool decodeJpeg(const uchar *data, qsizetype size, int bound, Pixels &out,
                           QString *error);
    static bool decodePng(const uchar *data, qsizetype size, Pixels &out, QString *error);
    static bool decodeWebP(const uchar *data, qsizetype size, int bound, Pixels &out,
                           QString *error);
    static QByteArray encodeJpeg(const Pixels &pixels, QString *error);
};

} // namespace ne::server
