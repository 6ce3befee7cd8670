// SPDX-License-Identifier: MIT
#include "RestReconciler.h"

#include "store/rest/RestErrors.h"
#include "store/rest/RestItem.h"
#include "store/rest/RestStore.h"

#include <QPromise>
#include <QTimer>

namespace ne {

namespace {

StoreError notConfirmed()
{
    RestReply lost;
    lost.outcomeUnknown = true;
    lost.transportError = QStringLiteral("reconciliation found no trace of the write");
    return RestErrors::transport(lost);
}

/// Ids whose current state already is what action wanted (found: the row exists now).
bool done(const QString &action, bool found, const Record &row, const QVariantMap &changes)
{
    if (action == QStringLiteral("delete"))
        return !found;
    if (action == QStringLiteral("restore"))
        return found;
    return found && RestItem::holds(row, changes);
}

} // namespace

RestReconciler::RestReconciler(RestStore *store)
    : QObject(store)
    , m_store(store)
{}

QFuture<Record> RestReconciler::created(EntityKind kind, const QVariantMap &values,
                                        const QDateTime &since, int attempt)
{
    Query newest;
    newest.kind = kind;
    // Clocks differ; a minute of slack still excludes older identical rows in practice.
    const QDateTime after = since.addSecs(-60);
    return m_store->list(newest, Cursor(), 50)
        .then(m_store,
              [this, kind, values, since, after, attempt](const Page &page) -> QFuture<Record> {
                  for (const Record &row : page.records) {
                      if (row.value(keys::createdAt).toDateTime() >= after &&
                          RestItem::holds(row, values)) {
                          m_store->announce(kind, {row.id()});
                          return QtFuture::makeReadyFuture(row);
                      }
                  }
                  if (attempt > 0)
                      throw notConfirmed();
                  auto delay = std::make_shared<QPromise<void>>();
                  delay->start();
                  QTimer::singleShot(m_store->m_settings.transferTimeoutMs, m_store,
                                     [delay] { delay->finish(); });
                  return delay->future()
                      .then(m_store,
                            [this, kind, values, since] { return created(kind, values, since, 1); })
                      .unwrap();
              })
        .unwrap();
}

QFuture<Record> RestReconciler::updated(EntityKind kind, const QString &id,
                                        const QVariantMap &changes, qint64 expectedVersion)
{
    return m_store->get(kind, id)
        .then(m_store,
              [this, kind, id, changes, expectedVersion](const Record &row) -> QFuture<Record> {
                  if (row.version() > expectedVersion && RestItem::holds(row, changes)) {
                      m_store->announce(kind, {id});
                      return QtFuture::makeReadyFuture(row);
                  }
                  if (row.version() == expectedVersion)
                      return m_store->put(kind, id, changes, expectedVersion, false);
                  StoreError conflict(
                      StoreError::Kind::Conflict,
                      RestErrors::tr("Someone else changed this item since you opened it."));
                  conflict.setCurrent(row.values());
                  throw conflict;
              })
        .unwrap();
}

QFuture<int> RestReconciler::bulk(EntityKind kind, const QStringList &ids, const QString &action,
                                  const QVariantMap &changes)
{
    QList<QFuture<std::pair<bool, Record>>> reads;
    for (const QString &id : ids)
        reads.append(m_store->get(kind, id)
                         .then([](const Record &r) { return std::pair<bool, Record>(true, r); })
                         .onFailed([](const StoreError &e) {
                             if (e.kind() != StoreError::Kind::NotFound)
                                 throw e;
                             return std::pair<bool, Record>(false, Record());
                         }));
    return QtFuture::whenAll(reads.begin(), reads.end())
        .then(m_store,
              [this, kind, ids, action,
               changes](const QList<QFuture<std::pair<bool, Record>>> &results) -> QFuture<int> {
                  QStringList missing;
                  int landed = 0;
                  for (qsizetype i = 0; i < results.size(); ++i) {
                      const auto [found, row] = results.at(i).result(); // rethrows a failed read
                      if (done(action, found, row, changes))
                          ++landed;
                      else
                          missing.append(ids.at(i));
                  }
                  if (missing.isEmpty()) {
                      m_store->announce(kind, ids);
                      return QtFuture::makeReadyFuture(landed);
                  }
                  // Only rows provably untouched go again, so nothing is applied twice.
                  return m_store->bulk(kind, missing, action, changes).then([landed](int n) {
                      return landed + n;
                  });
              })
        .unwrap();
}

} // namespace ne
