// SPDX-License-Identifier: MIT
// CRUD and validation: every entity round-trips, keyset indexes exist (and only for sorts), bad
// values and duplicate slugs write nothing.
#include "SqliteStoreFixture.h"

#include <QFileInfo>
#include <QUuid>

using namespace ne::test;
using namespace Qt::StringLiterals;
using K = ne::EntityKind;

class TestSqliteCrud : public SqliteStoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void keysetIndexesExist_data();
    void keysetIndexesExist();
    void noKeysetIndexWithoutSort_data();
    void noKeysetIndexWithoutSort();
    void crud_data();
    void crud();
    void imageRowCarriesItsFile();
    void duplicateSlug();
    void invalidValuesWriteNothing_data();
    void invalidValuesWriteNothing();
};

void TestSqliteCrud::keysetIndexesExist_data()
{
    QTest::addColumn<ne::EntityKind>("kind");
    QTest::addColumn<QString>("key");
    for (K kind : ne::allEntityKinds()) {
        for (const ne::Field &f : ne::EntitySchema::of(kind).sortableFields())
            QTest::addRow("%s/%s", qPrintable(ne::entityName(kind)), qPrintable(f.key()))
                << kind << f.key();
    }
}

void TestSqliteCrud::keysetIndexesExist()
{
    // "The cost does not grow with depth" needs an index on (column, id) for every sort.
    QFETCH(ne::EntityKind, kind);
    QFETCH(QString, key);
    const ne::EntitySchema &schema = ne::EntitySchema::of(kind);
    const QString column = schema.field(key)->column();
    QSqlQuery q = raw(u"SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?"_s,
                      {schema.table()});
    QStringList indexes;
    while (q.next())
        indexes.append(q.value(0).toString());
    const QString wanted = u'(' + column + u", id)"_s;
    const bool found = std::any_of(indexes.begin(), indexes.end(),
                                   [&](const QString &sql) { return sql.contains(wanted); });
    QVERIFY2(found, qPrintable(u"no index "_s + schema.table() + wanted));
}

void TestSqliteCrud::noKeysetIndexWithoutSort_data()
{
    QTest::addColumn<ne::EntityKind>("kind");
    for (K kind : ne::allEntityKinds())
        QTest::addRow("%s", qPrintable(ne::entityName(kind))) << kind;
}

void TestSqliteCrud::noKeysetIndexWithoutSort()
{
    // Every index is written on every change of a row: one that no sort reads is pure cost.
    // A new workspace runs every migration, so this also checks that 002 drops what 001 made.
    QFETCH(ne::EntityKind, kind);
    const ne::EntitySchema &schema = ne::EntitySchema::of(kind);
    QSet<QString> sortable;
    for (const ne::Field &f : schema.sortableFields())
        sortable.insert(f.column());
    QSqlQuery q = raw(u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                      u"AND sql LIKE '%, id) WHERE deleted_at IS NULL'"_s,
                      {schema.table()});
    int keysetIndexes = 0;
    while (q.next()) {
        const QString sql = q.value(1).toString();
        const qsizetype open = sql.lastIndexOf(u'(');
        const QStringList columns =
            sql.mid(open + 1, sql.indexOf(u')', open) - open - 1).split(u',');
        if (columns.size() != 2) // (category_id, created_at, id) serves a filter
            continue;
        const QString column = columns.first().trimmed();
        QVERIFY2(sortable.contains(column), qPrintable(q.value(0).toString() + u" keeps up "_s +
                                                       column + u", no sort reads it"_s));
        ++keysetIndexes;
    }
    QVERIFY(keysetIndexes >= sortable.size());
}

void TestSqliteCrud::crud_data()
{
    QTest::addColumn<ne::EntityKind>("kind");
    QTest::addColumn<QString>("editKey");
    QTest::addColumn<QVariant>("editValue");
    QTest::newRow("image") << K::Image << u"altText"_s << QVariant(u"A harbour at dawn"_s);
    QTest::newRow("article") << K::Article << u"summary"_s << QVariant(u"更新的摘要 😀"_s);
    QTest::newRow("news") << K::News << u"priority"_s << QVariant(u"urgent"_s);
    QTest::newRow("video") << K::Video << u"duration"_s << QVariant(qint64(5400));
}

void TestSqliteCrud::crud()
{
    QFETCH(ne::EntityKind, kind);
    QFETCH(QString, editKey);
    QFETCH(QVariant, editValue);
    const ne::EntitySchema &schema = ne::EntitySchema::of(kind);
    QSignalSpy changed(m_store.get(), &ne::Store::changed);

    const QVariantMap values = validValues(kind);
    const ne::Record created = await(m_store->create(kind, values));
    QVERIFY(!QUuid::fromString(created.id()).isNull());
    QCOMPARE(created.version(), 1);
    QVERIFY(created.value(ne::keys::createdAt).toDateTime().isValid());
    QCOMPARE(created.value(ne::keys::updatedAt), created.value(ne::keys::createdAt));
    QVERIFY(!created.isDeleted());
    for (auto it = values.begin(); it != values.end(); ++it)
        QCOMPARE(created.value(it.key()), it.value());
    // Defaults the person did not type are filled in.
    const QVariantMap defaults = schema.defaults();
    for (auto it = defaults.begin(); it != defaults.end(); ++it) {
        if (!values.contains(it.key()) && schema.field(it.key())->hasColumn())
            QCOMPARE(created.value(it.key()).toString(), it.value().toString());
    }
    QVERIFY(QTest::qWaitFor([&] {
        return std::any_of(changed.begin(), changed.end(), [&](const QList<QVariant> &args) {
            return args.at(0).value<ne::EntityKind>() == kind &&
                   args.at(1).toStringList().contains(created.id());
        });
    }));

    const ne::Record fetched = await(m_store->get(kind, created.id()));
    QCOMPARE(fetched, created);

    const ne::Record updated =
        await(m_store->update(kind, created.id(), {{editKey, editValue}}, created.version()));
    QCOMPARE(updated.value(editKey), editValue);
    QCOMPARE(updated.version(), 2);
    QCOMPARE(updated.value(ne::keys::title), created.value(ne::keys::title));
    QCOMPARE(updated.value(ne::keys::createdAt), created.value(ne::keys::createdAt));
    QVERIFY(updated.value(ne::keys::updatedAt).toDateTime() >=
            created.value(ne::keys::updatedAt).toDateTime());
    QCOMPARE(await(m_store->get(kind, created.id())), updated);

    ne::Query live;
    live.kind = kind;
    live.ids = {created.id()};
    QCOMPARE(idsOf(await(m_store->list(live, {}, 10)).records), QStringList{created.id()});

    QCOMPARE(await(m_store->remove(kind, {created.id()})), 1);
    QCOMPARE(await(m_store->remove(kind, {created.id()})), 0); // already in the trash
    const ne::Record trashed = await(m_store->get(kind, created.id()));
    QVERIFY(trashed.isDeleted());
    QCOMPARE(trashed.version(), 3);
    QVERIFY(await(m_store->list(live, {}, 10)).records.isEmpty());
    ne::Query trash = live;
    trash.trash = true;
    QCOMPARE(idsOf(await(m_store->list(trash, {}, 10)).records), QStringList{created.id()});

    QCOMPARE(await(m_store->restore(kind, {created.id()})), 1);
    QCOMPARE(await(m_store->restore(kind, {created.id()})), 0);
    const ne::Record restored = await(m_store->get(kind, created.id()));
    QVERIFY(!restored.isDeleted());
    QCOMPARE(restored.value(editKey), editValue);
    QCOMPARE(idsOf(await(m_store->list(live, {}, 10)).records), QStringList{created.id()});

    const auto missing =
        failure(m_store->get(kind, QUuid::createUuid().toString(QUuid::WithoutBraces)));
    QVERIFY(missing);
    QCOMPARE(missing->kind(), ne::StoreError::Kind::NotFound);
}

void TestSqliteCrud::imageRowCarriesItsFile()
{
    const ne::Record image = await(m_store->create(K::Image, validValues(K::Image)));
    QCOMPARE(image.value(u"contentSha256"_s).toString(), m_png.sha256);
    QCOMPARE(image.value(u"mimeType"_s).toString(), u"image/png"_s);
    QCOMPARE(image.value(u"width"_s).toInt(), 120);
    QCOMPARE(image.value(u"height"_s).toInt(), 80);
    QCOMPARE(image.value(u"fileSize"_s).toLongLong(), m_png.size);
    QCOMPARE(image.value(u"fileName"_s).toString(), u"harbour.png"_s);
    QCOMPARE(image.value(u"url"_s).toString(), ne::MediaFolder::relativePathOf(m_png.sha256));
    QVERIFY(QFileInfo::exists(m_store->mediaFolder().pathOf(m_png.sha256)));
    const auto found = repo().imageBySha256(m_png.sha256.toUpper());
    QVERIFY(found.has_value());
}

void TestSqliteCrud::duplicateSlug()
{
    const QString slug = u"unique-slug-"_s + QString::number(++m_serial);
    const ne::Record first = createArticle({{u"slug"_s, slug}});
    const qint64 rows = rawCount(u"SELECT count(*) FROM site_articles"_s);
    QVariantMap again = validValues(K::Article);
    again.insert(u"slug"_s, slug);
    auto e = failure(m_store->create(K::Article, again));
    QVERIFY2(e && e->kind() == ne::StoreError::Kind::Conflict, qPrintable(describe(e)));
    QVERIFY(e->message().contains(u"slug"_s));
    QCOMPARE(rawCount(u"SELECT count(*) FROM site_articles"_s), rows);

    // Updating another row to the taken slug is refused the same way.
    const ne::Record second = createArticle();
    e = failure(m_store->update(K::Article, second.id(), {{u"slug"_s, slug}}, second.version()));
    QVERIFY2(e && e->kind() == ne::StoreError::Kind::Conflict, qPrintable(describe(e)));

    // A slug in the trash is free again; restoring its old owner then conflicts.
    repo().remove(K::Article, {first.id()});
    const ne::Record reuse = createArticle({{u"slug"_s, slug}});
    QCOMPARE(reuse.value(u"slug"_s).toString(), slug);
    e = failure(m_store->restore(K::Article, {first.id()}));
    QVERIFY2(e && e->kind() == ne::StoreError::Kind::Conflict, qPrintable(describe(e)));
    QVERIFY(repo().get(K::Article, first.id()).isDeleted());
}

void TestSqliteCrud::invalidValuesWriteNothing_data()
{
    QTest::addColumn<ne::EntityKind>("kind");
    QTest::addColumn<QVariantMap>("changes");
    QTest::addColumn<QString>("errorKey"); // empty: a message without a field
    QTest::newRow("invalid enum") << K::Article << QVariantMap{{u"type"_s, u"podcast"_s}}
                                  << u"type"_s;
    QTest::newRow("10,000-character title")
        << K::Article << QVariantMap{{u"title"_s, QString(10000, u'x')}} << u"title"_s;
    QTest::newRow("news with 0 articles")
        << K::News
        << QVariantMap{{ne::keys::articleIds, QStringList()}, {ne::keys::mainStoryId, QString()}}
        << ne::keys::articleIds;
    QTest::newRow("news with 9 articles")
        << K::News << QVariantMap{{u"nine"_s, true}} << ne::keys::articleIds;
    QTest::newRow("news with an article that does not exist")
        << K::News << QVariantMap{{u"ghost"_s, true}} << QString();
    QTest::newRow("image whose file was never stored")
        << K::Image << QVariantMap{{u"contentSha256"_s, QString(64, u'0')}} << u"contentSha256"_s;
    QTest::newRow("video ends before it starts")
        << K::Video
        << QVariantMap{{u"startTime"_s, QDateTime::fromMSecsSinceEpoch(kBase, Qt::UTC)},
                       {u"videoEndTime"_s, QDateTime::fromMSecsSinceEpoch(kBase - 1000, Qt::UTC)}}
        << u"videoEndTime"_s;
}

void TestSqliteCrud::invalidValuesWriteNothing()
{
    QFETCH(ne::EntityKind, kind);
    QFETCH(QVariantMap, changes);
    QFETCH(QString, errorKey);
    QVariantMap values = validValues(kind);
    if (changes.take(u"nine"_s).toBool())
        changes.insert(ne::keys::articleIds, pick(m_articleIds, 10, 9));
    if (changes.take(u"ghost"_s).toBool()) {
        QStringList ids = pick(m_articleIds, 20, 3);
        ids.append(QUuid::createUuid().toString(QUuid::WithoutBraces));
        changes.insert(ne::keys::articleIds, ids);
        changes.insert(ne::keys::mainStoryId, ids[0]);
    }
    values.insert(changes);
    if (values.value(ne::keys::mainStoryId).toString().isEmpty())
        values.remove(ne::keys::mainStoryId);
    const QString table = ne::EntitySchema::of(kind).table();
    const qint64 rows = rawCount(u"SELECT count(*) FROM "_s + table);
    const qint64 links = rawCount(u"SELECT count(*) FROM news_articles"_s);

    const auto e = failure(m_store->create(kind, values));
    QVERIFY2(e && e->kind() == ne::StoreError::Kind::Invalid, qPrintable(describe(e)));
    QVERIFY(!e->message().isEmpty());
    if (!errorKey.isEmpty())
        QVERIFY2(fieldKeys(e->fieldErrors()).contains(errorKey), qPrintable(describe(e)));
    QCOMPARE(rawCount(u"SELECT count(*) FROM "_s + table), rows);
    QCOMPARE(rawCount(u"SELECT count(*) FROM news_articles"_s), links);
}

QTEST_GUILESS_MAIN(TestSqliteCrud)
#include "TestSqliteCrud.moc"
