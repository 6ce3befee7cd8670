// SPDX-License-Identifier: MIT
// Media bytes keyed by SHA-256 in chunked bytea rows (media_objects + media_chunks),
// streamed both ways, and the image rows made from them (upload dedupe).
#include "media/Sha256.h"
#include "store/postgres/PgRepositoryPrivate.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QUuid>

#include <pqxx/binarystring>

namespace ne {

using pg::Params;
using pg::PgRowCodec;

namespace {

constexpr qint64 kChunkSize = 512 * 1024;
constexpr int kChunksPerRead = 8;

const QString kSha = QStringLiteral("contentSha256");

using SnapshotTransaction =
    pqxx::transaction<pqxx::isolation_level::repeatable_read, pqxx::readwrite_policy::read_only>;

std::string shaParam(const QString &sha256)
{
    const QString s = sha256.trimmed().toLower();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(s).hasMatch())
        throw StoreError::invalid(
            {{kSha, StoreError::tr("“%1” is not a SHA-256 digest.").arg(sha256)}});
    return s.toStdString();
}

/// Reads up to max bytes, waiting on sequential devices; returns fewer only at the end.
QByteArray readChunk(QIODevice &source, qint64 max)
{
    QByteArray chunk;
    chunk.resize(max);
    qint64 filled = 0;
    while (filled < max) {
        const qint64 n = source.read(chunk.data() + filled, max - filled);
        if (n < 0)
            throw StoreError(
                StoreError::Kind::Server,
                StoreError::tr("Could not read the file: %1").arg(source.errorString()));
        if (n == 0) {
            if (source.atEnd() && !source.isSequential())
                break;
            if (!source.waitForReadyRead(30000))
                break;
        }
        filled += n;
    }
    chunk.resize(filled);
    return chunk;
}

} // namespace

std::optional<MediaRef> PgRepository::Private::fetchMedia(pqxx::transaction_base &tx,
                                                          const QString &sha256) const
{
    const pqxx::result r = pg::execPrepared(
        tx,
        "SELECT size, mime_type, width, height FROM media_objects WHERE sha256 = decode($1, 'hex')",
        {shaParam(sha256)});
    if (r.empty())
        return std::nullopt;
    MediaRef ref;
    ref.sha256 = sha256.toLower();
    ref.size = r[0][0].as<qint64>();
    ref.mimeType = QString::fromUtf8(r[0][1].c_str());
    ref.width = r[0][2].is_null() ? 0 : r[0][2].as<int>();
    ref.height = r[0][3].is_null() ? 0 : r[0][3].as<int>();
    ref.url = mediaPrefix + ref.sha256;
    ref.alreadyPresent = true;
    return ref;
}

std::optional<MediaRef> PgRepository::mediaInfo(const QString &sha256) const
{
    return d->withConnection(
        [&](pqxx::connection &c) {
            pqxx::read_transaction tx(c);
            return d->fetchMedia(tx, sha256);
        },
        true);
}

MediaRef PgRepository::putMedia(QIODevice &source, const QString &mimeType,
                                const QString &expectedSha256, const Progress &progress,
                                QSize pixelSize)
{
    if (!expectedSha256.isEmpty()) {
        if (auto existing = mediaInfo(expectedSha256))
            return *existing;
    }
    if (!source.isOpen() || !source.isReadable())
        throw StoreError(StoreError::Kind::Server,
                         StoreError::tr("The file is not open for reading."));
    return d->withConnection(
        [&](pqxx::connection &c) {
            pqxx::work tx(c);
            d->requireWritableSchema(tx);
            const std::string objectId =
                QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
            const std::string insertChunk = "INSERT INTO media_chunks (object_id, seq, data) "
                                            "VALUES ($1::uuid, $2::int, $3::bytea)";
            c.prepare("ne_media_chunk", insertChunk);
            Sha256 hash;
            qint64 total = 0;
            int seq = 0;
            for (;;) {
                const QByteArray chunk = readChunk(source, kChunkSize);
                if (chunk.isEmpty())
                    break;
                hash.addData(chunk);
                tx.exec_prepared("ne_media_chunk", objectId, seq++,
                                 pqxx::binarystring(chunk.constData(), size_t(chunk.size())));
                total += chunk.size();
                if (progress && !progress(total))
                    throw StoreError(StoreError::Kind::Cancelled,
                                     StoreError::tr("Upload cancelled."));
                if (chunk.size() < kChunkSize)
                    break;
            }
            const QString sha = hash.hexResult();
            if (!expectedSha256.isEmpty() && sha != expectedSha256.toLower())
                throw StoreError::invalid(
                    {{kSha, StoreError::tr("The file's content does not match "
                                           "its checksum; it changed or was "
                                           "damaged in transfer.")}});
            const pqxx::result r = pg::execPrepared(
                tx,
                "INSERT INTO media_objects (sha256, object_id, size, mime_type, chunk_size, width, "
                "height) VALUES (decode($1, 'hex'), $2::uuid, $3::bigint, $4, $5::int, $6::int, "
                "$7::int) ON CONFLICT (sha256) DO NOTHING RETURNING object_id",
                {sha.toStdString(), objectId, std::to_string(total),
                 (mimeType.isEmpty() ? QStringLiteral("application/octet-stream") : mimeType)
                     .toStdString(),
                 std::to_string(kChunkSize),
                 pixelSize.width() > 0 ? pg::Param(std::to_string(pixelSize.width())) : pg::Param(),
                 pixelSize.height() > 0 ? pg::Param(std::to_string(pixelSize.height()))
                                        : pg::Param()});
            if (r.empty()) {
                tx.abort(); // the same bytes are stored already: keep that copy
                pqxx::read_transaction rtx(c);
                return *d->fetchMedia(rtx, sha);
            }
            tx.commit();
            MediaRef ref;
            ref.sha256 = sha;
            ref.size = total;
            ref.mimeType = mimeType;
            ref.url = d->mediaPrefix + sha;
            ref.width = std::max(0, pixelSize.width());
            ref.height = std::max(0, pixelSize.height());
            return ref;
        },
        false);
}

MediaRef PgRepository::registerExternalMedia(const QString &sha256, qint64 size,
                                             const QString &mimeType, QSize pixelSize)
{
    const std::string sha = shaParam(sha256);
    return d->withConnection(
        [&](pqxx::connection &c) {
            pqxx::work tx(c);
            d->requireWritableSchema(tx);
            const pqxx::result r = pg::execPrepared(
                tx,
                "INSERT INTO media_objects (sha256, object_id, size, mime_type, chunk_size, width, "
                "height, bytes_in_database) VALUES (decode($1, 'hex'), gen_random_uuid(), "
                "$2::bigint, $3, $4::int, $5::int, $6::int, false) ON CONFLICT (sha256) DO NOTHING "
                "RETURNING object_id",
                {sha, std::to_string(size),
                 (mimeType.isEmpty() ? QStringLiteral("application/octet-stream") : mimeType)
                     .toStdString(),
                 std::to_string(kChunkSize),
                 pixelSize.width() > 0 ? pg::Param(std::to_string(pixelSize.width())) : pg::Param(),
                 pixelSize.height() > 0 ? pg::Param(std::to_string(pixelSize.height()))
                                        : pg::Param()});
            if (r.empty()) {
                tx.abort();
                pqxx::read_transaction rtx(c);
                return *d->fetchMedia(rtx, QString::fromStdString(sha));
            }
            tx.commit();
            MediaRef ref;
            ref.sha256 = QString::fromStdString(sha);
            ref.size = size;
            ref.mimeType = mimeType;
            ref.url = d->mediaPrefix + ref.sha256;
            ref.width = std::max(0, pixelSize.width());
            ref.height = std::max(0, pixelSize.height());
            return ref;
        },
        false);
}

qint64 PgRepository::readMedia(const QString &sha256, QIODevice &sink, qint64 offset,
                               qint64 length) const
{
    return d->withConnection(
        [&](pqxx::connection &c) {
            SnapshotTransaction tx(c);
            const pqxx::result info =
                pg::execPrepared(tx,
                                 "SELECT object_id, size, chunk_size, bytes_in_database FROM "
                                 "media_objects WHERE sha256 = decode($1, 'hex')",
                                 {shaParam(sha256)});
            if (info.empty())
                throw StoreError(StoreError::Kind::NotFound,
                                 StoreError::tr("The file's content is not in the database."));
            if (!info[0][3].as<bool>())
                throw StoreError(StoreError::Kind::NotFound,
                                 StoreError::tr("The file's content is kept by the NextEvent "
                                                "server that received it; open it through "
                                                "that server."));
            const std::string objectId = info[0][0].c_str();
            const qint64 size = info[0][1].as<qint64>();
            const qint64 chunkSize = info[0][2].as<qint64>();
            const qint64 begin = std::clamp<qint64>(offset, 0, size);
            const qint64 end = length < 0 ? size : std::min(size, begin + length);
            qint64 written = 0;
            qint64 seq = begin / chunkSize;
            const qint64 lastSeq = end > begin ? (end - 1) / chunkSize : seq - 1;
            while (seq <= lastSeq) {
                const qint64 batchEnd = std::min(lastSeq, seq + kChunksPerRead - 1);
                const pqxx::result r = pg::execPrepared(
                    tx,
                    "SELECT seq, data FROM media_chunks WHERE object_id = $1::uuid AND seq "
                    "BETWEEN $2::int AND $3::int ORDER BY seq",
                    {objectId, std::to_string(seq), std::to_string(batchEnd)});
                for (const pqxx::row &row : r) {
                    const qint64 s = row[0].as<qint64>();
                    const pqxx::binarystring data(row[1]);
                    const qint64 chunkStart = s * chunkSize;
                    const qint64 from = std::max<qint64>(0, begin - chunkStart);
                    const qint64 to = std::min<qint64>(qint64(data.size()), end - chunkStart);
                    if (to <= from)
                        continue;
                    const auto *bytes = reinterpret_cast<const char *>(data.data());
                    if (sink.write(bytes + from, to - from) != to - from)
                        throw StoreError(
                            StoreError::Kind::Server,
                            StoreError::tr("Could not write the file: %1").arg(sink.errorString()));
                    written += to - from;
                }
                seq = batchEnd + 1;
            }
            return written;
        },
        true);
}

QByteArray PgRepository::readMediaRange(const QString &sha256, qint64 offset, qint64 length) const
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    readMedia(sha256, buffer, offset, length);
    return out;
}

int PgRepository::removeMedia(const QString &sha256)
{
    return d->withConnection(
        [&](pqxx::connection &c) {
            pqxx::work tx(c);
            d->requireWritableSchema(tx);
            const pqxx::result r = pg::execPrepared(
                tx,
                "DELETE FROM media_objects m WHERE m.sha256 = decode($1, 'hex') AND NOT EXISTS "
                "(SELECT 1 FROM site_images i WHERE i.content_sha256 = m.sha256)",
                {shaParam(sha256)});
            tx.commit();
            return int(r.affected_rows());
        },
        false);
}

std::optional<Record> PgRepository::findImageBySha256(const QString &sha256) const
{
    return d->withConnection(
        [&](pqxx::connection &c) -> std::optional<Record> {
            pqxx::read_transaction tx(c);
            const PgRowCodec codec(EntitySchema::of(EntityKind::Image));
            const pqxx::result r = pg::execPrepared(
                tx,
                "SELECT " + codec.selectList() +
                    " FROM site_images t WHERE t.content_sha256 = decode($1, 'hex') AND "
                    "t.deleted_at IS NULL",
                {shaParam(sha256)});
            if (r.empty())
                return std::nullopt;
            return codec.readRow(r[0]);
        },
        true);
}

std::optional<Record> PgRepository::findVideoBySha256(const QString &sha256) const
{
    const std::string url = d->mediaPrefix.toStdString() + shaParam(sha256);
    return d->withConnection(
        [&](pqxx::connection &c) -> std::optional<Record> {
            pqxx::read_transaction tx(c);
            const PgRowCodec codec(EntitySchema::of(EntityKind::Video));
            const pqxx::result r = pg::execPrepared(
                tx,
                "SELECT " + codec.selectList() +
                    " FROM videos t WHERE t.cloud_url = $1 AND t.deleted_at IS NULL LIMIT 1",
                {url});
            if (r.empty())
                return std::nullopt;
            return codec.readRow(r[0]);
        },
        true);
}

Record PgRepository::createImage(const QVariantMap &values, bool *alreadyPresent)
{
    const EntitySchema &schema = EntitySchema::of(EntityKind::Image);
    QVariantMap row;
    const QVariantMap defaults = schema.defaults();
    for (auto it = defaults.begin(); it != defaults.end(); ++it) {
        if (schema.field(it.key())->isEditable())
            row.insert(it.key(), it.value());
    }
    row.insert(values);
    const QString sha = row.value(kSha).toString().toLower();
    if (sha.isEmpty())
        throw StoreError::invalid({{kSha, StoreError::tr("Choose the image file first.")}});
    QVariantMap checked = row;
    for (const QString &key : {kSha, QStringLiteral("originalName")}) {
        if (!schema.field(key)->isEditable())
            checked.remove(key);
    }
    if (const auto errors = schema.validate(checked, ValidationMode::Create); !errors.isEmpty())
        throw StoreError::invalid(errors);
    const PgRowCodec codec(schema);
    return d->withConnection(
        [&](pqxx::connection &c) {
            pqxx::work tx(c);
            d->requireWritableSchema(tx);
            const auto media = d->fetchMedia(tx, sha);
            if (!media)
                throw StoreError::invalid({{kSha, StoreError::tr("The image file has not been "
                                                                 "stored yet; add it again.")}});
            const QString name = row.value(QStringLiteral("originalName")).toString();
            row.insert(kSha, sha);
            row.insert(QStringLiteral("fileName"), name.isEmpty() ? sha : name);
            row.insert(QStringLiteral("originalName"), name.isEmpty() ? sha : name);
            row.insert(QStringLiteral("storagePath"), media->url);
            row.insert(QStringLiteral("url"), media->url);
            row.insert(QStringLiteral("mimeType"), media->mimeType);
            row.insert(QStringLiteral("fileSize"), media->size);
            if (media->width > 0) {
                row.insert(QStringLiteral("width"), media->width);
                row.insert(QStringLiteral("height"), media->height);
            }
            Params params;
            const pg::InsertLists lists = pg::insertLists(codec, row, params);
            const pqxx::result r = pg::execPrepared(
                tx,
                "INSERT INTO site_images (" + lists.columns + ") VALUES (" + lists.values +
                    ") ON CONFLICT (content_sha256) WHERE deleted_at IS NULL DO NOTHING "
                    "RETURNING id",
                params);
            if (alreadyPresent)
                *alreadyPresent = r.empty();
            const PgRowCodec imageCodec(schema);
            const pqxx::result row2 = pg::execPrepared(
                tx,
                "SELECT " + imageCodec.selectList() +
                    " FROM site_images t WHERE t.content_sha256 = decode($1, 'hex') AND "
                    "t.deleted_at IS NULL",
                {sha.toStdString()});
            Record record = imageCodec.readRow(row2[0]);
            tx.commit();
            if (!r.empty())
                d->searchFlusher->touched("site_images");
            return record;
        },
        false);
}

} // namespace ne
