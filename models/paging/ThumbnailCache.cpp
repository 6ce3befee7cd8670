// SPDX-License-Identifier: MIT
#include "ThumbnailCache.h"

#include "metrics/Counter.h"
#include "store/Store.h"

namespace ne {

namespace {
constexpr int kCacheCostKiB = 64 * 1024; // 64 MB of decoded previews
}

ThumbnailCache::ThumbnailCache(Store *store, QSize size, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_size(size)
    , m_cache(kCacheCostKiB)
{}

void ThumbnailCache::setLookupCounters(Counter *hits, Counter *misses)
{
    m_hitCounter = hits;
    m_missCounter = misses;
}

QImage ThumbnailCache::thumbnail(const Record &image)
{
    const QString key = image.value(QStringLiteral("contentSha256")).toString();
    if (const QImage *hit = m_cache.object(key)) {
        ++m_hits;
        if (m_hitCounter)
            m_hitCounter->inc();
        return *hit;
    }
    if (key.isEmpty() || !m_store || m_pending.contains(key) || m_failed.contains(key))
        return QImage();
    ++m_misses;
    if (m_missCounter)
        m_missCounter->inc();
    m_pending.insert(key);
    const QString id = image.id();
    m_store->thumbnail(image, m_size)
        .then(this,
              [this, key, id](const QImage &preview) {
                  m_pending.remove(key);
                  m_cache.insert(key, new QImage(preview),
                                 int(std::max<qsizetype>(1, preview.sizeInBytes() / 1024)));
                  Q_EMIT thumbnailReady(id);
              })
        .onFailed(this, [this, key] {
            m_pending.remove(key);
            m_failed.insert(key); // a broken file is not retried on every repaint
        });
    return QImage();
}

} // namespace ne
