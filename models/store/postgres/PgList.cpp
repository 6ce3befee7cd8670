// SPDX-License-Identifier: MIT
// Keyset pages, search plan choice and totals.
//
// Order: ascending sorts put NULL sort values last, descending ones first — the order a
// (column, id) btree has when scanned either way. A nullable sort column is served as
// two index range scans, the NULL segment and the value segment, each LIMITed, so a page
// never needs more than 2 × limit rows whatever the depth. The cursor stores the last
// row's sort value as PostgreSQL prints it (timestamps with all six fractional digits)
// and its id; NULL stands for the NULL segment.
#include "store/postgres/PgRepositoryPrivate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <pqxx/nontransaction>

namespace ne {

using pg::Param;
using pg::Params;
using pg::PgRowCodec;

namespace {

/// Sortable columns that may hold NULL (all others are NOT NULL in 001_initial.sql).
bool isNullableSortColumn(const QString &column)
{
    static const QStringList nullable{QStringLiteral("published_at"),
                                      QStringLiteral("scheduled_at"), QStringLiteral("start_time"),
                                      QStringLiteral("duration"), QStringLiteral("author_name")};
    return nullable.contains(column);
}

/// Estimated matches above which a search walks the sort index and filters (common
/// words: the first page is found after a few hundred rows) instead of collecting all
/// matches through the GIN index and sorting them (rare words).
constexpr double kWalkThreshold = 10000;

bool hasCjk(const QString &s)
{
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if ((u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xAC00 && u <= 0xD7AF) ||
            (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF00 && u <= 0xFFEF) || c.isSurrogate())
            return true;
    }
    return false;
}

std::string likePattern(const QString &term)
{
    QString escaped = term;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'%', QStringLiteral("\\%"));
    escaped.replace(u'_', QStringLiteral("\\_"));
    return QString(u'%' + escaped + u'%').toStdString();
}

/// The side table of 005_text_side_tables.sql: each row's title and search text, which a
/// status change does not write, so it does not pay for their indexes either.
std::string textTable(const EntitySchema &schema)
{
    return schema.table().toStdString() + "_text";
}

enum class SearchPlan
{
    None,
    WalkSortIndex,
    CollectMatches
};

struct Built
{
    std::string where; ///< conditions shared by every segment (no keyset)
    Params params;
    SearchPlan plan = SearchPlan::None;
};

} // namespace

struct ListBuilder
{
    const Query &query;
    const EntitySchema &schema;
    const PgRowCodec codec;
    const Field *sort;
    bool asc;

    ListBuilder(const Query &q)
        : query(q)
        , schema(EntitySchema::of(q.kind))
        , codec(schema)
        , sort(schema.field(q.sortKey))
        , asc(q.order == Qt::AscendingOrder)
    {}

    std::string table() const { return schema.table().toStdString(); }
    /// Sort by title walks the side table's (title, id) index and joins each row by id.
    bool sortsOnSide() const { return sort->column() == QLatin1String("title"); }
    std::string from() const
    {
        return table() + " t" +
               (sortsOnSide() ? " JOIN " + textTable(schema) + " x ON x.id = t.id" : "");
    }
    std::string col() const { return (sortsOnSide() ? "x." : "t.") + sort->column().toStdString(); }
    /// The id beside the sort value in keyset and order: the side table's when it is walked,
    /// so the index range covers both.
    std::string idCol() const { return sortsOnSide() ? "x.id" : "t.id"; }
    std::string dir() const { return asc ? " ASC" : " DESC"; }

    /// Base conditions: trash, filters, ids, search (how depends on plan).
    void addBase(Built &b, pqxx::transaction_base &tx) const
    {
        b.where = query.trash ? "t.deleted_at IS NOT NULL" : "t.deleted_at IS NULL";
        for (auto it = query.filters.begin(); it != query.filters.end(); ++it) {
            const Field *f = schema.field(it.key());
            b.params.push_back(PgRowCodec::toParam(*f, it.value()));
            b.where += " AND t." + f->column().toStdString() + " = " +
                       PgRowCodec::paramExpression(*f, int(b.params.size()));
        }
        if (!query.ids.isEmpty()) {
            b.params.push_back(PgRowCodec::uuidArray(query.ids));
            b.where += " AND t.id = ANY(" + pg::placeholder(int(b.params.size())) + "::uuid[])";
        }
        const QString term = query.search.trimmed();
        if (term.isEmpty())
            return;
        if (hasCjk(term) || term.size() < 3 || !hasLexemes(tx, term)) {
            // Substring search through the side table's pg_trgm index: Chinese and fragments.
            b.params.push_back(likePattern(term));
            b.where += " AND t.id IN (SELECT s.id FROM " + textTable(schema) +
                       " s WHERE s.search_text ILIKE " + pg::placeholder(int(b.params.size())) +
                       ")";
            b.plan = SearchPlan::CollectMatches;
            return;
        }
        b.params.push_back(term.toStdString());
        const std::string match = "t.search_tsv @@ websearch_to_tsquery('english', " +
                                  pg::placeholder(int(b.params.size())) + ")";
        if (estimatedMatches(tx, term) >= kWalkThreshold) {
            // Written so the GIN index cannot serve it: the planner walks the sort index.
            b.where += " AND (" + match + ") IS TRUE";
            b.plan = SearchPlan::WalkSortIndex;
        } else {
            b.where += " AND " + match;
            b.plan = SearchPlan::CollectMatches;
        }
    }

    static bool hasLexemes(pqxx::transaction_base &tx, const QString &term)
    {
        const pqxx::result r = pg::execPrepared(
            tx, "SELECT numnode(websearch_to_tsquery('english', $1)) > 0", {term.toStdString()});
        return r[0][0].as<bool>();
    }

    /// Matches expected from the column statistics: the rarest word's frequency in the
    /// most-common-elements list × rows; words not in the list count as rare.
    double estimatedMatches(pqxx::transaction_base &tx, const QString &term) const
    {
        const pqxx::result r = pg::execPrepared(
            tx,
            "SELECT coalesce(min(coalesce(s.freqs[array_position(s.elems, w)], 0)), 0) * "
            "(SELECT greatest(c.reltuples, 0) FROM pg_class c WHERE c.oid = $1::regclass) "
            "FROM (SELECT most_common_elems::text::text[] AS elems, most_common_elem_freqs AS "
            "freqs FROM pg_stats WHERE schemaname = current_schema() AND tablename = $2 AND "
            "attname = 'search_tsv') s, unnest(tsvector_to_array(to_tsvector('english', $3))) w",
            {table(), table(), term.toStdString()});
        return r.empty() || r[0][0].is_null() ? 0 : r[0][0].as<double>();
    }

    /// One segment's query. seg: 0 = first in page order, 1 = second.
    std::string segment(const Built &b, const std::string &keyset, int seg, bool byIdOnly,
                        int limit) const
    {
        const std::string order =
            byIdOnly ? idCol() + dir() : col() + dir() + ", " + idCol() + dir();
        std::string inner = "SELECT " + codec.selectList() + ", " + col() + "::text AS _sk, " +
                            col() + " AS _sv, " + std::to_string(seg) + " AS _seg FROM " + from() +
                            " WHERE " + b.where + keyset;
        if (b.plan == SearchPlan::CollectMatches) {
            // OFFSET 0 keeps the subquery apart: it is planned without the ORDER BY, so
            // the matches come from the GIN index and only they are sorted.
            std::string outerOrder = byIdOnly ? "m.id" + dir() : "m._sv" + dir() + ", m.id" + dir();
            return "SELECT * FROM (" + inner + " OFFSET 0) m ORDER BY " + outerOrder + " LIMIT " +
                   std::to_string(limit);
        }
        return inner + " ORDER BY " + order + " LIMIT " + std::to_string(limit);
    }
};

Page PgRepository::list(const Query &query, const Cursor &cursor, int limit) const
{
    return listPage(query, cursor, limit, true);
}

Page PgRepository::listRows(const Query &query, const Cursor &cursor, int limit,
                            const std::function<void(const PgRowText &)> &visit) const
{
    return listPage(query, cursor, limit, true, &visit);
}

Page PgRepository::listPage(const Query &query, const Cursor &cursor, int limit, bool reuseEstimate,
                            const std::function<void(const PgRowText &)> *visit) const
{
    if (const auto problems = query.problems(); !problems.isEmpty())
        throw StoreError::invalid(problems);
    limit = std::clamp(limit, 1, 1000);
    std::optional<Cursor::Position> pos;
    if (!cursor.isNull()) {
        pos = cursor.position();
        if (!pos || pos->sortKey != query.sortKey || pos->order != query.order)
            throw StoreError(StoreError::Kind::Invalid,
                             StoreError::tr("The list position is out of date; reload the list."));
    }
    const ListBuilder lb(query);
    return d->withConnection(
        [&](pqxx::connection &c) {
            pqxx::nontransaction tx(c);
            Built b;
            lb.addBase(b, tx);
            const std::string type = PgRowCodec::sqlType(*lb.sort);
            const bool nullable = isNullableSortColumn(lb.sort->column());
            const bool cursorInNulls = pos && (!pos->value.isValid() || pos->value.isNull());
            Params params = b.params;
            auto add = [&](Param p) {
                params.push_back(std::move(p));
                return pg::placeholder(int(params.size()));
            };
            const std::string cmp = lb.asc ? " > " : " < ";
            std::string valueKeyset;
            if (pos && !cursorInNulls) {
                const std::string v = add(pos->value.toString().toStdString());
                const std::string id = add(pg::uuidParam(pos->id));
                valueKeyset = " AND (" + lb.col() + ", " + lb.idCol() + ")" + cmp + "(" + v +
                              "::" + type + ", " + id + "::uuid)";
            }
            const int n = limit + 1;
            std::string sql;
            if (!nullable) {
                sql = lb.segment(b, valueKeyset, 0, false, n);
            } else {
                std::string nullKeyset = " AND " + lb.col() + " IS NULL";
                if (cursorInNulls)
                    nullKeyset +=
                        " AND " + lb.idCol() + cmp + add(pg::uuidParam(pos->id)) + "::uuid";
                const std::string values = lb.segment(
                    b, " AND " + lb.col() + " IS NOT NULL" + valueKeyset, lb.asc ? 0 : 1, false, n);
                const std::string nulls = lb.segment(b, nullKeyset, lb.asc ? 1 : 0, true, n);
                std::vector<std::string> parts;
                if (lb.asc) {
                    if (!cursorInNulls)
                        parts.push_back(values);
                    parts.push_back(nulls);
                } else {
                    if (!pos || cursorInNulls)
                        parts.push_back(nulls);
                    parts.push_back(values);
                }
                if (parts.size() == 1) {
                    sql = parts[0];
                } else {
                    sql = "SELECT * FROM ((" + parts[0] + ") UNION ALL (" + parts[1] +
                          ")) u ORDER BY u._seg, u._sv" + lb.dir() + ", u.id" + lb.dir() +
                          " LIMIT " + std::to_string(n);
                }
            }
            const pqxx::result r = pg::execPrepared(tx, sql, params);
            Page page;
            const int columns = int(r.columns());
            const int rows = std::min(int(r.size()), limit);
            if (visit) {
                const auto &fields = lb.codec.columns();
                const size_t texts = lb.codec.selectWidth();
                std::vector<const char *> text(texts);
                for (int i = 0; i < rows; ++i) {
                    const pqxx::row row = r[i];
                    for (size_t c = 0; c < texts; ++c)
                        text[c] = row[int(c)].is_null() ? nullptr : row[int(c)].c_str();
                    (*visit)(PgRowText(fields, text));
                }
            } else {
                for (int i = 0; i < rows; ++i)
                    page.records.append(lb.codec.readRow(r[i]));
            }
            if (int(r.size()) > limit) {
                const pqxx::row last = r[limit - 1];
                Cursor::Position next;
                next.sortKey = query.sortKey;
                next.order = query.order;
                const pqxx::field sk = last[columns - 3];
                next.value = sk.is_null() ? QVariant() : QVariant(QString::fromUtf8(sk.c_str()));
                next.id = QString::fromLatin1(last[lb.codec.idColumn()].c_str());
                page.nextCursor = Cursor::fromPosition(next);
            }
            const std::string countWhere = b.where;
            if (query.exactTotal) {
                const pqxx::result cr = pg::execPrepared(
                    tx, "SELECT count(*) FROM " + lb.table() + " t WHERE " + countWhere, b.params);
                page.total = cr[0][0].as<qint64>();
                page.totalIsExact = true;
            } else {
                const std::string explain =
                    "EXPLAIN (FORMAT JSON) SELECT 1 FROM " + lb.table() + " t WHERE " + countWhere;
                QByteArray key = QByteArray::fromStdString(explain);
                for (const Param &p : b.params)
                    key += '\0' + (p ? QByteArray::fromStdString(*p) : QByteArray("\1NULL"));
                const auto now = std::chrono::steady_clock::now();
                std::optional<qint64> cached;
                {
                    std::lock_guard lock(d->estimatesMutex);
                    const auto it = d->estimates.constFind(key);
                    // First pages too: planning the EXPLAIN costs about as much as the
                    // page itself, and live refresh reloads first pages in bursts, while
                    // the planner's figure only moves with ANALYZE and table growth.
                    if (reuseEstimate && it != d->estimates.cend() &&
                        now - it->at < std::chrono::seconds(10))
                        cached = it->rows;
                }
                if (cached) {
                    page.total = *cached;
                } else {
                    const pqxx::result er = pg::execPrepared(tx, explain, b.params);
                    const QJsonDocument plan =
                        QJsonDocument::fromJson(QByteArray(er[0][0].c_str()));
                    page.total = qint64(plan.array()
                                            .at(0)
                                            .toObject()
                                            .value(QStringLiteral("Plan"))
                                            .toObject()
                                            .value(QStringLiteral("Plan Rows"))
                                            .toDouble(-1));
                    std::lock_guard lock(d->estimatesMutex);
                    if (d->estimates.size() > 256)
                        d->estimates.clear();
                    d->estimates.insert(key, {page.total, now});
                }
                page.totalIsExact = false;
            }
            return page;
        },
        true);
}

qint64 PgRepository::count(const Query &query, bool exact) const
{
    Query q = query;
    q.exactTotal = exact;
    return listPage(q, Cursor(), 1, false).total;
}

} // namespace ne
