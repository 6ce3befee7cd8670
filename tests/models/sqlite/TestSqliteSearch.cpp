// SPDX-License-Identifier: MIT
// FTS5 search and filters, checked against SQL written independently of the store.
#include "SqliteStoreFixture.h"

using namespace ne::test;
using namespace Qt::StringLiterals;
using K = ne::EntityKind;

class TestSqliteSearch : public SqliteStoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void search_data();
    void search();
    void searchEscapesLikeWildcards();
    void searchFollowsEdits();
    void filters_data();
    void filters();
};

void TestSqliteSearch::search_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("minHits");
    QTest::newRow("English word (trigram)") << u"budget"_s << 100;
    QTest::newRow("English, any case") << u"BUDGET"_s << 100;
    QTest::newRow("English in summaries") << u"harbour"_s << 100;
    QTest::newRow("Chinese 2 characters (LIKE fallback)") << u"新闻"_s << 300;
    QTest::newRow("Chinese substring (trigram)") << u"新闻发布"_s << 50;
    QTest::newRow("Chinese mid-word (trigram)") << u"闻速递"_s << 50;
    QTest::newRow("Chinese 1 character (LIKE)") << u"港"_s << 50;
    QTest::newRow("two words, both must match") << u"harbour festival"_s << 20;
    QTest::newRow("Chinese and English") << u"新闻 harbour"_s << 1;
    QTest::newRow("no match") << u"zeppelin"_s << 0;
    QTest::newRow("quote inside a word") << u"bud\"get"_s << 0;
}

void TestSqliteSearch::search()
{
    QFETCH(QString, search);
    QFETCH(int, minHits);
    // Expected: live articles whose title or summary holds every word, read from SQL and
    // filtered here, in the list's order.
    ne::Query plain;
    plain.kind = K::Article;
    const QStringList order = reference(plain);
    QHash<QString, QString> text;
    QSqlQuery q = raw(u"SELECT id, title, coalesce(summary, '') FROM site_articles "
                      "WHERE deleted_at IS NULL"_s);
    while (q.next())
        text.insert(q.value(0).toString(), q.value(1).toString() + u'\n' + q.value(2).toString());
    const QStringList words = search.split(u' ', Qt::SkipEmptyParts);
    QStringList expected;
    for (const QString &id : order) {
        const QString haystack = text.value(id);
        if (std::all_of(words.begin(), words.end(), [&](const QString &w) {
                return haystack.contains(w, Qt::CaseInsensitive);
            }))
            expected.append(id);
    }
    QVERIFY2(expected.size() >= minHits, qPrintable(QString::number(expected.size())));

    ne::Query query = plain;
    query.search = search;
    QStringList paged;
    pageAll(query, 17, paged);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(paged, expected);
    ne::Query counted = query;
    counted.exactTotal = true;
    QCOMPARE(repo().list(counted, {}, 17).total, expected.size());
    const qint64 estimate = repo().list(query, {}, 17).total;
    QVERIFY2(estimate == -1 || estimate == expected.size(), qPrintable(QString::number(estimate)));
    // The async path answers the same.
    QCOMPARE(idsOf(await(m_store->list(query, {}, 17)).records), expected.mid(0, 17));
}

void TestSqliteSearch::searchEscapesLikeWildcards()
{
    const QString percent = createArticle({{u"title"_s, u"50% off"_s}}).id();
    const QString underscore = createArticle({{u"title"_s, u"snake_case"_s}}).id();
    const QString backslash = createArticle({{u"title"_s, u"C:\\temp"_s}}).id();
    ne::Query query;
    query.kind = K::Article;
    query.search = u"%"_s;
    QCOMPARE(idsOf(repo().list(query, {}, 100).records), QStringList{percent});
    query.search = u"_"_s;
    QCOMPARE(idsOf(repo().list(query, {}, 100).records), QStringList{underscore});
    query.search = u"\\"_s;
    QCOMPARE(idsOf(repo().list(query, {}, 100).records), QStringList{backslash});
    query.search = u"0%"_s;
    QCOMPARE(idsOf(repo().list(query, {}, 100).records), QStringList{percent});
    repo().remove(K::Article, {percent, underscore, backslash});
}

void TestSqliteSearch::searchFollowsEdits()
{
    const ne::Record r = createArticle({{u"title"_s, u"Zebra crossing"_s}});
    ne::Query query;
    query.kind = K::Article;
    query.search = u"zebra"_s;
    QCOMPARE(idsOf(repo().list(query, {}, 10).records), QStringList{r.id()});
    repo().update(K::Article, r.id(), {{u"title"_s, u"Giraffe crossing"_s}}, r.version());
    QVERIFY(repo().list(query, {}, 10).records.isEmpty());
    query.search = u"giraffe"_s;
    QCOMPARE(idsOf(repo().list(query, {}, 10).records), QStringList{r.id()});
    repo().remove(K::Article, {r.id()});
    QVERIFY(repo().list(query, {}, 10).records.isEmpty());
    query.trash = true;
    QCOMPARE(idsOf(repo().list(query, {}, 10).records), QStringList{r.id()});
    repo().restore(K::Article, {r.id()});
    query.trash = false;
    QCOMPARE(idsOf(repo().list(query, {}, 10).records), QStringList{r.id()});
    repo().remove(K::Article, {r.id()});
}

void TestSqliteSearch::filters_data()
{
    QTest::addColumn<ne::EntityKind>("kind");
    QTest::addColumn<QVariantMap>("filters");
    QTest::addColumn<QString>("sortKey");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QVariantList>("binds");
    QTest::newRow("article status")
        << K::Article << QVariantMap{{u"status"_s, u"published"_s}} << ne::keys::createdAt
        << u"status = 'published'"_s << QVariantList();
    QTest::newRow("article status + type, by title")
        << K::Article << QVariantMap{{u"status"_s, u"draft"_s}, {u"type"_s, u"news"_s}}
        << ne::keys::title << u"status = 'draft' AND type = 'news'"_s << QVariantList();
    QTest::newRow("article category, by views")
        << K::Article << QVariantMap{{u"categoryId"_s, QString()}} << u"viewCount"_s
        << u"category_id = ?"_s << QVariantList{};
    QTest::newRow("news priority (stored as rank)")
        << K::News << QVariantMap{{u"priority"_s, u"high"_s}} << u"publishedAt"_s
        << u"priority = 2"_s << QVariantList();
    QTest::newRow("video type + status")
        << K::Video << QVariantMap{{u"videoType"_s, u"live"_s}, {u"status"_s, u"draft"_s}}
        << u"duration"_s << u"video_type = 'live' AND status = 'draft'"_s << QVariantList();
    QTest::newRow("image status") << K::Image << QVariantMap{{u"status"_s, u"archived"_s}}
                                  << u"fileSize"_s << u"status = 'archived'"_s << QVariantList();
}

void TestSqliteSearch::filters()
{
    QFETCH(ne::EntityKind, kind);
    QFETCH(QVariantMap, filters);
    QFETCH(QString, sortKey);
    QFETCH(QString, where);
    QFETCH(QVariantList, binds);
    if (filters.contains(u"categoryId"_s)) {
        filters.insert(u"categoryId"_s, m_categoryA);
        binds = {m_categoryA};
    }
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        ne::Query query;
        query.kind = kind;
        query.filters = filters;
        query.sortKey = sortKey;
        query.order = order;
        const QStringList expected = reference(query, where, binds);
        QVERIFY(expected.size() >= 5);
        QVERIFY(expected.size() < reference(queryOf(kind, sortKey, order)).size());
        QStringList paged;
        pageAll(query, 4, paged);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(paged, expected);
    }
}

QTEST_GUILESS_MAIN(TestSqliteSearch)
#include "TestSqliteSearch.moc"
