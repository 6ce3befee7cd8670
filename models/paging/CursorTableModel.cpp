// SPDX-License-Identifier: MIT
#include "CursorTableModel.h"

#include "concurrency/WorkerPool.h"
#include "paging/ThumbnailCache.h"
#include "paging/ValueFormatter.h"

namespace ne {

/// A page slimmed to table rows off the UI thread.
struct CursorTableModel::LoadedPage
{
    QList<Record> rows;
    Cursor next;
    qint64 total = -1;
};

CursorTableModel::CursorTableModel(Store *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    m_columns = EntitySchema::of(m_query.kind).listedFields();
    connect(store, &Store::changed, this, &CursorTableModel::onStoreChanged);
}

ThumbnailCache *CursorTableModel::thumbnailCache() const
{
    return m_thumbnails;
}

void CursorTableModel::setThumbnailCache(ThumbnailCache *cache)
{
    m_thumbnails = cache;
    connect(cache, &ThumbnailCache::thumbnailReady, this, [this](const QString &id) {
        const int row = rowOf(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, 0), {Qt::DecorationRole});
    });
}

void CursorTableModel::setQuery(const Query &query)
{
    const bool kindChanged = query.kind != m_query.kind;
    m_query = query;
    if (kindChanged) {
        beginResetModel();
        m_columns = EntitySchema::of(m_query.kind).listedFields();
        m_rows.clear();
        m_rowById.clear();
        endResetModel();
    }
    reload();
}

void CursorTableModel::reload()
{
    ++m_generation; // any answer still on its way belongs to the old query
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_next = Cursor();
    m_exhausted = false;
    m_total = -1;
    // Views call fetchMore() from the reset itself; marking the first page as in flight
    // until we ask for it keeps that to exactly one request.
    m_inFlight = true;
    endResetModel();
    m_inFlight = false;
    m_started = true;
    fetchMore({});
}

int CursorTableModel::columnOf(const QString &key) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].key() == key)
            return i;
    }
    return -1;
}

int CursorTableModel::rowOf(const QString &id) const
{
    return m_rowById.value(id, -1);
}

int CursorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CursorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant CursorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Record &record = m_rows.at(index.row());
    const Field &field = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return ValueFormatter::display(field, record.value(field.key()));
    case Qt::EditRole:
        return record.value(field.key());
    case Qt::ToolTipRole:
        return field.type() == FieldType::String ? record.value(field.key()) : QVariant();
    case Qt::TextAlignmentRole:
        if (field.type() == FieldType::Integer || field.type() == FieldType::Real)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DecorationRole:
        if (index.column() == 0 && m_thumbnails && m_query.kind == EntityKind::Image) {
            const QImage preview = m_thumbnails->thumbnail(record);
            return preview.isNull() ? QVariant() : QVariant(preview);
        }
        return {};
    case RecordRole:
        return QVariant::fromValue(record);
    case IdRole:
        return record.id();
    default:
        return {};
    }
}

QVariant CursorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_columns[section].label();
    if (role == FieldKeyRole)
        return m_columns[section].key();
    if (role == Qt::ToolTipRole && !m_columns[section].isSortable())
        return tr("This column cannot be sorted.");
    return {};
}

QHash<int, QByteArray> CursorTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RecordRole, "record");
    names.insert(IdRole, "id");
    return names;
}

bool CursorTableModel::canFetchMore(const QModelIndex &parent) const
{
    // Nothing is fetched before the first setQuery(): views probe canFetchMore() while they
    // are being set up, and every page's model would otherwise query the default kind.
    return !parent.isValid() && m_store && m_started && !m_exhausted && !m_inFlight;
}

void CursorTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    setInFlight(true);
    m_fetchTimer.start();
    const quint64 generation = m_generation;
    const QList<Field> columns = m_columns;
    const QString sortKey = m_query.sortKey;
    m_store
        ->list(m_query, m_next, m_pageSize)
        // Slimming a page, and freeing its full rows (article bodies), takes milliseconds:
        // a worker thread does it, never the UI thread (a store may answer on it).
        .then(workerPool(),
              [columns, sortKey](const Page &page) {
                  LoadedPage loaded;
                  loaded.rows.reserve(page.records.size());
                  for (const Record &r : page.records)
                      loaded.rows.append(slim(columns, sortKey, r));
                  loaded.next = page.nextCursor;
                  loaded.total = page.total;
                  return loaded;
              })
        .then(this,
              [this, generation](const LoadedPage &page) {
                  if (generation == m_generation)
                      appendPage(page);
              })
        .onFailed(this, [this, generation](const StoreError &error) {
            if (generation != m_generation)
                return;
            m_exhausted = true; // stop asking until the user refreshes
            setInFlight(false);
            Q_EMIT fetchFailed(error.message());
        });
}

void CursorTableModel::reserveRowIndex(qint64 expectedRows)
{
    // QHash moves every entry when it grows: 10 ms at 65,536 rows and 19 ms at 131,072 on
    // these machines, each a dropped frame in the middle of a scroll. Sizing it once from
    // the first page's estimate moves that work to an empty index. The cap is where sparse
    // buckets start to cost memory (each of QHash's spans allocates room for 48 entries):
    // 262,144 costs about 1 MB more than growing step by step to 100,000 rows; a million
    // would cost 20 MB.
    constexpr qint64 cap = qint64(1) << 18;
    const qsizetype wanted = qsizetype(std::min(expectedRows, cap));
    if (wanted > m_rowById.capacity())
        m_rowById.reserve(wanted);
}

void CursorTableModel::appendPage(const LoadedPage &page)
{
    if (m_rows.isEmpty() && page.total > 0)
        reserveRowIndex(page.total);
    QList<Record> fresh;
    fresh.reserve(page.rows.size());
    for (const Record &r : page.rows) {
        if (!m_rowById.contains(r.id())) // a row that moved must not repeat
            fresh.append(r);
    }
    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (const Record &r : std::as_const(fresh)) {
            m_rowById.insert(r.id(), int(m_rows.size()));
            m_rows.append(r);
        }
        endInsertRows();
    }
    m_next = page.next;
    m_exhausted = page.next.isNull();
    if (page.total >= 0)
        m_total = page.total;
    else if (m_exhausted)
        m_total = m_rows.size();
    m_lastFetch = QDateTime::currentDateTime();
    setInFlight(false);
    Q_EMIT pageLoaded(int(m_rows.size()), m_total, m_fetchTimer.elapsed());
}

void CursorTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size() || !m_columns[column].isSortable())
        return;
    if (m_query.sortKey == m_columns[column].key() && m_query.order == order)
        return;
    Query q = m_query;
    q.sortKey = m_columns[column].key();
    q.order = order;
    if (!m_started) {
        // A view sets its sort indicator while it is being built: remember the order
        // for the first query instead of running one now.
        m_query = q;
        return;
    }
    setQuery(q);
}

Record CursorTableModel::slim(const QList<Field> &columns, const QString &sortKey,
                              const Record &full)
{
    // A row in the table needs its columns, identity and preview key, not its body:
    // 100,000 full articles would cost hundreds of MB. Forms load the whole row by id.
    QVariantMap kept;
    for (const Field &f : columns)
        kept.insert(f.key(), full.value(f.key()));
    for (const QString &key : {keys::id, keys::version, sortKey, QStringLiteral("contentSha256")}) {
        if (full.contains(key))
            kept.insert(key, full.value(key));
    }
    return Record(std::move(kept));
}

void CursorTableModel::setInFlight(bool inFlight)
{
    if (m_inFlight == inFlight)
        return;
    m_inFlight = inFlight;
    Q_EMIT loadingChanged(inFlight);
}

void CursorTableModel::onStoreChanged(EntityKind kind, const QStringList &ids)
{
    if (kind != m_query.kind || !m_started || !m_store)
        return;
    if (ids.isEmpty()) {
        reload();
        return;
    }
    Query refresh = m_query;
    refresh.ids = ids;
    refresh.search.clear(); // a row that no longer matches the search still refreshes
    const quint64 generation = m_generation;
    m_store->list(refresh, Cursor(), int(ids.size()))
        .then(this,
              [this, generation, ids](const Page &page) {
                  if (generation == m_generation)
                      applyRefresh(ids, page.records);
              })
        .onFailed(this, [](const StoreError &) {
            // The next explicit refresh shows the truth; a failed background refresh
            // must not interrupt the person with an error for something they did not do.
        });
}

bool CursorTableModel::sortsWithinLoaded(const Record &record) const
{
    if (m_exhausted || m_rows.isEmpty())
        return true;
    const QVariant mine = record.value(m_query.sortKey);
    const QVariant last = m_rows.constLast().value(m_query.sortKey);
    const auto order = QVariant::compare(mine, last);
    if (order == QPartialOrdering::Unordered)
        return false;
    return m_query.order == Qt::DescendingOrder ? order != QPartialOrdering::Less
                                                : order != QPartialOrdering::Greater;
}

void CursorTableModel::applyRefresh(const QStringList &ids, const QList<Record> &fresh)
{
    QHash<QString, Record> byId;
    for (const Record &r : fresh)
        byId.insert(r.id(), r);
    int newcomers = 0;
    QList<int> gone;
    for (const QString &id : ids) {
        const int row = rowOf(id);
        if (row < 0) {
            if (byId.contains(id) && sortsWithinLoaded(byId.value(id)))
                ++newcomers;
            continue;
        }
        if (!byId.contains(id)) {
            gone.append(row);
            continue;
        }
        m_rows[row] = slim(m_columns, m_query.sortKey, byId.value(id));
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
    std::sort(gone.begin(), gone.end(), std::greater<>());
    for (int row : std::as_const(gone)) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        if (m_total > 0)
            --m_total;
    }
    if (!gone.isEmpty()) {
        m_rowById.clear();
        for (int i = 0; i < m_rows.size(); ++i)
            m_rowById.insert(m_rows[i].id(), i);
    }
    if (newcomers > 0)
        Q_EMIT newRowsAvailable(newcomers);
}

} // namespace ne
