// SPDX-License-Identifier: MIT
#pragma once

#include "schema/Record.h"
#include "store/MediaRef.h"
#include "store/Page.h"
#include "store/Query.h"
#include "store/StoreError.h"

#include <QFuture>
#include <QImage>
#include <QObject>
#include <optional>

namespace ne {

/// The one interface every backend implements (embedded SQLite, PostgreSQL, REST).
/// All calls return at once; results and StoreErrors arrive through the QFuture.
/// Widgets never learn which backend they have. Lives on the UI thread.
class Store : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Store() override;

    /// Short human description for the status bar ("Embedded workspace — /path").
    virtual QString description() const = 0;

    /// One page of rows after cursor, at most limit long, ordered by the query's sort key
    /// then id. The cost does not grow with depth.
    virtual QFuture<Page> list(const Query &query, const Cursor &cursor, int limit) = 0;
    virtual QFuture<Record> get(EntityKind kind, const QString &id) = 0;
    virtual QFuture<Record> create(EntityKind kind, const QVariantMap &values) = 0;
    /// Applies changes if the row still has expectedVersion, else fails with Conflict
    /// (the current row attached) or NotFound.
    virtual QFuture<Record> update(EntityKind kind, const QString &id, const QVariantMap &changes,
                                   qint64 expectedVersion) = 0;
    /// The same changes to many rows in one transaction: all or nothing. Returns the count.
    virtual QFuture<int> updateMany(EntityKind kind, const QStringList &ids,
                                    const QVariantMap &changes) = 0;
    /// Soft delete: rows move to the trash and can be restored.
    virtual QFuture<int> remove(EntityKind kind, const QStringList &ids) = 0;
    virtual QFuture<int> restore(EntityKind kind, const QStringList &ids) = 0;
    virtual QFuture<QList<Category>> categories(EntityKind kind) = 0;

    /// Streams a file into the backend's content-addressed media store. Never holds the
    /// whole file in memory. Reports progress in KiB through the future; cancellable.
    virtual QFuture<MediaRef> putMedia(const QString &filePath) = 0;
    /// The live Image or Video row whose file has these bytes (SHA-256, lowercase hex), so
    /// an upload of a file already in the library links to it instead of duplicating it.
    /// The default knows none: a backend without the lookup dedupes on its own side.
    virtual QFuture<std::optional<Record>> findByContent(EntityKind kind, const QString &sha256);
    /// A preview of an image row no larger than size, decoded off the UI thread.
    virtual QFuture<QImage> thumbnail(const Record &image, QSize size) = 0;

Q_SIGNALS:
    /// Rows of kind changed, here or elsewhere (another editor, another process).
    /// ids empty means "unknown which": reload what is shown.
    void changed(ne::EntityKind kind, const QStringList &ids);
    /// The backend lost or regained its connection.
    void availabilityChanged(bool available, const QString &message);
};

} // namespace ne
