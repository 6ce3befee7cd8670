// SPDX-License-Identifier: MIT
#include "ThumbnailRenderer.h"

#include "ExifOrientation.h"

#include <png.h>
#include <turbojpeg.h>
#include <webp/decode.h>

#include <algorithm>
#include <memory>

namespace ne::server {

namespace {

constexpr int kQuality = 82;

struct TjDeleter
{
    void operator()(void *handle) const { tjDestroy(handle); }
};
using TjHandle = std::unique_ptr<void, TjDeleter>;

QString tjError(void *handle)
{
    return QString::fromLocal8Bit(tjGetErrorStr2(handle));
}

} // namespace

QByteArray ThumbnailRenderer::render(const uchar *data, qsizetype size, const ImageInfo &info,
                                     int bound, QString *error)
{
    Pixels decoded;
    bool ok = false;
    switch (info.format) {
    case ImageInfo::Format::Jpeg:
        ok = decodeJpeg(data, size, bound, decoded, error);
        break;
    case ImageInfo::Format::Png:
        ok = decodePng(data, size, decoded, error);
        break;
    case ImageInfo::Format::WebP:
        ok = decodeWebP(data, size, bound, decoded, error);
        break;
    default:
        *error = QStringLiteral("Thumbnails are made from JPEG, PNG and WebP images only.");
        return {};
    }
    if (!ok)
        return {};
    return encodeJpeg(orient(fit(decoded, bound), info.orientation), error);
}

bool ThumbnailRenderer::decodeJpeg(const uchar *data, qsizetype size, int bound, Pixels &out,
                                   QString *error)
{
    TjHandle tj(tjInitDecompress());
    int width = 0, height = 0, subsamp = 0, colorspace = 0;
    if (!tj || tjDecompressHeader3(tj.get(), data, static_cast<unsigned long>(size), &width,
                                   &height, &subsamp, &colorspace) != 0) {
        *error = QStringLiteral("The JPEG header is unreadable: %1").arg(tjError(tj.get()));
        return false;
    }
    // The smallest DCT scale whose longest edge still covers the bound: the decoder
    // then does most of the shrinking for free.
    int count = 0;
    const tjscalingfactor *factors = tjGetScalingFactors(&count);
    tjscalingfactor best{1, 1};
    int bestEdge = std::max(width, height);
    for (int i = 0; i < count; ++i) {
        const int edge = std::max(TJSCALED(width, factors[i]), TJSCALED(height, factors[i]));
        if (edge >= bound && edge < bestEdge) {
            best = factors[i];
            bestEdge = edge;
        }
    }
    out.width = TJSCALED(width, best);
    out.height = TJSCALED(height, best);
    out.rgb.resize(size_t(out.width) * size_t(out.height) * 3);
    if (tjDecompress2(tj.get(), data, static_cast<unsigned long>(size), out.rgb.data(), out.width,
                      0, out.height, TJPF_RGB, TJFLAG_FASTDCT) != 0) {
        // A warning (e.g. a truncated scan) still leaves a usable picture.
        if (tjGetErrorCode(tj.get()) != TJERR_WARNING) {
            *error = QStringLiteral("The JPEG cannot be decoded: %1").arg(tjError(tj.get()));
            return false;
        }
    }
    return true;
}

bool ThumbnailRenderer::decodePng(const uchar *data, qsizetype size, Pixels &out, QString *error)
{
    png_image image{};
    image.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_memory(&image, data, size_t(size))) {
        *error = QStringLiteral("The PNG header is unreadable: %1")
                     .arg(QString::fromLatin1(image.message));
        return false;
    }
    if (qint64(image.width) * image.height > kMaxPngPixels) {
        png_image_free(&image);
        *error =
            QStringLiteral("The PNG is too large to make a thumbnail from (over %1 megapixels).")
                .arg(kMaxPngPixels / 1'000'000);
        return false;
    }
    image.format = PNG_FORMAT_RGB; // transparency is composited onto white below
    out.width = int(image.width);
    out.height = int(image.height);
    out.rgb.resize(PNG_IMAGE_SIZE(image));
    const png_color white{255, 255, 255};
    if (!png_image_finish_read(&image, &white, out.rgb.data(), 0, nullptr)) {
        *error =
            QStringLiteral("The PNG cannot be decoded: %1").arg(QString::fromLatin1(image.message));
        png_image_free(&image);
        return false;
    }
    return true;
}

bool ThumbnailRenderer::decodeWebP(const uchar *data, qsizetype size, int bound, Pixels &out,
                                   QString *error)
{
    WebPDecoderConfig config;
    if (!WebPInitDecoderConfig(&config) ||
        WebPGetFeatures(data, size_t(size), &config.input) != VP8_STATUS_OK) {
        *error = QStringLiteral("The WebP header is unreadable.");
        return false;
    }
    const int width = config.input.width, height = config.input.height;
    const int edge = std::max(width, height);
    if (edge > bound) { // libwebp scales while decoding
        config.options.use_scaling = 1;
        config.options.scaled_width = std::max(1, int(qint64(width) * bound / edge));
        config.options.scaled_height = std::max(1, int(qint64(height) * bound / edge));
    }
    out.width = config.options.use_scaling ? config.options.scaled_width : width;
    out.height = config.options.use_scaling ? config.options.scaled_height : height;
    out.rgb.resize(size_t(out.width) * size_t(out.height) * 3);
    config.output.colorspace = MODE_RGB;
    config.output.is_external_memory = 1;
    config.output.u.RGBA.rgba = out.rgb.data();
    config.output.u.RGBA.stride = out.width * 3;
    config.output.u.RGBA.size = out.rgb.size();
    const VP8StatusCode status = WebPDecode(data, size_t(size), &config);
    WebPFreeDecBuffer(&config.output);
    if (status != VP8_STATUS_OK) {
        *error = QStringLiteral("The WebP cannot be decoded (libwebp status %1).").arg(int(status));
        return false;
    }
    return true;
}

ThumbnailRenderer::Pixels ThumbnailRenderer::fit(const Pixels &source, int bound)
{
    const int edge = std::max(source.width, source.height);
    if (edge <= bound || edge == 0)
        return source;
    Pixels out;
    out.width = std::max(1, int(qint64(source.width) * bound / edge));
    out.height = std::max(1, int(qint64(source.height) * bound / edge));
    out.rgb.resize(size_t(out.width) * size_t(out.height) * 3);
    // Area average: each target pixel is the mean of the source pixels it covers, which
    // keeps fine detail from aliasing the way nearest-neighbour sampling would.
    for (int y = 0; y < out.height; ++y) {
        const int y0 = int(qint64(y) * source.height / out.height);
        const int y1 = std::max(y0 + 1, int(qint64(y + 1) * source.height / out.height));
        for (int x = 0; x < out.width; ++x) {
            const int x0 = int(qint64(x) * source.width / out.width);
            const int x1 = std::max(x0 + 1, int(qint64(x + 1) * source.width / out.width));
            unsigned sum[3] = {0, 0, 0};
            for (int sy = y0; sy < y1; ++sy) {
                const unsigned char *p = source.rgb.data() + (size_t(sy) * source.width + x0) * 3;
                for (int sx = x0; sx < x1; ++sx, p += 3) {
                    sum[0] += p[0];
                    sum[1] += p[1];
                    sum[2] += p[2];
                }
            }
            const unsigned n = unsigned((y1 - y0) * (x1 - x0));
            unsigned char *d = out.rgb.data() + (size_t(y) * out.width + x) * 3;
            for (int c = 0; c < 3; ++c)
                d[c] = static_cast<unsigned char>((sum[c] + n / 2) / n);
        }
    }
    return out;
}

ThumbnailRenderer::Pixels ThumbnailRenderer::orient(const Pixels &source, int orientation)
{
    if (orientation <= 1 || orientation > 8)
        return source;
    const int w = source.width, h = source.height;
    Pixels out;
    const bool swap = ExifOrientation::swapsAxes(orientation);
    out.width = swap ? h : w;
    out.height = swap ? w : h;
    out.rgb.resize(source.rgb.size());
    for (int y = 0; y < out.height; ++y) {
        for (int x = 0; x < out.width; ++x) {
            int sx = x, sy = y; // where the shown pixel (x, y) is stored
            switch (orientation) {
            case 2:
                sx = w - 1 - x;
                break;
            case 3:
                sx = w - 1 - x;
                sy = h - 1 - y;
                break;
            case 4:
                sy = h - 1 - y;
                break;
            case 5:
                sx = y;
                sy = x;
                break;
            case 6:
                sx = y;
                sy = h - 1 - x;
                break;
            case 7:
                sx = w - 1 - y;
                sy = h - 1 - x;
                break;
            case 8:
                sx = w - 1 - y;
                sy = x;
                break;
            default:
                break;
            }
            std::copy_n(source.rgb.data() + (size_t(sy) * w + sx) * 3, 3,
                        out.rgb.data() + (size_t(y) * out.width + x) * 3);
        }
    }
    return out;
}

QByteArray ThumbnailRenderer::encodeJpeg(const Pixels &pixels, QString *error)
{
    TjHandle tj(tjInitCompress());
    unsigned char *buffer = nullptr;
    unsigned long size = 0;
    if (!tj || tjCompress2(tj.get(), pixels.rgb.data(), pixels.width, 0, pixels.height, TJPF_RGB,
                           &buffer, &size, TJSAMP_420, kQuality, 0) != 0) {
        *error = QStringLiteral("The thumbnail cannot be encoded: %1").arg(tjError(tj.get()));
        tjFree(buffer);
        return {};
    }
    QByteArray jpeg(reinterpret_cast<const char *>(buffer), qsizetype(size));
    tjFree(buffer);
    return jpeg;
}

} // namespace ne::server
