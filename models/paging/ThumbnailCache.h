// SPDX-License-Identifier: MIT
#pragma once

#include "schema/Record.h"

#include "store/Store.h"
#include <QCache>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace ne {

class Counter;

/// Previews of image rows, decoded off the UI thread by the Store and kept in a bounded
/// memory cache. Asking for one that is not ready starts at most one request for it.
class ThumbnailCache : public QObject
{
    Q_OBJECT
public:
    ThumbnailCache(Store *store, QSize size, QObject *parent = nullptr);

    /// The cached preview, or a null image while it loads (thumbnailReady follows).
    QImage thumbnail(const Record &image);
    QSize size() const { return m_size; }
    qint64 hits() const { return m_hits; }
    qint64 misses() const { return m_misses; }
    /// Also counts lookups into these metrics (cache_hits_total / cache_misses_total of a
    /// Registry), which must outlive this cache. They keep counting across caches.
    void setLookupCounters(Counter *hits, Counter *misses);

Q_SIGNALS:
    void thumbnailReady(const QString &imageId);

private:
    QPointer<Store> m_store;
    QSize m_size;
    QCache<QString, QImage> m_cache;
    QSet<QString> m_pending;
    QSet<QString> m_failed;
    qint64 m_hits = 0;
    qint64 m_misses = 0;
    Counter *m_hitCounter = nullptr;
    Counter *m_missCounter = nullptr;
};

} // namespace ne
