// SPDX-License-Identifier: MIT
// Keyset paging on every sortable column: no duplicate and no gap across pages, NULL
// sort values, rows inserted while paging, invalid queries.
#include "SqliteStoreFixture.h"

using namespace ne::test;
using namespace Qt::StringLiterals;
using K = ne::EntityKind;

class TestSqlitePaging : public SqliteStoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void paging_data();
    void paging();
    void pagingOnePerPage();
    void nullSortValues();
    void insertsWhilePaging_data();
    void insertsWhilePaging();
    void invalidQueries();
};

void TestSqlitePaging::paging_data()
{
    QTest::addColumn<ne::EntityKind>("kind");
    QTest::addColumn<QString>("sortKey");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<int>("limit");
    for (K kind : ne::allEntityKinds()) {
        for (const ne::Field &f : ne::EntitySchema::of(kind).sortableFields()) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                QTest::addRow("%s/%s/%s", qPrintable(ne::entityName(kind)), qPrintable(f.key()),
                              order == Qt::AscendingOrder ? "asc" : "desc")
                    << kind << f.key() << order << (kind == K::Article ? 23 : 7);
            }
        }
    }
}

void TestSqlitePaging::paging()
{
    QFETCH(ne::EntityKind, kind);
    QFETCH(QString, sortKey);
    QFETCH(Qt::SortOrder, order);
    QFETCH(int, limit);
    ne::Query query;
    query.kind = kind;
    query.sortKey = sortKey;
    query.order = order;

    const QStringList expected = reference(query);
    QVERIFY(expected.size() >= (kind == K::Article ? 1000 : 50));
    // The sort key really has ties, so the id tie-breaker is exercised.
    const QString column = ne::EntitySchema::of(kind).field(sortKey)->column();
    const QString table = ne::EntitySchema::of(kind).table();
    QVERIFY(rawCount(u"SELECT count(DISTINCT "_s + column + u") FROM "_s + table) <
            expected.size());

    QStringList paged;
    pageAll(query, limit, paged);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!hasDuplicates(paged));
    QCOMPARE(paged.size(), expected.size()); // no gap
    QCOMPARE(paged, expected);
    ne::Query counted = query;
    counted.exactTotal = true;
    const ne::Page first = repo().list(counted, {}, limit);
    QVERIFY(first.totalIsExact);
    QCOMPARE(first.total, expected.size());
    // Without asking, the total may be an estimate; for a plain list of live rows that are
    // never hard-deleted it is still right.
    QCOMPARE(repo().list(query, {}, limit).total, expected.size());
}

void TestSqlitePaging::pagingOnePerPage()
{
    ne::Query query;
    query.kind = K::News;
    query.sortKey = u"scheduledAt"_s; // nullable, with ties
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        query.order = order;
        QStringList paged;
        pageAll(query, 1, paged);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(paged, reference(query));
    }
}

void TestSqlitePaging::nullSortValues()
{
    ne::Query query;
    query.kind = K::Article;
    query.sortKey = u"publishedAt"_s;
    const qint64 nulls = rawCount(u"SELECT count(*) FROM site_articles WHERE deleted_at IS NULL "
                                  "AND published_at IS NULL"_s);
    QVERIFY(nulls > 100);
    for (Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
        query.order = order;
        QList<ne::Record> rows;
        ne::Cursor cursor;
        bool sawNullCursor = false;
        do {
            const ne::Page page = repo().list(query, cursor, 50);
            rows += page.records;
            cursor = page.nextCursor;
            if (!cursor.isNull() && !cursor.position()->value.isValid())
                sawNullCursor = true;
            else if (!cursor.isNull() && cursor.position()->value.isNull())
                sawNullCursor = true;
        } while (!cursor.isNull());
        QVERIFY2(sawNullCursor, "a page boundary falls inside the NULL run");
        // NULLs come last when descending and first when ascending, never in between.
        qsizetype firstNull = -1;
        qsizetype lastNull = -1;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (!rows[i].contains(u"publishedAt"_s)) {
                if (firstNull < 0)
                    firstNull = i;
                lastNull = i;
            }
        }
        QCOMPARE(lastNull - firstNull + 1, nulls);
        if (order == Qt::DescendingOrder)
            QCOMPARE(lastNull, rows.size() - 1);
        else
            QCOMPARE(firstNull, 0);
        QCOMPARE(idsOf(rows), reference(query));
    }
}

void TestSqlitePaging::insertsWhilePaging_data()
{
    QTest::addColumn<QString>("sortKey");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("newRows"); // "newer", "same-key"
    QTest::newRow("created desc, newer rows")
        << ne::keys::createdAt << Qt::DescendingOrder << u"newer"_s;
    QTest::newRow("created asc, newer rows")
        << ne::keys::createdAt << Qt::AscendingOrder << u"newer"_s;
    QTest::newRow("created desc, same created_at as the cursor")
        << ne::keys::createdAt << Qt::DescendingOrder << u"same-key"_s;
    QTest::newRow("created asc, same created_at as the cursor")
        << ne::keys::createdAt << Qt::AscendingOrder << u"same-key"_s;
    QTest::newRow("title asc, same title as the cursor")
        << ne::keys::title << Qt::AscendingOrder << u"same-key"_s;
    QTest::newRow("published desc, newer rows")
        << u"publishedAt"_s << Qt::DescendingOrder << u"newer"_s;
}

void TestSqlitePaging::insertsWhilePaging()
{
    QFETCH(QString, sortKey);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, newRows);
    ne::Query query;
    query.kind = K::Article;
    query.sortKey = sortKey;
    query.order = order;
    const QStringList before = reference(query);

    QStringList prefix;
    ne::Cursor cursor;
    for (int i = 0; i < 5; ++i) {
        const ne::Page page = repo().list(query, cursor, 10);
        prefix += idsOf(page.records);
        cursor = page.nextCursor;
    }
    QCOMPARE(prefix, before.mid(0, 50));
    const ne::Record last = repo().get(K::Article, prefix.constLast());

    QStringList inserted;
    for (int i = 0; i < 12; ++i) {
        QVariantMap extra{{u"status"_s, u"published"_s}};
        if (newRows == u"same-key"_s && sortKey == ne::keys::title)
            extra.insert(u"title"_s, last.value(ne::keys::title));
        inserted.append(createArticle(extra).id());
    }
    if (newRows == u"same-key"_s && sortKey == ne::keys::createdAt) {
        for (const QString &id : std::as_const(inserted))
            raw(u"UPDATE site_articles SET created_at = ? WHERE id = ?"_s,
                {last.value(ne::keys::createdAt).toDateTime().toMSecsSinceEpoch(), id});
    }

    QStringList rest;
    pageAll(query, 10, rest, cursor);
    if (QTest::currentTestFailed())
        return;
    const QStringList after = reference(query);
    const QStringList all = prefix + rest;
    QVERIFY(!hasDuplicates(all));
    // Exactly what a keyset promises: everything after the cursor as it is now, so no
    // row seen before repeats and no row that was there is skipped.
    const qsizetype at = after.indexOf(prefix.constLast());
    QCOMPARE(rest, after.mid(at + 1));
    for (const QString &id : before)
        QVERIFY2(all.contains(id), qPrintable(u"gap: "_s + id));
    if (newRows == u"newer"_s) {
        const bool expectThem = order == Qt::AscendingOrder;
        for (const QString &id : std::as_const(inserted))
            QCOMPARE(rest.contains(id), expectThem);
    } else {
        // Same key: the id tie-breaker puts some before the cursor and some after.
        qsizetype seen = 0;
        for (const QString &id : std::as_const(inserted)) {
            const bool afterCursor = order == Qt::AscendingOrder ? id > last.id() : id < last.id();
            QCOMPARE(rest.contains(id), afterCursor);
            seen += rest.contains(id) ? 1 : 0;
        }
        Q_UNUSED(seen);
    }
    repo().remove(K::Article, inserted);
}

void TestSqlitePaging::invalidQueries()
{
    ne::Query query;
    query.kind = K::Article;
    query.sortKey = u"content"_s; // not sortable: no index
    auto e = failureOf([&] { repo().list(query, {}, 10); });
    QVERIFY(e);
    QCOMPARE(e->kind(), ne::StoreError::Kind::Invalid);
    QCOMPARE(fieldKeys(e->fieldErrors()), QStringList{u"content"_s});

    query.sortKey = ne::keys::createdAt;
    query.filters = {{u"title"_s, u"x"_s}};
    e = failureOf([&] { repo().list(query, {}, 10); });
    QVERIFY(e);
    QCOMPARE(e->kind(), ne::StoreError::Kind::Invalid);

    query.filters.clear();
    const ne::Cursor byTitle = repo().list(queryOf(K::Article, ne::keys::title), {}, 5).nextCursor;
    QVERIFY(!byTitle.isNull());
    e = failureOf([&] { repo().list(query, byTitle, 10); });
    QVERIFY2(e && e->kind() == ne::StoreError::Kind::Invalid, qPrintable(describe(e)));
    e = failureOf([&] { repo().list(query, ne::Cursor(QByteArray("garbage")), 10); });
    QVERIFY2(e && e->kind() == ne::StoreError::Kind::Invalid, qPrintable(describe(e)));
    e = failure(m_store->list(query, ne::Cursor(QByteArray("%%%")), 10));
    QVERIFY2(e && e->kind() == ne::StoreError::Kind::Invalid, qPrintable(describe(e)));
}

QTEST_GUILESS_MAIN(TestSqlitePaging)
#include "TestSqlitePaging.moc"
