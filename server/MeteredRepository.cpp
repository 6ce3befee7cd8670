// SPDX-License-Identifier: MIT
#include "MeteredRepository.h"

namespace ne::server {

MeteredRepository::MeteredRepository(std::shared_ptr<PgRepository> repository,
                                     ServerMetrics &metrics)
    : m_repo(std::move(repository))
    , m_metrics(metrics)
{}

const char *MeteredRepository::tableOf(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Image:
        return "site_images";
    case EntityKind::Article:
        return "site_articles";
    case EntityKind::News:
        return "news";
    case EntityKind::Video:
        return "videos";
    }
    return "unknown";
}

Page MeteredRepository::list(const Query &query, const Cursor &cursor, int limit) const
{
    return timed("select", tableOf(query.kind), [&] { return m_repo->list(query, cursor, limit); });
}

Page MeteredRepository::listRows(const Query &query, const Cursor &cursor, int limit,
                                 const std::function<void(const PgRowText &)> &visit) const
{
    // The visitor writes each row into the response as it comes: its time is the JSON's,
    // not the database's, and db_query_duration_seconds must not hide a slow writer.
    double visiting = 0;
    const auto timedVisit = [&](const PgRowText &row) {
        const auto started = std::chrono::steady_clock::now();
        visit(row);
        visiting +=
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    };
    return timed(
        "select", tableOf(query.kind),
        [&] { return m_repo->listRows(query, cursor, limit, timedVisit); }, &visiting);
}

Record MeteredRepository::get(EntityKind kind, const QString &id) const
{
    return timed("select", tableOf(kind), [&] { return m_repo->get(kind, id); });
}

Record MeteredRepository::create(EntityKind kind, const QVariantMap &values)
{
    return timed("insert", tableOf(kind), [&] { return m_repo->create(kind, values); });
}

Record MeteredRepository::update(EntityKind kind, const QString &id, const QVariantMap &changes,
                                 qint64 expectedVersion)
{
    return timed("update", tableOf(kind),
                 [&] { return m_repo->update(kind, id, changes, expectedVersion); });
}

int MeteredRepository::updateMany(EntityKind kind, const QStringList &ids,
                                  const QVariantMap &changes)
{
    return timed("update", tableOf(kind), [&] { return m_repo->updateMany(kind, ids, changes); });
}

int MeteredRepository::remove(EntityKind kind, const QStringList &ids)
{
    return timed("delete", tableOf(kind), [&] { return m_repo->remove(kind, ids); });
}

int MeteredRepository::restore(EntityKind kind, const QStringList &ids)
{
    return timed("update", tableOf(kind), [&] { return m_repo->restore(kind, ids); });
}

qint64 MeteredRepository::count(const Query &query, bool exact) const
{
    return timed("count", tableOf(query.kind), [&] { return m_repo->count(query, exact); });
}

Record MeteredRepository::createImage(const QVariantMap &values, bool *alreadyPresent)
{
    return timed("insert", "site_images",
                 [&] { return m_repo->createImage(values, alreadyPresent); });
}

std::optional<Record> MeteredRepository::findImageBySha256(const QString &sha256) const
{
    return timed("select", "site_images", [&] { return m_repo->findImageBySha256(sha256); });
}

MediaRef MeteredRepository::putMedia(QIODevice &source, const QString &mimeType,
                                     const QString &expectedSha256, QSize pixelSize)
{
    return timed("insert", "media_objects",
                 [&] { return m_repo->putMedia(source, mimeType, expectedSha256, {}, pixelSize); });
}

MediaRef MeteredRepository::registerExternalMedia(const QString &sha256, qint64 size,
                                                  const QString &mimeType, QSize pixelSize)
{
    return timed("insert", "media_objects",
                 [&] { return m_repo->registerExternalMedia(sha256, size, mimeType, pixelSize); });
}

std::optional<MediaRef> MeteredRepository::mediaInfo(const QString &sha256) const
{
    return timed("select", "media_objects", [&] { return m_repo->mediaInfo(sha256); });
}

qint64 MeteredRepository::readMedia(const QString &sha256, QIODevice &sink) const
{
    return timed("select", "media_chunks", [&] { return m_repo->readMedia(sha256, sink); });
}

} // namespace ne::server
