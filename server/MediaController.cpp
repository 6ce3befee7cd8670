// SPDX-License-Identifier: MIT
#include "MediaController.h"

#include "ErrorTable.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace ne::server {

MediaController::MediaController(std::shared_ptr<PgRepository> repo, QString dataDir)
    : m_repo(std::move(repo))
    , m_dataDir(std::move(dataDir))
{
}

HttpResponse MediaController::serve(const HttpRequest &request, const QString &sha256)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    const QString sha = sha256.toLower();
    if (!hex.match(sha).hasMatch()) // also refuses every path-traversal attempt
        return ErrorTable::response(ApiError::NotFound, request.requestId);
    const auto info = m_repo->mediaInfo(sha);
    if (!info)
        return ErrorTable::response(ApiError::NotFound, request.requestId);
    const QByteArray etag = '"' + sha.toLatin1() + '"';
    if (request.header("if-none-match") == etag) {
        HttpResponse r = HttpResponse::empty(304);
        r.setHeader("ETag", etag);
        return r;
    }
    const QString dir = m_dataDir + QStringLiteral("/media/") + sha.left(2);
    const QString path = dir + QLatin1Char('/') + sha;
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(dir);
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return ErrorTable::response(ApiError::Internal, request.requestId);
        m_repo->readMedia(sha, out);
        if (!out.commit())
            return ErrorTable::response(ApiError::Internal, request.requestId);
    }
    HttpResponse r;
    r.filePath = path;
    r.setHeader("Content-Type", info->mimeType.toLatin1());
    r.setHeader("ETag", etag);
    r.setHeader("Accept-Ranges", "bytes");
    r.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    const qint64 size = info->size;
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
            HttpResponse bad = ErrorTable::response(ApiError::BadRequest, request.requestId, QStringLiteral("Range not satisfiable."));
            bad.status = 416;
            bad.setHeader("Content-Range", "bytes */" + QByteArray::number(size));
            return bad;
        }
        r.status = 206;
        r.fileOffset = first;
        r.fileLength = last - first + 1;
        r.setHeader("Content-Range", "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/' + QByteArray::number(size));
    }
    return r;
}

} // namespace ne::server
