// SPDX-License-Identifier: MIT
#include "MediaIngest.h"

#include "EntityController.h"
#include "ErrorTable.h"
#include "ImageProbe.h"

#include <QMimeDatabase>

#include <pqxx/pqxx>

namespace ne::server {

namespace {

QString titleFor(const QVariantMap &fields, const QString &fileName, const QString &sha, int max)
{
    const QString title = fields.value(QStringLiteral("title")).toString();
    if (!title.isEmpty())
        return title;
    return fileName.isEmpty() ? sha.left(12) : fileName.left(max);
}

} // namespace

MediaIngest::MediaIngest(std::shared_ptr<MeteredRepository> repo, const MediaFiles *files,
                         qint64 maxImageBytes, Created onCreated)
    : m_repo(std::move(repo))
    , m_files(files)
    , m_maxImageBytes(maxImageBytes)
    , m_onCreated(std::move(onCreated))
{}

MediaIngest::Result MediaIngest::ingest(QFile &file, const QString &sha256, const QString &fileName,
                                        const QVariantMap &fields, Accept accept,
                                        const QByteArray &requestId)
{
    const QString sha = sha256.toLower();
    if (const auto existing = m_repo->findImageBySha256(sha)) {
        Result r;
        r.response =
            EntityController::itemResponse(*existing, EntitySchema::of(EntityKind::Image), 200);
        r.id = existing->id();
        return r;
    }
    if (ImageProbe::probe(file))
        return image(file, sha, fileName, fields, requestId);
    if (accept == Accept::ImagesAndVideos) {
        file.seek(0);
        const QString mime = QMimeDatabase().mimeTypeForData(&file).name();
        if (mime.startsWith(QStringLiteral("video/")))
            return video(file, sha, mime, fileName, fields);
    }
    Result refused;
    refused.response = ErrorTable::response(
        ApiError::UnsupportedMediaType, requestId,
        accept == Accept::Images
            ? QStringLiteral(
                  "The file is not an image this server can read (JPEG, PNG, GIF, WebP, BMP).")
            : QStringLiteral("The file is neither an image this server can read nor a video."));
    return refused;
}

MediaIngest::Result MediaIngest::image(QFile &file, const QString &sha, const QString &fileName,
                                       const QVariantMap &fields, const QByteArray &requestId)
{
    Result r;
    if (file.size() > m_maxImageBytes) {
        r.response = ErrorTable::response(
            ApiError::PayloadTooLarge, requestId,
            QStringLiteral("Images may have at most %1 MB.").arg(m_maxImageBytes / (1024 * 1024)));
        return r;
    }
    const ImageInfo info = *ImageProbe::probe(file);
    QVariantMap values;
    for (const char *key : {"title", "type", "description", "altText", "categoryId", "tags"}) {
        const QString k = QLatin1String(key);
        if (fields.contains(k) && !fields.value(k).toString().isEmpty())
            values.insert(k, fields.value(k));
    }
    if (fields.value(QStringLiteral("tags")).typeId() == QMetaType::QStringList)
        values.insert(QStringLiteral("tags"), fields.value(QStringLiteral("tags")));
    values.insert(QStringLiteral("title"), titleFor(fields, fileName, sha, 200));
    store(file, sha, info.mimeType(), info.displaySize());
    values.insert(QStringLiteral("contentSha256"), sha);
    values.insert(QStringLiteral("originalName"), fileName.isEmpty() ? sha : fileName);
    bool already = false;
    const Record record = m_repo->createImage(values, &already);
    r.id = record.id();
    r.created = !already;
    r.response = EntityController::itemResponse(record, EntitySchema::of(EntityKind::Image),
                                                already ? 200 : 201);
    if (r.created) {
        r.response.setHeader("Location", "/api/v2/images/" + record.id().toLatin1());
        if (m_onCreated)
            m_onCreated(EntityKind::Image, record.id());
    }
    return r;
}

MediaIngest::Result MediaIngest::video(QFile &file, const QString &sha, const QString &mimeType,
                                       const QString &fileName, const QVariantMap &fields)
{
    Result r;
    r.kind = EntityKind::Video;
    const MediaRef media = store(file, sha, mimeType, {});
    if (const auto existing = videoWithPlaybackUrl(media.url)) {
        r.id = *existing;
        r.response = EntityController::itemResponse(m_repo->get(EntityKind::Video, *existing),
                                                    EntitySchema::of(EntityKind::Video), 200);
        return r;
    }
    QVariantMap values{{QStringLiteral("title"), titleFor(fields, fileName, sha, 500)},
                       {QStringLiteral("videoType"), QStringLiteral("on_demand")},
                       {QStringLiteral("playbackUrl"), media.url},
                       {QStringLiteral("fileSize"), media.size}};
    if (const QString d = fields.value(QStringLiteral("description")).toString(); !d.isEmpty())
        values.insert(QStringLiteral("summary"), d);
    if (const QString c = fields.value(QStringLiteral("categoryId")).toString(); !c.isEmpty())
        values.insert(QStringLiteral("categoryId"), c);
    const Record record = m_repo->create(EntityKind::Video, values);
    r.id = record.id();
    r.created = true;
    r.response = EntityController::itemResponse(record, EntitySchema::of(EntityKind::Video), 201);
    r.response.setHeader("Location", "/api/v2/videos/" + record.id().toLatin1());
    if (m_onCreated)
        m_onCreated(EntityKind::Video, record.id());
    return r;
}

MediaRef MediaIngest::store(QFile &file, const QString &sha, const QString &mimeType,
                            QSize pixelSize)
{
    if (!m_files) {
        file.seek(0);
        return m_repo->putMedia(file, mimeType, sha, pixelSize);
    }
    // The file first, even when the row exists: this instance may not have the bytes yet.
    QString error;
    if (!m_files->store(file, sha, &error))
        throw StoreError(StoreError::Kind::Server, QStringLiteral("Cannot store the file."), error);
    // Identical bytes recorded before (here, or by a direct client) keep their row.
    return m_repo->registerExternalMedia(sha, file.size(), mimeType, pixelSize);
}

std::optional<QString> MediaIngest::videoWithPlaybackUrl(const QString &url) const
{
    // Videos have no content hash column; their playback URL names the stored bytes.
    return m_repo->timed("select", "videos", [&]() -> std::optional<QString> {
        auto lease = m_repo->pool()->acquire();
        try {
            pqxx::read_transaction tx(*lease);
            const pqxx::result r = tx.exec_params(
                "SELECT id::text FROM videos WHERE playback_url = $1 AND deleted_at IS NULL "
                "ORDER BY created_at LIMIT 1",
                url.toStdString());
            if (r.empty())
                return std::nullopt;
            return QString::fromStdString(r[0][0].as<std::string>());
        } catch (const std::exception &e) {
            throw StoreError(StoreError::Kind::Server, QStringLiteral("The database failed."),
                             QString::fromUtf8(e.what()));
        }
    });
}

} // namespace ne::server
