// SPDX-License-Identifier: MIT
#pragma once

#include "HttpMessage.h"
#include "MediaFiles.h"
#include "MeteredRepository.h"

#include <QFile>
#include <QVariantMap>

#include <functional>
#include <memory>

namespace ne::server {

/// Turns a finished upload (a local file whose SHA-256 is known) into an image or a video,
/// content-addressed: identical bytes are stored once, and an identical upload answers
/// with the existing item (200, not 201). Shared by multipart POST /images and tus.
/// Worker thread; StoreErrors propagate.
class MediaIngest
{
public:
    enum class Accept
    {
        Images,
        ImagesAndVideos
    };
    struct Result
    {
        HttpResponse response;
        EntityKind kind = EntityKind::Image;
        QString id;           ///< empty when refused
        bool created = false; ///< false: it existed (or was refused)
    };
    using Created = std::function<void(EntityKind kind, const QString &id)>;

    /// files: where the bytes go (the row to PostgreSQL); nullptr stores them in PostgreSQL.
    MediaIngest(std::shared_ptr<MeteredRepository> repo, const MediaFiles *files,
                qint64 maxImageBytes, Created onCreated);

    /// fields: title, type, description, altText, categoryId, tags (string list) as sent.
    Result ingest(QFile &file, const QString &sha256, const QString &fileName,
                  const QVariantMap &fields, Accept accept, const QByteArray &requestId);

private:
    Result image(QFile &file, const QString &sha, const QString &fileName,
                 const QVariantMap &fields, const QByteArray &requestId);
    Result video(QFile &file, const QString &sha, const QString &mimeType, const QString &fileName,
                 const QVariantMap &fields);
    std::optional<QString> videoWithPlaybackUrl(const QString &url) const;
    MediaRef store(QFile &file, const QString &sha, const QString &mimeType, QSize pixelSize);

    std::shared_ptr<MeteredRepository> m_repo;
    const MediaFiles *m_files;
    qint64 m_maxImageBytes;
    Created m_onCreated;
};

} // namespace ne::server
