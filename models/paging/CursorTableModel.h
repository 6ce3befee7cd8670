// SPDX-License-Identifier: MIT
#pragma once

#include "store/Store.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>

namespace ne {

class ThumbnailCache;

/// A table over any Store list, loaded a page at a time through Qt's lazy population
/// protocol (canFetchMore/fetchMore). At most one page request is in flight; answers for
/// an older query are dropped by a generation counter; rows changed elsewhere are
/// refreshed in place. Never waits: everything arrives through QFuture continuations.
class CursorTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        RecordRole = Qt::UserRole + 1, ///< the whole Record
        IdRole,
        FieldKeyRole, ///< on headers: the column's field key
    };

    explicit CursorTableModel(Store *store, QObject *parent = nullptr);

    void setQuery(const Query &query);
    const Query &query() const { return m_query; }
    void setPageSize(int rows) { m_pageSize = rows; }
    int pageSize() const { return m_pageSize; }
    void setThumbnailCache(ThumbnailCache *cache);
    ThumbnailCache *thumbnailCache() const;

    const QList<Field> &columns() const { return m_columns; }
    int columnOf(const QString &key) const;
    /// The row as the table holds it: listed fields, id, version (not the full body).
    Record record(int row) const { return m_rows.value(row); }
    int rowOf(const QString &id) const;
    qint64 totalEstimate() const { return m_total; }
    bool isLoading() const { return m_inFlight; }
    bool isExhausted() const { return m_exhausted; }
    QDateTime lastFetchTime() const { return m_lastFetch; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /// Sorting is the backend's: a new query, never a proxy over loaded rows.
    void sort(int column, Qt::SortOrder order) override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    /// Drops loaded rows and starts again from the first page.
    void reload();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void pageLoaded(int rowsLoaded, qint64 total, qint64 elapsedMs);
    void fetchFailed(const QString &message);
    /// Rows that belong in the loaded range appeared elsewhere; reload() shows them.
    void newRowsAvailable(int count);

private:
    struct LoadedPage;

    /// The record as the table keeps it. Static and pure, so that it can run on a worker
    /// thread while the UI thread keeps painting.
    static Record slim(const QList<Field> &columns, const QString &sortKey, const Record &full);
    void appendPage(const LoadedPage &page);
    void reserveRowIndex(qint64 expectedRows);
    void onStoreChanged(EntityKind kind, const QStringList &ids);
    void applyRefresh(const QStringList &ids, const QList<Record> &fresh);
    bool sortsWithinLoaded(const Record &record) const;
    void setInFlight(bool inFlight);

    QPointer<Store> m_store;
    QPointer<ThumbnailCache> m_thumbnails;
    Query m_query;
    QList<Field> m_columns;
    QList<Record> m_rows;
    QHash<QString, int> m_rowById;
    Cursor m_next;
    quint64 m_generation = 0;
    int m_pageSize = 100;
    qint64 m_total = -1;
    bool m_inFlight = false;
    bool m_exhausted = false;
    bool m_started = false;
    QDateTime m_lastFetch;
    QElapsedTimer m_fetchTimer;
};

} // namespace ne
