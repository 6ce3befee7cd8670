// SPDX-License-Identifier: MIT
#include "MediaController.h"

#include "ErrorTable.h"
#include "ImageProbe.h"
#include "ThumbnailRenderer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace ne::server {

namespace {

/// Lowercase hex or empty: also refuses every path-traversal attempt.
QString validSha(const QString &sha256)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    const QString sha = sha256.toLower();
    return hex.match(sha).hasMatch() ? sha : QString();
}

HttpResponse notModified(const QByteArray &etag)
{
    HttpResponse r = HttpResponse::empty(304);
    r.setHeader("ETag", etag);
    return r;
}

} // namespace

MediaController::MediaController(std::shared_ptr<MeteredRepository> repo, const MediaFiles &files,
                                 QString dataDir, int thumbnailSize)
    : m_repo(std::move(repo))
    , m_files(files)
    , m_dataDir(std::move(dataDir))
    , m_thumbnailSize(thumbnailSize)
{}

QList<int> MediaController::thumbnailSizes() const
{
    // A fixed menu: arbitrary sizes would let anyone fill the disk with renditions.
    QList<int> sizes{64, 128, 256, 512, 1024};
    if (!sizes.contains(m_thumbnailSize))
        sizes.append(m_thumbnailSize);
    std::sort(sizes.begin(), sizes.end());
    return sizes;
}

QString MediaController::localCopy(const QString &sha)
{
    const QString path = m_files.pathOf(sha);
    if (QFileInfo::exists(path))
        return path;
    QDir().mkpath(QFileInfo(path).path());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    m_repo->readMedia(sha, out);
    return out.commit() ? path : QString();
}

HttpResponse MediaController::serve(const HttpRequest &request, const QString &sha256)
{
    const QString sha = validSha(sha256);
    if (sha.isEmpty())
        return ErrorTable::response(ApiError::NotFound, request.requestId);
    const QByteArray etag = '"' + sha.toLatin1() + '"';
    if (request.header("if-none-match") == etag)
        return notModified(etag);
    const auto info = m_repo->mediaInfo(sha);
    if (!info)
        return ErrorTable::response(ApiError::NotFound, request.requestId);
    const QString path = localCopy(sha);
    if (path.isEmpty())
        return ErrorTable::response(ApiError::Internal, request.requestId);
    return fileResponse(request, path, info->size, info->mimeType.toLatin1(), etag);
}

HttpResponse MediaController::thumbnail(const HttpRequest &request, const QString &sha256)
{
    const QString sha = validSha(sha256);
    if (sha.isEmpty())
        return ErrorTable::response(ApiError::NotFound, request.requestId);
    int bound = m_thumbnailSize;
    if (const QString given = request.param(QStringLiteral("size")); !given.isEmpty()) {
        bound = given.toInt();
        if (!thumbnailSizes().contains(bound)) {
            QStringList offered;
            for (int s : thumbnailSizes())
                offered.append(QString::number(s));
            return ErrorTable::response(
                ApiError::Validation, request.requestId,
                QStringLiteral("size must be one of %1.").arg(offered.join(QStringLiteral(", "))),
                {{QStringLiteral("size"), QStringLiteral("not offered"),
                  QStringLiteral("invalid")}});
        }
    }
    const QByteArray etag = '"' + sha.toLatin1() + "-t" + QByteArray::number(bound) + '"';
    if (request.header("if-none-match") == etag)
        return notModified(etag);
    const QString dir = m_dataDir + QStringLiteral("/thumbnails/%1/").arg(bound) + sha.left(2);
    const QString path = dir + QLatin1Char('/') + sha + QStringLiteral(".jpg");
    if (!QFileInfo::exists(path)) {
        if (!m_repo->mediaInfo(sha))
            return ErrorTable::response(ApiError::NotFound, request.requestId);
        const QString original = localCopy(sha);
        QFile source(original);
        if (original.isEmpty() || !source.open(QIODevice::ReadOnly))
            return ErrorTable::response(ApiError::Internal, request.requestId);
        const std::optional<ImageInfo> info = ImageProbe::probe(source);
        if (!info || !info->canThumbnail())
            return ErrorTable::response(
                ApiError::UnsupportedMediaType, request.requestId,
                QStringLiteral("Thumbnails are made from JPEG, PNG and WebP images only."));
        const uchar *bytes = source.map(0, source.size());
        if (!bytes)
            return ErrorTable::response(ApiError::Internal, request.requestId);
        QString error;
        const QByteArray jpeg =
            ThumbnailRenderer::render(bytes, source.size(), *info, bound, &error);
        source.unmap(const_cast<uchar *>(bytes));
        if (jpeg.isEmpty())
            return ErrorTable::response(ApiError::UnsupportedMediaType, request.requestId, error);
        QDir().mkpath(dir);
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(jpeg) != jpeg.size() || !out.commit())
            return ErrorTable::response(ApiError::Internal, request.requestId);
    }
    return fileResponse(request, path, QFileInfo(path).size(), "image/jpeg", etag);
}

HttpResponse MediaController::fileResponse(const HttpRequest &request, const QString &path,
                                           qint64 size, const QByteArray &mimeType,
                                           const QByteArray &etag)
{
    HttpResponse r;
    r.filePath = path;
    r.setHeader("Content-Type", mimeType);
    r.setHeader("ETag", etag);
    r.setHeader("Accept-Ranges", "bytes");
    r.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    static const QRegularExpression range(QStringLiteral("^bytes=(\\d*)-(\\d*)$"));
    const auto m = range.match(QString::fromLatin1(request.header("range")));
    if (m.hasMatch() && (!m.captured(1).isEmpty() || !m.captured(2).isEmpty())) {
        qint64 first = 0, last = size - 1;
        if (m.captured(1).isEmpty()) {
            first = std::max<qint64>(0, size - m.captured(2).toLongLong());
        } else {
            first = m.captured(1).toLongLong();
            if (!m.captured(2).isEmpty())
                last = std::min(last, m.captured(2).toLongLong());
        }
        if (first > last || first >= size) {
            HttpResponse bad = ErrorTable::response(ApiError::BadRequest, request.requestId,
                                                    QStringLiteral("Range not satisfiable."));
            bad.status = 416;
            bad.setHeader("Content-Range", "bytes */" + QByteArray::number(size));
            return bad;
        }
        r.status = 206;
        r.fileOffset = first;
        r.fileLength = last - first + 1;
        r.setHeader("Content-Range", "bytes " + QByteArray::number(first) + '-' +
                                         QByteArray::number(last) + '/' + QByteArray::number(size));
    }
    return r;
}

} // namespace ne::server
