// SPDX-License-Identifier: MIT
#pragma once

#include "schema/Record.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>

namespace ne {

class RestStore;

/// What a RestStore does when a write's answer was lost (timeout, dropped connection):
/// it reads the rows back and decides whether the write landed, instead of sending it
/// again blindly. Reads are retried by the client, so this waits out a short outage.
class RestReconciler : public QObject
{
    Q_OBJECT
public:
    explicit RestReconciler(RestStore *store);

    /// A POST that created values (or did not): the newest rows are searched for it, and
    /// once more after a transfer timeout, since the lost request may still be queued.
    QFuture<Record> created(EntityKind kind, const QVariantMap &values, const QDateTime &since,
                            int attempt = 0);
    /// A PUT guarded by If-Match: applied if the row holds the changes at a later version;
    /// not applied if still at expectedVersion (then sent once more: If-Match makes that safe).
    QFuture<Record> updated(EntityKind kind, const QString &id, const QVariantMap &changes,
                            qint64 expectedVersion);
    /// A bulk action: rows already in the wanted state are counted, the rest sent again.
    QFuture<int> bulk(EntityKind kind, const QStringList &ids, const QString &action,
                      const QVariantMap &changes);

private:
    RestStore *m_store;
};

} // namespace ne
