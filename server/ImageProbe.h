// SPDX-License-Identifier: MIT
#pragma once

#include <QIODevice>
#include <QSize>
#include <QString>

#include <optional>

namespace ne::server {

/// What an uploaded file's header says: format, pixel size and EXIF orientation. Reads
/// only the headers (never decodes pixels) and needs no Qt Gui, so the server can vet
/// uploads without GUI libraries (issue 8).
struct ImageInfo
{
    enum class Format
    {
        Jpeg,
        Png,
        Gif,
        WebP,
        Bmp
    };
    Format format = Format::Jpeg;
    QSize storedSize;    ///< as encoded
    int orientation = 1; ///< EXIF 1..8 (JPEG only)

    QString mimeType() const;
    /// The size as shown, after the EXIF orientation.
    QSize displaySize() const;
    /// Formats ThumbnailRenderer can decode.
    bool canThumbnail() const
    {
        return format == Format::Jpeg || format == Format::Png || format == Format::WebP;
    }
};

class ImageProbe
{
public:
    /// Reads the headers from the device's start (it must be random access). nullopt when
    /// the bytes are not a JPEG, PNG, GIF, WebP or BMP image with a sane size.
    static std::optional<ImageInfo> probe(QIODevice &device);
    /// Largest accepted width or height: more is a decompression bomb, not a photo.
    static constexpr int kMaxEdge = 30000;

private:
    static std::optional<ImageInfo> probeJpeg(QIODevice &device);
};

} // namespace ne::server
