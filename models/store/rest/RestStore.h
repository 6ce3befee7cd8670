// SPDX-License-Identifier: MIT
#pragma once

#include "store/Store.h"
#include "store/rest/RestSettings.h"

#include <QElapsedTimer>

namespace ne {

class Histogram;
class Registry;
class RestClient;
class RestReconciler;
class RestThumbnails;
class RestUploader;
class SseStream;
struct RestReply;
struct RestRequest;

/// The Store of REST mode: the NextEvent v2 API (nextevent-server, or the platform's own
/// deployment with its older list envelopes) over one QNetworkAccessManager on the UI
/// thread. Conflicts come from ETag / If-Match (412); live refresh from the server's event
/// stream; a write whose answer was lost is re-read and reconciled, never sent twice.
class RestStore : public Store
{
    Q_OBJECT
public:
    /// metrics may be null; when given, per-operation latency and thumbnail cache hits go
    /// into it.
    explicit RestStore(RestSettings settings, Registry *metrics = nullptr,
                       QObject *parent = nullptr);
    ~RestStore() override;

    QString description() const override;

    QFuture<Page> list(const Query &query, const Cursor &cursor, int limit) override;
    QFuture<Record> get(EntityKind kind, const QString &id) override;
    QFuture<Record> create(EntityKind kind, const QVariantMap &values) override;
    QFuture<Record> update(EntityKind kind, const QString &id, const QVariantMap &changes,
                           qint64 expectedVersion) override;
    QFuture<int> updateMany(EntityKind kind, const QStringList &ids,
                            const QVariantMap &changes) override;
    QFuture<int> remove(EntityKind kind, const QStringList &ids) override;
    QFuture<int> restore(EntityKind kind, const QStringList &ids) override;
    QFuture<QList<Category>> categories(EntityKind kind) override;
    QFuture<MediaRef> putMedia(const QString &filePath) override;
    QFuture<QImage> thumbnail(const Record &image, QSize size) override;

    /// "Test connection": reaches the API, logs in if needed and reads one row; fails with
    /// a StoreError saying what is wrong (refused, certificate, credentials, not this API).
    QFuture<void> checkConnection();

    RestClient *client() const { return m_client; }
    RestThumbnails *thumbnails() const { return m_thumbnails; }
    RestUploader *uploader() const { return m_uploader; }
    SseStream *events() const { return m_events; }

private:
    friend class RestReconciler;
    QFuture<RestReply> send(const char *operation, const RestRequest &request);
    QFuture<Page> listByIds(const Query &query);
    QFuture<Record> createImage(const QVariantMap &values);
    QFuture<Record> put(EntityKind kind, const QString &id, const QVariantMap &changes,
                        qint64 expectedVersion, bool mayResend);
    QFuture<int> bulk(EntityKind kind, const QStringList &ids, const QString &action,
                      const QVariantMap &changes);
    void announce(EntityKind kind, const QStringList &ids);
    QUrl itemUrl(EntityKind kind, const QString &id) const;

    RestSettings m_settings;
    Registry *m_metrics;
    RestClient *m_client;
    RestThumbnails *m_thumbnails;
    RestUploader *m_uploader;
    RestReconciler *m_reconciler;
    SseStream *m_events = nullptr;
};

} // namespace ne
