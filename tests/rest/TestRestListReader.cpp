// SPDX-License-Identifier: MIT
// RestListReader against the way list answers were read before it (QJsonDocument,
// RestEnvelope::parse, RestRecordCodec::decode per row): the same Records, key by key and
// type by type, the same paging facts and the same errors, for every entity and for the
// shapes, spellings and damage a server may send. No server needed.
#include "store/rest/RestErrors.h"
#include "store/rest/RestList.h"
#include "store/rest/RestListReader.h"
#include "store/rest/RestPaging.h"
#include "store/rest/RestRecordCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QtTest>

using namespace ne;

namespace {

/// What the client made of one body: the paging facts and Records, or the error.
struct Outcome
{
    std::optional<StoreError> error;
    RestEnvelope envelope;
    QList<Record> records;
};

RestReply replyWith(const QByteArray &body)
{
    RestReply reply;
    reply.status = 200;
    reply.body = body;
    return reply;
}

/// The list decoding as RestStore did it before RestListReader.
Outcome decodedBefore(const QByteArray &body, EntityKind kind)
{
    Outcome out;
    const RestReply reply = replyWith(body);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        out.error = RestErrors::malformed(reply, RestErrors::tr("a list"));
        return out;
    }
    const std::optional<RestEnvelope> envelope = RestEnvelope::parse(kind, document);
    if (!envelope) {
        out.error = RestErrors::malformed(
            reply, RestErrors::tr("a list of %1").arg(entityCollection(kind)));
        return out;
    }
    out.envelope = *envelope;
    out.envelope.firstId =
        envelope->items.isEmpty()
            ? QString()
            : envelope->items.first().toObject().value(QStringLiteral("id")).toVariant().toString();
    for (const QJsonValue &item : envelope->items)
        out.records.append(RestRecordCodec::decode(item.toObject(), EntitySchema::of(kind)));
    return out;
}

Outcome decodedNow(const QByteArray &body, EntityKind kind)
{
    Outcome out;
    try {
        RestList list = RestList::decode(replyWith(body), kind);
        out.envelope = list.envelope;
        out.records = list.records;
    } catch (const StoreError &e) {
        out.error = e;
    }
    return out;
}

/// Empty when a and b are the same value of the same type, else where they differ.
QString difference(const QVariant &a, const QVariant &b, const QString &path)
{
    if (a.metaType() != b.metaType())
        return QStringLiteral("%1: %2 vs %3")
            .arg(path, QLatin1String(a.typeName()), QLatin1String(b.typeName()));
    switch (a.typeId()) {
    case QMetaType::QVariantMap: {
        const QVariantMap x = a.toMap();
        const QVariantMap y = b.toMap();
        if (x.keys() != y.keys())
            return QStringLiteral("%1: keys %2 vs %3")
                .arg(path, x.keys().join(u','), y.keys().join(u','));
        for (auto it = x.cbegin(); it != x.cend(); ++it) {
            if (QString d = difference(it.value(), y.value(it.key()), path + u'.' + it.key());
                !d.isEmpty())
                return d;
        }
        return {};
    }
    case QMetaType::QVariantList: {
        const QVariantList x = a.toList();
        const QVariantList y = b.toList();
        if (x.size() != y.size())
            return path + QStringLiteral(": list sizes");
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (QString d = difference(x[i], y[i], path + QStringLiteral("[%1]").arg(i));
                !d.isEmpty())
                return d;
        }
        return {};
    }
    case QMetaType::QString:
        return a.toString() == b.toString() && a.toString().isNull() == b.toString().isNull()
                   ? QString()
                   : QStringLiteral("%1: \"%2\" vs \"%3\"").arg(path, a.toString(), b.toString());
    case QMetaType::QDateTime:
        return a.toDateTime() == b.toDateTime() &&
                       a.toDateTime().timeSpec() == b.toDateTime().timeSpec()
                   ? QString()
                   : path + QStringLiteral(": times differ");
    case QMetaType::Nullptr:
        return {};
    default:
        return a == b ? QString()
                      : QStringLiteral("%1: %2 vs %3").arg(path, a.toString(), b.toString());
    }
}

QString difference(const Outcome &now, const Outcome &before)
{
    if (now.error || before.error) {
        if (!now.error || !before.error)
            return QStringLiteral("one failed, one did not");
        return now.error->kind() == before.error->kind() &&
                       now.error->message() == before.error->message()
                   ? QString()
                   : QStringLiteral("errors differ: %1 / %2")
                         .arg(now.error->message(), before.error->message());
    }
    const RestEnvelope &x = now.envelope;
    const RestEnvelope &y = before.envelope;
    if (x.style != y.style || x.total != y.total || x.totalIsExact != y.totalIsExact ||
        x.nextCursor != y.nextCursor || x.page != y.page || x.pageSize != y.pageSize ||
        x.pages != y.pages || x.hasNext != y.hasNext || x.count != y.count ||
        x.firstId != y.firstId)
        return QStringLiteral("envelopes differ");
    for (const char *token : {"", "c.abc", "p.2.100", "o.100.", "o.0.MQ"}) {
        const Cursor cursor{QByteArray(token)};
        if (!(RestPaging::next(x, cursor, 100) == RestPaging::next(y, cursor, 100)))
            return QStringLiteral("next cursors differ after \"%1\"").arg(QLatin1String(token));
    }
    if (now.records.size() != before.records.size())
        return QStringLiteral("%1 vs %2 records")
            .arg(now.records.size())
            .arg(before.records.size());
    for (qsizetype i = 0; i < now.records.size(); ++i) {
        const QString d =
            difference(QVariant(now.records[i].values()), QVariant(before.records[i].values()),
                       QStringLiteral("row %1").arg(i));
        if (!d.isEmpty())
            return d;
    }
    return {};
}

QJsonObject metadata(int i)
{
    const QJsonObject deep{{QStringLiteral("deep"), QJsonArray{}}};
    const QJsonArray list{1, 2.5, QJsonValue::Null, true, QStringLiteral("x"), deep};
    return {
        {QStringLiteral("w"), i}, {QStringLiteral("ratio"), 1.5}, {QStringLiteral("list"), list}};
}

/// A value for every field of the schema, as our server writes it, varied by row.
QJsonObject fullRow(const EntitySchema &schema, int i)
{
    QJsonObject row;
    for (const Field &f : schema.fields()) {
        QJsonValue v;
        switch (f.type()) {
        case FieldType::String:
            v = QStringLiteral("%1 %2 — Grüße 北京 😀 \"q\" \\ /").arg(f.key()).arg(i);
            break;
        case FieldType::Text:
            v = QStringLiteral("<p>Line one\nline\ttwo %1</p>\u0001").arg(i);
            break;
        case FieldType::Integer:
            v = qint64(i) * 7919 - 3;
            break;
        case FieldType::Real:
            v = i * 1.25 + 0.1;
            break;
        case FieldType::Boolean:
            v = i % 2 == 0;
            break;
        case FieldType::DateTime:
            v = QStringLiteral("2026-11-%1T09:15:00.%2Z")
                    .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                    .arg(i % 1000, 3, 10, QLatin1Char('0'));
            break;
        case FieldType::Uuid:
            v = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
            break;
        case FieldType::Enum:
            v = f.enumValues().value(i % f.enumValues().size());
            break;
        case FieldType::StringList:
        case FieldType::UuidList:
            v = QJsonArray{QStringLiteral("a%1").arg(i), QStringLiteral("b"), QStringLiteral("ü")};
            break;
        case FieldType::Json:
            v = QJsonObject{{QStringLiteral("exif"), metadata(i)},
                            {QStringLiteral("empty"), QJsonObject{}}};
            break;
        }
        // Some rows leave a few fields null, as the server writes them.
        row.insert(f.key(), i % 5 == 4 && f.key() != keys::id ? QJsonValue() : v);
    }
    return row;
}

QByteArray page(EntityKind kind, int rows, QJsonDocument::JsonFormat format, bool withCursor)
{
    QJsonArray items;
    for (int i = 0; i < rows; ++i)
        items.append(fullRow(EntitySchema::of(kind), i));
    QJsonObject envelope{{entityCollection(kind), items},
                         {QStringLiteral("total"), 1234},
                         {QStringLiteral("totalIsExact"), !withCursor},
                         {QStringLiteral("limit"), 100},
                         {QStringLiteral("pages"), 13},
                         {QStringLiteral("page"), 1}};
    if (withCursor)
        envelope.insert(QStringLiteral("nextCursor"), QStringLiteral("MjAyNi0xMS0yOA.abc"));
    return QJsonDocument(envelope).toJson(format);
}

/// One article row written by hand, in the envelope ours sends.
QByteArray articles(const char *rows, const char *tail = R"(,"total":3,"limit":100,"page":1)")
{
    return QByteArray(R"({"articles":[)") + rows + ']' + tail + '}';
}

} // namespace

class TestRestListReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsQJsonDocument_data();
    void sameAsQJsonDocument();
    void truncatedBodiesAreRejected();
    void damagedBodiesDecodeAlike();
    void hugeNumbersSaturate();
};

void TestRestListReader::sameAsQJsonDocument_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("direct"); // RestListReader itself reads it, not QJsonDocument

    const auto row = [](const QByteArray &name, EntityKind kind, const QByteArray &body,
                        bool direct) {
        QTest::newRow(name.constData()) << int(kind) << body << direct;
    };
    const auto article = [&row](const char *name, const char *rows, bool direct = true) {
        row(name, EntityKind::Article, articles(rows), direct);
    };
    using K = EntityKind;
    for (const K kind : {K::Image, K::Article, K::News, K::Video}) {
        const QByteArray name = entityCollection(kind).toLatin1();
        row(name + " page", kind, page(kind, 100, QJsonDocument::Compact, false), true);
        row(name + " indented, cursor", kind, page(kind, 7, QJsonDocument::Indented, true), true);
        row(name + " platform {data,count}", kind,
            R"({"data":[{"id":"x","title":"t","created_at":"2024-05-01 10:00:00"}],"count":1})",
            false);
    }
    row("empty list", K::Article, R"({"articles":[],"total":0,"totalIsExact":true,"limit":100})",
        true);
    row("null list", K::Article, R"({"articles":null,"total":0})", true);
    row("no nextCursor, no totalIsExact", K::Article, articles(R"({"id":"a"})"), true);
    row("nextCursor, no totalIsExact", K::Article,
        articles(R"({"id":"a"})", R"(,"nextCursor":"c1","total":5)"), true);
    row("paging numbers as text, containers", K::Article,
        articles("", R"(,"total":"9","page":{"a":1},"limit":[1],"pages":2.5,"nextCursor":7)"),
        true);
    row("repeated paging member", K::Article, articles("", R"(,"total":1,"total":2)"), true);
    row("unknown top-level members", K::Article,
        articles(R"({"id":"a"})", R"(,"meta":{"x":[1,{"y":null}]},"links":[],"ok":true)"), true);
    article(
        "snake_case columns",
        R"({"id":"a","created_at":"2024-05-01T10:00:00+08:00","updated_at":"2024-05-02 10:00:00",)"
        R"("view_count":5,"author_name":"A","featured_image_id":"f","meta_title":"m",)"
        R"("read_time":"7","published_at":"2024-05-03T01:02:03.5-02:30"})");
    article("aliases", R"({"id":"a","views":3,"author":"Ann","siteImageId":"s",)"
                       R"("creationTime":"2024-05-01T10:00:00Z","lastModificationTime":"x"})");
    article("OA name wins over alias",
            R"({"views":9,"viewCount":5,"authorName":"B","author":"A"})");
    article("OA name wins even when null", R"({"views":9,"viewCount":null,"author":"A"})");
    article("OA name first, alias after", R"({"viewCount":5,"readCount":7,"view_count":8})");
    article("null alias, other alias", R"({"views":null,"readCount":3})");
    article("two aliases of one field", R"({"views":1,"readCount":2})", false);
    article("snake_case fieldFor must camelCase", R"({"id":"a","title_":"t","like__count":3})");
    article("unknown members kept",
            R"({"id":"a","extra":{"a":[1,2.5,null,"s",true,{"b":null}],"a":0},"n":1.0,)"
            R"("e":1e2,"neg":-0,"big":9223372036854775808,"min":-9223372036854775808,)"
            R"("small":4.9e-324,"flag":false,"s":"x","nothing":null,"list":[]})");
    article("unicode", "{\"id\":\"a\",\"title\":\"Gr\xc3\xbc\xc3\x9f"
                       "e \xe5\x8c\x97 "
                       "\xf0\x9f\x98\x80 \xef\xbf\xbe\",\"summary\":\"\x01\x1f\"}");
    article("escapes", R"({"id":"a","title":"\"\\\/\b\f\n\r\t\u00e9\u4EAC\u0000"})");
    article("surrogates", R"({"id":"a","title":"\ud83d\ude00","summary":"\ud800 \udc00x"})");
    article("escaped names", R"({"\u0069d":"a","t\u0069tle":"t","\u0076iews":2,"x\u00e9":1})");
    article("escaped repeated name", R"({"title":"a","t\u0069tle":"b"})", false);
    article("repeated name", R"({"title":"a","title":"b"})", false);
    article("repeated unknown name", R"({"x":1,"x":null})", false);
    article("numbers as text",
            R"({"viewCount":"42","readTime":" 7 ","likeCount":"abc","shareCount":"1e3",)"
            R"("title":123456789,"summary":1.5,"subtitle":-0.0,"slug":1e21,"content":true,)"
            R"("tags":"a,b,,c","type":["x"],"status":{"s":1}})");
    article("numbers", R"({"viewCount":1e2,"likeCount":1.5,"shareCount":-7,"readTime":12.0})");
    // Qt's parser keeps every whole double within qint64 as an integer, QJsonValue(double)
    // only those up to 2^53: found by FuzzRestListReader in CI.
    article("whole doubles above 2^53",
            R"({"id":"a","metadata":1e18,"x":-9.223372036854775808e18,"y":[1e16,-1e18],)"
            R"("z":123456789012345678.0,"w":-9223372036854775809,"title":1e18,"viewCount":1e18},)"
            R"({"id":"b","v":9.223372036854775807e18,"u":9223372036854775808,"t":1e19})");
    article("text in odd fields", R"({"viewCount":true,"likeCount":[1],"createdAt":5,)"
                                  R"("updatedAt":"yesterday","publishedAt":{"a":1},)"
                                  R"("scheduledAt":"2024-02-30T10:00:00Z"})");
    article("tags", R"({"tags":[{"id":"x"},{"name":"no id"},{"id":5},"s",1,null,["n"],)"
                    R"({"id":"p","id":"q"},{"\u0069d":"r"}]})");
    article("tags not a list", R"({"id":"a","tags":{"id":"x"}})");
    row("news: articleIds, booleans", K::News,
        R"({"news":[{"id":"n","articleIds":[{"id":"u1"},"u2"],"isFeatured":1,"isBreaking":0.5,)"
        R"("isSticky":"true","allowComments":2,"requireAuth":5000000000,"priority":"high",)"
        R"("":["empty name"]}],"total":1})",
        true);
    row("images: metadata", K::Image,
        R"({"images":[{"id":"i","metadata":{"a":{"b":{"c":[[[{"d":null}]]]}},"e":"\u00e9"},)"
        R"("thumbnail":"t","size":"12","format":"image/png","width":800.0}],"total":1})",
        true);
    row("images: metadata as text, number", K::Image,
        R"({"images":[{"id":"i","metadata":"text"},{"id":"j","metadata":5.5}]})", true);
    row("videos: reals", K::Video,
        R"({"videos":[{"id":"v","frameRate":"2.5","completionRate":1,"engagementScore":0.25,)"
        R"("averageWatchTime":true,"isOpen":0}]})",
        true);
    article("all null", R"({"id":null,"title":null,"views":null,"x":null})");
    article("first id a number", R"({"id":12345678,"title":"t"})", false);
    article("later id a number", R"({"id":"a"},{"id":12345678})");
    article("first id under another name", R"({"id_":"a"})");
    article("row not an object", R"({"id":"a"},1,"x",null,[])", false);
    article("whitespace",
            " \n\t{ \"id\" : \"a\" ,\r\n \"tags\" : [ \"x\" , { \"id\" : \"y\" } ] } ");
    row("bare array", K::Article, R"([{"id":"a","title":"t"}])", false);
    row("platform {success,data:{items}}", K::Article,
        R"({"success":true,"data":{"items":[{"id":"a"}],"totalCount":1,"pageNumber":1,)"
        R"("pageSize":10,"hasNextPage":false}})",
        false);
    row("collection is text", K::Article, R"({"articles":"none","total":1})", false);
    row("no collection", K::Article, R"({"images":[],"total":1})", false);
    row("repeated collection", K::Article, R"({"articles":[{"id":"a"}],"articles":[]})", false);
    row("byte order mark", K::Article, "\xef\xbb\xbf" + articles(R"({"id":"a"})"), false);
    article("Qt's lenient numbers", R"({"viewCount":1.,"likeCount":.5})", false);
    article("Qt's lenient escapes", R"({"title":"\x\'"})", false);
    row("deeply nested rows", K::Article,
        articles(QByteArray(QByteArray(200, '[') + QByteArray(200, ']')).constData()), false);
    row("deep metadata in a row", K::Image,
        R"({"images":[{"id":"i","metadata":)" + QByteArray(200, '[') + QByteArray(200, ']') + "}]}",
        false);
    row("overflowing number", K::Article, articles(R"({"viewCount":1e400})"), false);
    row("invalid UTF-8", K::Article, articles("{\"title\":\"\xc0\x80\"}"), false);
    row("encoded surrogate", K::Article, articles("{\"title\":\"\xed\xa0\x80\"}"), false);
    row("garbage after", K::Article, articles(R"({"id":"a"})") + " x", false);
    row("trailing comma", K::Article, R"({"articles":[{"id":"a",}]})", false);
    row("trailing comma in list", K::Article, R"({"articles":[{"id":"a"},]})", false);
    row("missing colon", K::Article, R"({"articles":[{"id" "a"}]})", false);
    row("leading zero", K::Article, R"({"articles":[{"viewCount":01}]})", false);
    row("bad literal", K::Article, R"({"articles":[{"flag":nul}]})", false);
    row("empty body", K::Article, "", false);
    row("null body", K::Article, "null", false);
    row("html", K::Article, "<html><body>502 Bad Gateway</body></html>", false);
}

void TestRestListReader::sameAsQJsonDocument()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, body);
    QFETCH(bool, direct);
    const auto k = EntityKind(kind);
    QCOMPARE(RestListReader::read(body, k).has_value(), direct);
    const QString d = difference(decodedNow(body, k), decodedBefore(body, k));
    QVERIFY2(d.isEmpty(), qPrintable(d));
}

void TestRestListReader::truncatedBodiesAreRejected()
{
    const QByteArray body = page(EntityKind::Image, 3, QJsonDocument::Compact, true);
    for (qsizetype n = 0; n < body.size(); ++n) {
        const QByteArray cut = body.left(n);
        QVERIFY2(!RestListReader::read(cut, EntityKind::Image), qPrintable(QString::number(n)));
        QVERIFY2(decodedNow(cut, EntityKind::Image).error, qPrintable(QString::number(n)));
    }
}

void TestRestListReader::hugeNumbersSaturate()
{
    // Casting 1e300 to an integer is undefined behaviour; a hostile answer gets the limits.
    const QByteArray body = articles(
        R"({"id":"a","viewCount":1e300},{"id":"b","viewCount":-1e300})", R"(,"total":1e300)");
    const auto list = RestListReader::read(body, EntityKind::Article);
    QVERIFY(list);
    QCOMPARE(list->records.size(), 2);
    QCOMPARE(list->records.at(0).value(QStringLiteral("viewCount")).toLongLong(),
             std::numeric_limits<qint64>::max());
    QCOMPARE(list->records.at(1).value(QStringLiteral("viewCount")).toLongLong(),
             std::numeric_limits<qint64>::min());
    QCOMPARE(list->envelope.total, std::numeric_limits<qint64>::max());
}

void TestRestListReader::damagedBodiesDecodeAlike()
{
    // A cheap fuzz: bytes of real pages overwritten, dropped or repeated at random (fixed
    // seed), which both ways must refuse alike or read alike.
    QRandomGenerator random(20261128);
    const QByteArray bodies[] = {
        page(EntityKind::Article, 3, QJsonDocument::Compact, true),
        page(EntityKind::Image, 2, QJsonDocument::Compact, false),
        articles(R"({"\u0069d":"a","views":"1","tags":[{"id":"x"}],"x":[1.5e3,"\ud83d\ude00"]})"),
    };
    const char pool[] = "{}[]\":,\\u0123456789.eE-+ntrfalse \xc3\xa9\xf0\x9f\x98\x80\xff";
    for (int round = 0; round < 20000; ++round) {
        QByteArray body = bodies[round % std::size(bodies)];
        for (int edits = 1 + random.bounded(3); edits > 0; --edits) {
            const qsizetype at = random.bounded(body.size());
            switch (random.bounded(3)) {
            case 0:
                body[at] = pool[random.bounded(int(sizeof pool) - 1)];
                break;
            case 1:
                body.remove(at, 1 + random.bounded(4));
                break;
            default:
                body.insert(at, body.mid(random.bounded(body.size()), random.bounded(8)));
            }
        }
        for (const EntityKind kind : {EntityKind::Article, EntityKind::Image}) {
            const QString d = difference(decodedNow(body, kind), decodedBefore(body, kind));
            QVERIFY2(d.isEmpty(),
                     qPrintable(d + QStringLiteral(" for ") + QString::fromUtf8(body)));
        }
    }
}

QTEST_GUILESS_MAIN(TestRestListReader)
#include "TestRestListReader.moc"
