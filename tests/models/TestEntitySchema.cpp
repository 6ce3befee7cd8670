// SPDX-License-Identifier: MIT
// Data-driven checks of EntitySchema::validate() and of the four schemas' structure.
#include "schema/EntitySchema.h"

#include <QDateTime>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QStringList newIds(int n)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out.append(newId());
    return out;
}

/// n code points of c (c may be outside the BMP, i.e. two UTF-16 units).
QString repeated(char32_t c, int n)
{
    const QString one = QString::fromUcs4(&c, 1);
    QString out;
    out.reserve(one.size() * n);
    for (int i = 0; i < n; ++i)
        out += one;
    return out;
}

const QString kSha = QString(64, u'a');

/// The smallest record of each kind that is valid on create.
QVariantMap minimal(ne::EntityKind kind)
{
    switch (kind) {
    case ne::EntityKind::Image:
        return {{u"title"_s, u"Harbour at dawn"_s},
                {u"type"_s, u"gallery"_s},
                {u"contentSha256"_s, kSha}};
    case ne::EntityKind::Article:
        return {{u"title"_s, u"Budget passes"_s},
                {u"content"_s, u"Body"_s},
                {u"type"_s, u"standard"_s}};
    case ne::EntityKind::News:
        return {{u"title"_s, u"Morning issue"_s},
                {u"type"_s, u"standard"_s},
                {u"priority"_s, u"normal"_s},
                {ne::keys::articleIds, newIds(1)}};
    case ne::EntityKind::Video:
        return {{u"title"_s, u"Keynote"_s}, {u"videoType"_s, u"on_demand"_s}};
    }
    Q_UNREACHABLE();
}

QVariantMap with(ne::EntityKind kind, const QVariantMap &changes)
{
    QVariantMap out = minimal(kind);
    out.insert(changes);
    return out;
}

QVariantMap without(ne::EntityKind kind, const QString &key)
{
    QVariantMap out = minimal(kind);
    out.remove(key);
    return out;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestEntitySchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_data();
    void validate();
    void lengthMessageNamesTheCounts();
    void everyFieldIsDescribed_data();
    void everyFieldIsDescribed();
    void defaultsAreValid_data();
    void defaultsAreValid();
};

void TestEntitySchema::validate_data()
{
    using K = ne::EntityKind;
    QTest::addColumn<ne::EntityKind>("kind");
    QTest::addColumn<bool>("update");
    QTest::addColumn<QVariantMap>("values");
    QTest::addColumn<QStringList>("errorKeys");

    const auto create = [](const char *name, K kind, const QVariantMap &values,
                           const QStringList &errors) {
        QTest::newRow(name) << kind << false << values << sorted(errors);
    };
    const auto update = [](const char *name, K kind, const QVariantMap &values,
                           const QStringList &errors) {
        QTest::newRow(name) << kind << true << values << sorted(errors);
    };
    const QDateTime t0(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC);

    // The minimal records are valid: every other row differs from them in one way.
    create("image minimal", K::Image, minimal(K::Image), {});
    create("article minimal", K::Article, minimal(K::Article), {});
    create("news minimal", K::News, minimal(K::News), {});
    create("video minimal", K::Video, minimal(K::Video), {});

    // Required fields.
    create("image without title", K::Image, without(K::Image, u"title"_s), {u"title"_s});
    create("image blank title", K::Image, with(K::Image, {{u"title"_s, u"   "_s}}), {u"title"_s});
    create("image without type", K::Image, without(K::Image, u"type"_s), {u"type"_s});
    create("image without file", K::Image, without(K::Image, u"contentSha256"_s),
           {u"contentSha256"_s});
    create("article without content", K::Article, without(K::Article, u"content"_s),
           {u"content"_s});
    create("article without anything", K::Article, {}, {u"title"_s, u"content"_s, u"type"_s});
    create("news without articles", K::News, without(K::News, ne::keys::articleIds),
           {ne::keys::articleIds});
    create("news without priority", K::News, without(K::News, u"priority"_s), {u"priority"_s});
    create("video without type", K::Video, without(K::Video, u"videoType"_s), {u"videoType"_s});
    update("update leaves absent required fields alone", K::Article,
           {{u"summary"_s, u"New summary"_s}}, {});
    update("update cannot blank a required field", K::Article, {{u"title"_s, QString()}},
           {u"title"_s});

    // Lengths are counted in characters (code points), not bytes or UTF-16 units.
    create("article title 10,000 characters", K::Article,
           with(K::Article, {{u"title"_s, QString(10000, u'x')}}), {u"title"_s});
    create("article title exactly 500", K::Article,
           with(K::Article, {{u"title"_s, QString(500, u'x')}}), {});
    create("article title 501", K::Article, with(K::Article, {{u"title"_s, QString(501, u'x')}}),
           {u"title"_s});
    create("article title 500 Chinese", K::Article,
           with(K::Article, {{u"title"_s, repeated(U'新', 500)}}), {});
    create("article title 501 Chinese", K::Article,
           with(K::Article, {{u"title"_s, repeated(U'闻', 501)}}), {u"title"_s});
    create("article title 500 emoji (1000 UTF-16 units)", K::Article,
           with(K::Article, {{u"title"_s, repeated(U'😀', 500)}}), {});
    create("article title 501 emoji", K::Article,
           with(K::Article, {{u"title"_s, repeated(U'😀', 501)}}), {u"title"_s});
    create("article title 499 Chinese + 1 emoji", K::Article,
           with(K::Article, {{u"title"_s, QString(repeated(U'新', 499) + repeated(U'🎉', 1))}}), {});
    create("image title exactly 200 emoji", K::Image,
           with(K::Image, {{u"title"_s, repeated(U'📷', 200)}}), {});
    create("image title 201", K::Image, with(K::Image, {{u"title"_s, QString(201, u'y')}}),
           {u"title"_s});
    create("article summary 2001", K::Article,
           with(K::Article, {{u"summary"_s, QString(2001, u's')}}), {u"summary"_s});
    create("article slug 501", K::Article, with(K::Article, {{u"slug"_s, QString(501, u's')}}),
           {u"slug"_s});
    create("article author 101 Chinese", K::Article,
           with(K::Article, {{u"authorName"_s, repeated(U'张', 101)}}), {u"authorName"_s});
    create("video resolution 21", K::Video, with(K::Video, {{u"resolution"_s, QString(21, u'9')}}),
           {u"resolution"_s});
    create("article content has no limit", K::Article,
           with(K::Article, {{u"content"_s, QString(200000, u'c')}}), {});
    update("update title too long", K::News, {{u"title"_s, QString(501, u't')}}, {u"title"_s});

    // Enums.
    create("article invalid type", K::Article, with(K::Article, {{u"type"_s, u"video"_s}}),
           {u"type"_s});
    create("article status is case-sensitive", K::Article,
           with(K::Article, {{u"status"_s, u"Published"_s}}), {u"status"_s});
    create("image status of another entity", K::Image,
           with(K::Image, {{u"status"_s, u"published"_s}}), {u"status"_s});
    create("news invalid priority", K::News, with(K::News, {{u"priority"_s, u"critical"_s}}),
           {u"priority"_s});
    create("video invalid quality", K::Video, with(K::Video, {{u"quality"_s, u"8k"_s}}),
           {u"quality"_s});
    update("update invalid status", K::Video, {{u"status"_s, u"published"_s}}, {u"status"_s});
    create("every valid image type", K::Image, with(K::Image, {{u"type"_s, u"background"_s}}), {});

    // References.
    create("article invalid category uuid", K::Article,
           with(K::Article, {{u"categoryId"_s, u"not-a-uuid"_s}}), {u"categoryId"_s});
    create("article category uuid", K::Article, with(K::Article, {{u"categoryId"_s, newId()}}), {});
    create("news article id not a uuid", K::News,
           with(K::News, {{ne::keys::articleIds, QStringList{newId(), u"12345"_s}}}),
           {ne::keys::articleIds});
    create("news main story not a uuid", K::News,
           with(K::News, {{ne::keys::mainStoryId, u"main"_s}}), {ne::keys::mainStoryId});
    create("video cover not a uuid", K::Video, with(K::Video, {{u"siteImageId"_s, u"x"_s}}),
           {u"siteImageId"_s});

    // Other types.
    create("video negative duration", K::Video, with(K::Video, {{u"duration"_s, -1}}),
           {u"duration"_s});
    create("video duration not a number", K::Video, with(K::Video, {{u"duration"_s, u"long"_s}}),
           {u"duration"_s});
    create("news scheduled not a date", K::News,
           with(K::News, {{u"scheduledAt"_s, u"next tuesday"_s}}), {u"scheduledAt"_s});
    create("image metadata not JSON", K::Image, with(K::Image, {{u"metadata"_s, u"{bad"_s}}),
           {u"metadata"_s});
    create("image metadata JSON text", K::Image,
           with(K::Image, {{u"metadata"_s, u"{\"camera\":\"X100\"}"_s}}), {});
    create("unknown field", K::Article, with(K::Article, {{u"colour"_s, u"red"_s}}), {u"colour"_s});

    // Read-only fields are refused on create and on update; create-only ones on update.
    create("create with a view count", K::Article, with(K::Article, {{u"viewCount"_s, 5}}),
           {u"viewCount"_s});
    create("create with an id", K::Video, with(K::Video, {{ne::keys::id, newId()}}),
           {ne::keys::id});
    create("create with a stream key", K::Video, with(K::Video, {{u"streamKey"_s, u"k"_s}}),
           {u"streamKey"_s});
    update("update view count", K::Article, {{u"viewCount"_s, 5}}, {u"viewCount"_s});
    update("update id", K::Article, {{ne::keys::id, newId()}}, {ne::keys::id});
    update("update version", K::News, {{ne::keys::version, 7}}, {ne::keys::version});
    update("update created", K::Video, {{ne::keys::createdAt, t0}}, {ne::keys::createdAt});
    update("update deleted", K::Image, {{ne::keys::deletedAt, t0}}, {ne::keys::deletedAt});
    update("update image url", K::Image, {{u"url"_s, u"media/x"_s}}, {u"url"_s});
    update("update news wechat status", K::News, {{u"wechatStatus"_s, u"published"_s}},
           {u"wechatStatus"_s});
    update("update video type (create-only)", K::Video, {{u"videoType"_s, u"live"_s}},
           {u"videoType"_s});
    update("update image file (create-only)", K::Image, {{u"contentSha256"_s, kSha}},
           {u"contentSha256"_s});
    update("update image original name (create-only)", K::Image, {{u"originalName"_s, u"a.png"_s}},
           {u"originalName"_s});
    create("create-only allowed on create", K::Video, with(K::Video, {{u"videoType"_s, u"live"_s}}),
           {});
    update("several problems at once", K::Article,
           {{u"viewCount"_s, 1}, {u"type"_s, u"x"_s}, {u"title"_s, QString(501, u'x')}},
           {u"viewCount"_s, u"type"_s, u"title"_s});

    // A news issue holds 1 to 8 distinct articles; the main story is one of them.
    create("news 0 articles", K::News, with(K::News, {{ne::keys::articleIds, QStringList()}}),
           {ne::keys::articleIds});
    create("news 1 article", K::News, with(K::News, {{ne::keys::articleIds, newIds(1)}}), {});
    create("news 8 articles", K::News, with(K::News, {{ne::keys::articleIds, newIds(8)}}), {});
    create("news 9 articles", K::News, with(K::News, {{ne::keys::articleIds, newIds(9)}}),
           {ne::keys::articleIds});
    update("update to 0 articles", K::News, {{ne::keys::articleIds, QStringList()}},
           {ne::keys::articleIds});
    update("update to 9 articles", K::News, {{ne::keys::articleIds, newIds(9)}},
           {ne::keys::articleIds});
    {
        const QString a = newId();
        create("news duplicate article", K::News,
               with(K::News, {{ne::keys::articleIds, QStringList{a, newId(), a}}}),
               {ne::keys::articleIds});
        const QStringList ids = newIds(3);
        create("news main story among articles", K::News,
               with(K::News, {{ne::keys::articleIds, ids}, {ne::keys::mainStoryId, ids[1]}}), {});
        create("news main story not among articles", K::News,
               with(K::News, {{ne::keys::articleIds, ids}, {ne::keys::mainStoryId, newId()}}),
               {ne::keys::mainStoryId});
        update("update main story not among new articles", K::News,
               {{ne::keys::articleIds, ids}, {ne::keys::mainStoryId, newId()}},
               {ne::keys::mainStoryId});
    }

    // Time ranges.
    create("news expires before scheduled", K::News,
           with(K::News, {{u"scheduledAt"_s, t0}, {u"expiresAt"_s, t0.addSecs(-60)}}),
           {u"expiresAt"_s});
    create("news expires when scheduled", K::News,
           with(K::News, {{u"scheduledAt"_s, t0}, {u"expiresAt"_s, t0}}), {u"expiresAt"_s});
    create("news expires after scheduled", K::News,
           with(K::News, {{u"scheduledAt"_s, t0}, {u"expiresAt"_s, t0.addDays(1)}}), {});
    create("video ends before start", K::Video,
           with(K::Video, {{u"startTime"_s, t0}, {u"videoEndTime"_s, t0.addSecs(-1)}}),
           {u"videoEndTime"_s});
    create("video ends after start", K::Video,
           with(K::Video, {{u"startTime"_s, t0}, {u"videoEndTime"_s, t0.addSecs(3600)}}), {});
    update("update video range backwards", K::Video,
           {{u"startTime"_s, t0}, {u"videoEndTime"_s, t0.addSecs(-3600)}}, {u"videoEndTime"_s});
}

void TestEntitySchema::validate()
{
    QFETCH(ne::EntityKind, kind);
    QFETCH(bool, update);
    QFETCH(QVariantMap, values);
    QFETCH(QStringList, errorKeys);

    const ne::EntitySchema &schema = ne::EntitySchema::of(kind);
    const QList<ne::FieldError> errors =
        schema.validate(values, update ? ne::ValidationMode::Update : ne::ValidationMode::Create);
    QStringList keys;
    for (const ne::FieldError &e : errors) {
        keys.append(e.key);
        QVERIFY2(!e.message.trimmed().isEmpty(), qPrintable(e.key));
    }
    // A field may carry more than one problem (a main story that is neither a valid id
    // nor one of the articles); the table lists which fields are refused.
    keys.removeDuplicates();
    keys.sort();
    QCOMPARE(keys, errorKeys);
}

void TestEntitySchema::lengthMessageNamesTheCounts()
{
    // The person who pasted 10,000 characters learns how many there are and the limit.
    const ne::EntitySchema &schema = ne::EntitySchema::of(ne::EntityKind::Article);
    const auto errors =
        schema.validate(with(ne::EntityKind::Article, {{u"title"_s, repeated(U'😀', 10000)}}),
                        ne::ValidationMode::Create);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors[0].message.contains(u"10000"_s), qPrintable(errors[0].message));
    QVERIFY2(errors[0].message.contains(u"500"_s), qPrintable(errors[0].message));
    QVERIFY2(errors[0].message.contains(schema.field(u"title")->label()),
             qPrintable(errors[0].message));

    const auto enumErrors = schema.validate(with(ne::EntityKind::Article, {{u"type"_s, u"vlog"_s}}),
                                            ne::ValidationMode::Create);
    QCOMPARE(enumErrors.size(), 1);
    QVERIFY2(enumErrors[0].message.contains(u"vlog"_s), qPrintable(enumErrors[0].message));
    QVERIFY2(enumErrors[0].message.contains(u"guide"_s), qPrintable(enumErrors[0].message));
}

void TestEntitySchema::everyFieldIsDescribed_data()
{
    QTest::addColumn<ne::EntityKind>("kind");
    for (ne::EntityKind kind : ne::allEntityKinds())
        QTest::newRow(qPrintable(ne::entityName(kind))) << kind;
}

void TestEntitySchema::everyFieldIsDescribed()
{
    QFETCH(ne::EntityKind, kind);
    const ne::EntitySchema &schema = ne::EntitySchema::of(kind);
    QCOMPARE(schema.kind(), kind);
    QVERIFY(!schema.table().isEmpty());
    QVERIFY(!schema.displayName().isEmpty());
    QVERIFY(!schema.displayPluralName().isEmpty());

    // Fields with no column of their own: join-table lists, and the news issue's main
    // story, which lives in news_articles.is_main_story.
    const QSet<QString> virtualKeys{ne::keys::mainStoryId};
    QSet<QString> keySet;
    QSet<QString> columnSet;
    for (const ne::Field &f : schema.fields()) {
        const QByteArray where = (ne::entityName(kind) + u'.' + f.key()).toUtf8();
        QVERIFY2(!f.key().isEmpty(), where.constData());
        QVERIFY2(f.untranslatedLabel() != nullptr, where.constData());
        QVERIFY2(!f.label().isEmpty() && f.label() != f.key(), where.constData());
        QVERIFY2(f.hasColumn() || f.type() == ne::FieldType::UuidList ||
                     virtualKeys.contains(f.key()),
                 where.constData());
        QVERIFY2(!keySet.contains(f.key()), where.constData());
        keySet.insert(f.key());
        if (f.hasColumn()) {
            QVERIFY2(!columnSet.contains(f.column()), where.constData());
            columnSet.insert(f.column());
        }
        if (f.type() == ne::FieldType::String)
            QVERIFY2(f.maxLength() > 0, where.constData());
        if (f.type() == ne::FieldType::Enum) {
            QVERIFY2(!f.enumValues().isEmpty(), where.constData());
            if (f.defaultValue().isValid())
                QVERIFY2(f.enumValues().contains(f.defaultValue().toString()), where.constData());
        }
        if (f.isSortable())
            QVERIFY2(f.hasColumn(), where.constData());
        if (f.isFilterable())
            QVERIFY2(f.type() == ne::FieldType::Enum || f.type() == ne::FieldType::Uuid,
                     where.constData());
        if (f.isCreateOnly())
            QVERIFY2(f.isEditable(), where.constData());
    }
    // Every entity carries the backend's bookkeeping, and sorts by creation by default.
    for (const QString &key : {ne::keys::id, ne::keys::version, ne::keys::createdAt,
                               ne::keys::updatedAt, ne::keys::deletedAt, ne::keys::title}) {
        QVERIFY2(schema.field(key), qPrintable(key));
    }
    for (const QString &key : {ne::keys::id, ne::keys::version, ne::keys::createdAt,
                               ne::keys::updatedAt, ne::keys::deletedAt}) {
        QVERIFY2(!schema.field(key)->isEditable(), qPrintable(key));
    }
    QVERIFY(schema.isSortable(ne::keys::createdAt));
    QVERIFY(schema.isSortable(ne::keys::title));
    QVERIFY(!schema.isSortable(u"noSuchField"));
    QVERIFY(!schema.listedFields().isEmpty());
    QVERIFY(schema.field(ne::keys::status) && schema.field(ne::keys::status)->isFilterable());
    QVERIFY(schema.field(ne::keys::status)->enumValues().contains(schema.publishedStatus()));
    QVERIFY(schema.field(ne::keys::status)->enumValues().contains(schema.archivedStatus()));
    for (const QString &key : schema.searchKeys()) {
        const ne::Field *f = schema.field(key);
        QVERIFY2(f && f->hasColumn() && f->type() == ne::FieldType::String, qPrintable(key));
    }
    for (const ne::Field &f : schema.listedFields())
        QVERIFY2(!f.isHidden(), qPrintable(f.key()));
    QCOMPARE(ne::entityKindFromName(ne::entityName(kind)), kind);
    QCOMPARE(ne::entityKindFromName(ne::entityCollection(kind)), kind);
}

void TestEntitySchema::defaultsAreValid_data()
{
    everyFieldIsDescribed_data();
}

void TestEntitySchema::defaultsAreValid()
{
    // What a new form starts with, plus the required values a person types, is valid.
    QFETCH(ne::EntityKind, kind);
    const ne::EntitySchema &schema = ne::EntitySchema::of(kind);
    QVariantMap values;
    const QVariantMap defaults = schema.defaults();
    for (auto it = defaults.begin(); it != defaults.end(); ++it) {
        if (schema.field(it.key())->isEditable())
            values.insert(it.key(), it.value());
    }
    values.insert(minimal(kind));
    const auto errors = schema.validate(values, ne::ValidationMode::Create);
    QVERIFY2(errors.isEmpty(),
             errors.isEmpty() ? "" : qPrintable(errors[0].key + u": "_s + errors[0].message));
}

QTEST_GUILESS_MAIN(TestEntitySchema)
#include "TestEntitySchema.moc"
