// SPDX-License-Identifier: MIT
#include "FileInspector.h"

#include "media/Sha256.h"
#include "media/Thumbnailer.h"
#include "store/StoreError.h"

#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLocale>
#include <QMimeDatabase>
#include <algorithm>

namespace ne {

namespace {

constexpr qint64 kChunk = 1 << 20;
/// A JPEG's end marker must lie this close to the end: cameras append small trailers, but
/// a file cut short in transfer has none (Qt's decoder would quietly pad it with grey).
constexpr qint64 kJpegTail = 64 * 1024;

using K = StoreError::Kind;

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace

FileInspector::FileInspector(UploadLimits limits, QSize thumbnailSize)
    : m_limits(limits)
    , m_thumbnailSize(thumbnailSize)
{}

Inspection FileInspector::inspect(const QString &path, const std::function<bool()> &cancelled) const
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (info.isSymLink() && !info.exists())
        throw StoreError(K::Invalid, tr("%1 is a link to a file that does not exist.").arg(name));
    if (!info.exists())
        throw StoreError(K::Invalid, tr("%1 is no longer there: it was moved or deleted after "
                                        "it was added.")
                                         .arg(name));
    if (info.isDir())
        throw StoreError(K::Invalid, tr("%1 is a folder, not a file.").arg(name));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(K::Invalid, tr("%1 cannot be read: %2").arg(name, file.errorString()));
    Inspection out;
    out.size = file.size();
    if (out.size == 0)
        throw StoreError(K::Invalid, tr("%1 is empty (0 bytes).").arg(name));

    const QMimeDatabase mimes;
    QMimeType mime = mimes.mimeTypeForData(&file);
    // Some video containers carry no magic number; trust the name only for those.
    if (mime.isDefault() && mimes.mimeTypeForFile(info, QMimeDatabase::MatchExtension)
                                .name()
                                .startsWith(QLatin1String("video/")))
        mime = mimes.mimeTypeForFile(info, QMimeDatabase::MatchExtension);
    file.close();
    out.mimeType = mime.name();
    if (out.mimeType.startsWith(QLatin1String("image/")))
        out.kind = EntityKind::Image;
    else if (out.mimeType.startsWith(QLatin1String("video/")))
        out.kind = EntityKind::Video;
    else
        throw StoreError(
            K::Invalid,
            tr("%1 is not an image or a video (its content is: %2).").arg(name, mime.comment()));

    const bool image = out.kind == EntityKind::Image;
    const qint64 limit = image ? m_limits.maxImageBytes : m_limits.maxVideoBytes;
    if (out.size > limit)
        throw StoreError(K::TooLarge,
                         (image ? tr("%1 is %2, larger than the %3 allowed for an image.")
                                : tr("%1 is %2, larger than the %3 allowed for a video."))
                             .arg(name, sizeText(out.size), sizeText(limit)));
    if (image)
        checkImage(path, out);
    hash(path, out, cancelled);
    if (image) {
        QString error;
        out.thumbnail = Thumbnailer::fromFile(path, m_thumbnailSize, &error);
        if (out.thumbnail.isNull())
            throw StoreError(K::Invalid,
                             tr("%1 is damaged and cannot be decoded: %2").arg(name, error));
    }
    return out;
}

void FileInspector::checkImage(const QString &path, Inspection &out) const
{
    const QString name = QFileInfo(path).fileName();
    QImageReader reader(path);
    const QByteArray format = reader.format();
    if (format.isEmpty() || !reader.canRead())
        throw StoreError(K::Invalid,
                         tr("%1 looks like %2 but this format cannot be read (or "
                            "the file is damaged).")
                             .arg(name, QMimeDatabase().mimeTypeForName(out.mimeType).comment()));
    out.pixelSize = reader.size(); // from the header: nothing is decoded here
    if (!out.pixelSize.isValid() || out.pixelSize.isEmpty())
        throw StoreError(K::Invalid, reader.error() == QImageReader::UnknownError
                                         ? tr("%1 is damaged: its header cannot be read.").arg(name)
                                         : tr("%1 is damaged: its header cannot be read (%2).")
                                               .arg(name, reader.errorString()));
}

void FileInspector::hash(const QString &path, Inspection &out,
                         const std::function<bool()> &cancelled) const
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(K::Invalid, tr("%1 cannot be read: %2").arg(name, file.errorString()));
    const bool jpeg = out.mimeType == QLatin1String("image/jpeg");
    Sha256 sha;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    qint64 done = 0;
    bool endMarkerNearEnd = false;
    char previousLast = 0;
    for (;;) {
        if (cancelled && cancelled())
            throw StoreError(K::Cancelled, tr("Cancelled."));
        const qint64 n = file.read(buffer.data(), kChunk);
        if (n < 0)
            throw StoreError(K::Invalid, tr("Reading %1 failed: %2").arg(name, file.errorString()));
        if (n == 0)
            break;
        sha.addData(buffer.constData(), n);
        done += n;
        if (jpeg && done + kJpegTail > out.size) {
            const qint64 from = std::max<qint64>(0, n - (done - (out.size - kJpegTail)));
            endMarkerNearEnd = endMarkerNearEnd ||
                               QByteArray::fromRawData(buffer.constData() + from, n - from)
                                   .contains(QByteArrayLiteral("\xFF\xD9")) ||
                               (from == 0 && previousLast == '\xFF' && buffer.at(0) == '\xD9');
        }
        previousLast = buffer.at(n - 1);
    }
    if (done != out.size || QFileInfo(path).size() != out.size)
        throw StoreError(K::Invalid, tr("%1 changed while it was being read; add it again when "
                                        "it is complete.")
                                         .arg(name));
    if (jpeg && !endMarkerNearEnd)
        throw StoreError(K::Invalid, tr("%1 is truncated: the JPEG data ends before its end "
                                        "marker (an incomplete copy or download?).")
                                         .arg(name));
    out.sha256 = sha.hexResult();
}

} // namespace ne
