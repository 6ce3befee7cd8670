// SPDX-License-Identifier: MIT
#pragma once

#include "schema/EntityKind.h"
#include "store/postgres/ConnectionPool.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace ne {

/// One change announced by PostgreSQL (a trigger's NOTIFY on channel "ne_changes").
struct PgChange
{
    EntityKind kind = EntityKind::Article;
    QString op;         ///< "insert", "update", "delete"
    QStringList ids;    ///< empty = unknown which (too many for one payload, or resync)
    int backendPid = 0; ///< the session that made the change
};

/// LISTENs on a dedicated connection on its own thread and hands every change to a
/// callback (on that thread). Reconnects with backoff after PostgreSQL restarts or the
/// network drops, then reports a resync (a PgChange with empty ids per kind) because
/// changes may have been missed. Used by PgStore and by nextevent-server's /events.
class PgNotifier
{
public:
    using ChangeHandler = std::function<void(const PgChange &)>;
    /// available=false with a message while reconnecting; true once listening again.
    using AvailabilityHandler = std::function<void(bool available, const QString &message)>;

    /// Starts listening at once (the connection is made on the notifier's thread).
    PgNotifier(std::shared_ptr<ConnectionPool> pool, ChangeHandler onChange,
               AvailabilityHandler onAvailability = {});
    /// Stops the thread and closes the connection (waits at most about a second).
    ~PgNotifier();
    PgNotifier(const PgNotifier &) = delete;
    PgNotifier &operator=(const PgNotifier &) = delete;

    /// True while the LISTEN connection is up.
    bool isListening() const;
    /// The LISTEN connection's backend pid, 0 when down (tests kill it to test reconnects).
    int backendPid() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ne
