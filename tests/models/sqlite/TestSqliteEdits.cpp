// SPDX-License-Identifier: MIT
// Soft delete and restore, optimistic concurrency, atomic bulk updates and news-article
// links.
#include "SqliteStoreFixture.h"

#include <QUuid>

using namespace ne::test;
using namespace Qt::StringLiterals;
using K = ne::EntityKind;

class TestSqliteEdits : public SqliteStoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void trashAndRestore();
    void conflictOnStaleVersion();
    void deletedWhileEditing();
    void updateManyPublishesAll();
    void updateManyIsAtomic_data();
    void updateManyIsAtomic();
    void newsArticlesKeepOrder();
};

void TestSqliteEdits::trashAndRestore()
{
    QStringList ids;
    for (int i = 0; i < 5; ++i)
        ids.append(createArticle().id());
    const QStringList gone = ids.mid(1, 3);
    QCOMPARE(await(m_store->remove(K::Article, gone + QStringList{gone[0]})), 3);
    ne::Query trash;
    trash.kind = K::Article;
    trash.trash = true;
    const QStringList expectedTrash = reference(trash);
    for (const QString &id : gone)
        QVERIFY(expectedTrash.contains(id));
    QStringList paged;
    pageAll(trash, 2, paged);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(paged, expectedTrash);

    ne::Query live;
    live.kind = K::Article;
    live.ids = ids;
    QCOMPARE(setOf(idsOf(repo().list(live, {}, 10).records)), QSet<QString>({ids[0], ids[4]}));
    for (const QString &id : gone)
        QVERIFY(repo().get(K::Article, id).isDeleted()); // soft: the row is still there

    QCOMPARE(await(m_store->restore(K::Article, {gone[0], gone[2], ids[0]})), 2);
    QCOMPARE(setOf(idsOf(repo().list(live, {}, 10).records)),
             QSet<QString>({ids[0], ids[4], gone[0], gone[2]}));
    live.trash = true;
    QCOMPARE(idsOf(repo().list(live, {}, 10).records), QStringList{gone[1]});
    repo().remove(K::Article, ids);
}

void TestSqliteEdits::conflictOnStaleVersion()
{
    const ne::Record mine = createArticle();
    const ne::Record theirs = await(
        m_store->update(K::Article, mine.id(), {{u"title"_s, u"Their title"_s}}, mine.version()));
    QCOMPARE(theirs.version(), mine.version() + 1);
    const auto e = failure(
        m_store->update(K::Article, mine.id(), {{u"title"_s, u"My title"_s}}, mine.version()));
    QVERIFY2(e && e->kind() == ne::StoreError::Kind::Conflict, qPrintable(describe(e)));
    QVERIFY(!e->message().isEmpty());
    QCOMPARE(e->current().value(ne::keys::version).toLongLong(), theirs.version());
    QCOMPARE(e->current().value(ne::keys::title).toString(), u"Their title"_s);
    QCOMPARE(repo().get(K::Article, mine.id()), theirs); // nothing written
    // "Overwrite" is an update with the version the conflict reported.
    const ne::Record overwritten =
        await(m_store->update(K::Article, mine.id(), {{u"title"_s, u"My title"_s}},
                              e->current().value(ne::keys::version).toLongLong()));
    QCOMPARE(overwritten.value(ne::keys::title).toString(), u"My title"_s);
}

void TestSqliteEdits::deletedWhileEditing()
{
    const ne::Record r = createArticle();
    QCOMPARE(await(m_store->remove(K::Article, {r.id()})), 1);
    auto e = failure(m_store->update(K::Article, r.id(), {{u"title"_s, u"Edit"_s}}, r.version()));
    QVERIFY2(e && e->kind() == ne::StoreError::Kind::NotFound, qPrintable(describe(e)));
    QVERIFY(e->message().contains(u"deleted"_s));
    // Even with the current version: a row in the trash is not edited.
    e = failure(m_store->update(K::Article, r.id(), {{u"title"_s, u"Edit"_s}},
                                repo().get(K::Article, r.id()).version()));
    QVERIFY2(e && e->kind() == ne::StoreError::Kind::NotFound, qPrintable(describe(e)));
    e = failure(m_store->update(K::Article, QUuid::createUuid().toString(QUuid::WithoutBraces),
                                {{u"title"_s, u"Edit"_s}}, 1));
    QVERIFY2(e && e->kind() == ne::StoreError::Kind::NotFound, qPrintable(describe(e)));
}

void TestSqliteEdits::updateManyPublishesAll()
{
    QStringList ids;
    for (int i = 0; i < 3; ++i)
        ids.append(createArticle({{u"status"_s, u"draft"_s}}).id());
    QCOMPARE(await(m_store->updateMany(K::Article, ids, {{u"status"_s, u"published"_s}})), 3);
    for (const QString &id : ids) {
        const ne::Record r = repo().get(K::Article, id);
        QCOMPARE(r.value(u"status"_s).toString(), u"published"_s);
        QCOMPARE(r.version(), 2);
        QVERIFY(r.value(u"publishedAt"_s).toDateTime().isValid());
    }
    // Archiving later keeps the first publication time.
    const QDateTime published = repo().get(K::Article, ids[0]).value(u"publishedAt"_s).toDateTime();
    QCOMPARE(repo().updateMany(K::Article, ids, {{u"status"_s, u"archived"_s}}), 3);
    QCOMPARE(repo().updateMany(K::Article, ids, {{u"status"_s, u"published"_s}}), 3);
    QCOMPARE(repo().get(K::Article, ids[0]).value(u"publishedAt"_s).toDateTime(), published);
}

void TestSqliteEdits::updateManyIsAtomic_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("kind");
    QTest::newRow("duplicate slug on two rows") << u"slug"_s << int(ne::StoreError::Kind::Conflict);
    QTest::newRow("a deleted row among them")
        << u"deleted"_s << int(ne::StoreError::Kind::NotFound);
    QTest::newRow("an unknown id among them")
        << u"unknown"_s << int(ne::StoreError::Kind::NotFound);
    QTest::newRow("invalid enum") << u"enum"_s << int(ne::StoreError::Kind::Invalid);
    QTest::newRow("read-only field") << u"readonly"_s << int(ne::StoreError::Kind::Invalid);
}

void TestSqliteEdits::updateManyIsAtomic()
{
    QFETCH(QString, what);
    QFETCH(int, kind);
    QStringList ids;
    for (int i = 0; i < 4; ++i)
        ids.append(createArticle({{u"status"_s, u"draft"_s}}).id());
    QVariantMap changes{{u"status"_s, u"published"_s}};
    QStringList target = ids;
    if (what == u"slug"_s)
        changes.insert(u"slug"_s, QString(u"shared-"_s + QString::number(++m_serial)));
    else if (what == u"deleted"_s)
        repo().remove(K::Article, {ids[2]});
    else if (what == u"unknown"_s)
        target.append(QUuid::createUuid().toString(QUuid::WithoutBraces));
    else if (what == u"enum"_s)
        changes.insert(u"type"_s, u"podcast"_s);
    else if (what == u"readonly"_s)
        changes.insert(u"viewCount"_s, 99);
    QList<ne::Record> before;
    for (const QString &id : ids)
        before.append(repo().get(K::Article, id));

    const auto e = failure(m_store->updateMany(K::Article, target, changes));
    QVERIFY2(e && int(e->kind()) == kind, qPrintable(describe(e)));
    QVERIFY(!e->message().isEmpty());
    for (int i = 0; i < ids.size(); ++i)
        QCOMPARE(repo().get(K::Article, ids[i]), before[i]); // all or nothing
    repo().remove(K::Article, ids);
}

void TestSqliteEdits::newsArticlesKeepOrder()
{
    const QStringList articles = pick(m_articleIds, 100, 5);
    QVariantMap values = validValues(K::News);
    values.insert(ne::keys::articleIds, articles);
    values.insert(ne::keys::mainStoryId, articles[2]);
    const ne::Record created = await(m_store->create(K::News, values));
    QCOMPARE(created.value(ne::keys::articleIds).toStringList(), articles);
    QCOMPARE(created.value(ne::keys::mainStoryId).toString(), articles[2]);

    // Reorder and move the main story.
    const QStringList reordered{articles[4], articles[0], articles[2], articles[1]};
    const ne::Record moved = await(
        m_store->update(K::News, created.id(),
                        {{ne::keys::articleIds, reordered}, {ne::keys::mainStoryId, articles[4]}},
                        created.version()));
    QCOMPARE(moved.value(ne::keys::articleIds).toStringList(), reordered);
    QCOMPARE(moved.value(ne::keys::mainStoryId).toString(), articles[4]);
    QCOMPARE(rawCount(u"SELECT count(*) FROM news_articles WHERE news_id = ?"_s, {created.id()}),
             4);

    // Other edits leave the articles alone; the list shows them too.
    const ne::Record retitled = await(m_store->update(
        K::News, created.id(), {{u"title"_s, u"Evening issue"_s}}, moved.version()));
    QCOMPARE(retitled.value(ne::keys::articleIds).toStringList(), reordered);
    ne::Query query;
    query.kind = K::News;
    query.ids = {created.id()};
    const ne::Page page = repo().list(query, {}, 5);
    QCOMPARE(page.records.size(), 1);
    QCOMPARE(page.records[0].value(ne::keys::articleIds).toStringList(), reordered);
    QCOMPARE(page.records[0].value(ne::keys::mainStoryId).toString(), articles[4]);

    // Only the main story changes, to one among the articles: fine; to one outside: refused.
    const ne::Record main = await(m_store->update(
        K::News, created.id(), {{ne::keys::mainStoryId, reordered[1]}}, retitled.version()));
    QCOMPARE(main.value(ne::keys::mainStoryId).toString(), reordered[1]);
    QCOMPARE(main.value(ne::keys::articleIds).toStringList(), reordered);
    const auto e = failure(m_store->update(K::News, created.id(),
                                           {{ne::keys::mainStoryId, articles[3]}}, main.version()));
    QVERIFY2(e && e->kind() == ne::StoreError::Kind::Invalid, qPrintable(describe(e)));
    QCOMPARE(fieldKeys(e->fieldErrors()), QStringList{ne::keys::mainStoryId});
    QCOMPARE(repo().get(K::News, created.id()), main);
}

QTEST_GUILESS_MAIN(TestSqliteEdits)
#include "TestSqliteEdits.moc"
