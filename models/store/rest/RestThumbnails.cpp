// SPDX-License-Identifier: MIT
#include "RestThumbnails.h"

#include "concurrency/WorkerPool.h"
#include "media/Thumbnailer.h"
#include "metrics/Registry.h"
#include "store/rest/RestClient.h"
#include "store/rest/RestErrors.h"

#include <QBuffer>

namespace ne {

namespace {

/// Memory budget: about 400 previews of 256x256 ARGB (cost is in KiB).
constexpr int kMemoryKiB = 100 * 1024;

QImage decode(const QByteArray &bytes, QSize size)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QString error;
    QImage image = Thumbnailer::fromDevice(&buffer, size, &error);
    if (image.isNull())
        throw StoreError(StoreError::Kind::Server,
                         RestErrors::tr("The image could not be decoded: %1").arg(error));
    return image;
}

} // namespace

RestThumbnails::RestThumbnails(RestClient *client, Registry *metrics, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_memory(kMemoryKiB)
{
    if (metrics) {
        auto &hits =
            metrics->counter("cache_hits_total", "Cache hits.", {"cache_type", "key_type"});
        auto &misses =
            metrics->counter("cache_misses_total", "Cache misses.", {"cache_type", "key_type"});
        m_memoryHitMetric = &hits.withLabels({"client_thumbnail", "memory"});
        m_diskHitMetric = &hits.withLabels({"client_thumbnail", "disk"});
        m_missMetric = &misses.withLabels({"client_thumbnail", "network"});
    }
}

void RestThumbnails::count(qint64 &local, Counter *metric)
{
    ++local;
    if (metric)
        metric->inc();
}

QFuture<QImage> RestThumbnails::load(const Record &image, QSize size)
{
    QString path = image.value(QStringLiteral("thumbnailUrl")).toString();
    if (path.isEmpty())
        path = image.value(QStringLiteral("url")).toString();
    QString identity = image.value(QStringLiteral("contentSha256")).toString();
    if (identity.isEmpty())
        identity = path;
    const QString key = identity + QStringLiteral("@%1x%2").arg(size.width()).arg(size.height());
    if (const QImage *cached = m_memory.object(key)) {
        count(m_memoryHits, m_memoryHitMetric);
        return QtFuture::makeReadyFuture(*cached);
    }
    if (path.isEmpty())
        return QtFuture::makeExceptionalFuture<QImage>(
            StoreError(StoreError::Kind::NotFound, RestErrors::tr("This image has no file.")));
    const QUrl url =
        path.startsWith(QStringLiteral("http://")) || path.startsWith(QStringLiteral("https://"))
            ? QUrl(path)
            : m_client->settings().rootUrl(path);
    RestRequest request = RestRequest::read(url);
    request.useDiskCache = true;
    return m_client->send(request)
        .then(this,
              [this](const RestReply &reply) {
                  if (!reply.isSuccess())
                      throw RestErrors::fromReply(reply);
                  count(reply.fromCache ? m_diskHits : m_misses,
                        reply.fromCache ? m_diskHitMetric : m_missMetric);
                  return reply.body;
              })
        .then(workerPool(), [size](const QByteArray &bytes) { return decode(bytes, size); })
        .then(this, [this, key](const QImage &decoded) {
            m_memory.insert(key, new QImage(decoded),
                            std::max<qsizetype>(1, decoded.sizeInBytes() / 1024));
            return decoded;
        });
}

} // namespace ne
