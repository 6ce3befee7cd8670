// SPDX-License-Identifier: MIT
#pragma once

#include "schema/Record.h"

#include <QCache>
#include <QFuture>
#include <QImage>
#include <QObject>

namespace ne {

class Counter;
class Registry;
class RestClient;

/// Image previews over HTTP: a memory cache of decoded previews in front of the network
/// manager's QNetworkDiskCache (media URLs are immutable, addressed by SHA-256). Counts
/// memory hits, disk hits and network misses, also into the metrics registry if given.
/// Decoding runs on the global thread pool, never on the UI thread.
class RestThumbnails : public QObject
{
    Q_OBJECT
public:
    RestThumbnails(RestClient *client, Registry *metrics, QObject *parent = nullptr);

    QFuture<QImage> load(const Record &image, QSize size);

    qint64 memoryHits() const { return m_memoryHits; }
    qint64 diskHits() const { return m_diskHits; }
    qint64 misses() const { return m_misses; }

private:
    void count(qint64 &local, Counter *metric);

    RestClient *m_client;
    QCache<QString, QImage> m_memory;
    qint64 m_memoryHits = 0;
    qint64 m_diskHits = 0;
    qint64 m_misses = 0;
    Counter *m_memoryHitMetric = nullptr;
    Counter *m_diskHitMetric = nullptr;
    Counter *m_missMetric = nullptr;
};

} // namespace ne
