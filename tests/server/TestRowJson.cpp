// SPDX-License-Identifier: MIT
// The server writes list rows straight from PostgreSQL's text into JSON
// (RecordJson::writeRow); item answers go through Records (RecordJson::write). Both
// must say the same thing about a row: this compares them on real rows of every entity,
// with the values that take a special path (NULLs, escapes, non-Latin text, enum ranks,
// string lists, JSON metadata, news article ids, direct-client media URLs).
#include "JsonWriter.h"
#include "RecordJson.h"
#include "ServerHarness.h"
#include "store/postgres/PgRepository.h"

#include <QJsonArray>
#include <QtTest>

#include <pqxx/pqxx>

using namespace ne;
using namespace ne::server;

class TestRowJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_harness.setUp(QStringLiteral("rowjson"));
        // As in the other server tests: without PostgreSQL this test proves nothing, and a
        // skip would let CI pass over a broken database setup.
        if (!error.isEmpty())
            QFAIL(qPrintable(error));
        m_repo = PgRepository::connect(m_harness.databaseUri());
        seed();
    }

    void sameJsonBothWays_data()
    {
        QTest::addColumn<EntityKind>("kind");
        QTest::addColumn<bool>("includeMetadata");
        for (const EntityKind kind :
             {EntityKind::Image, EntityKind::Article, EntityKind::News, EntityKind::Video}) {
            for (const bool metadata : {true, false})
                QTest::addRow("%s%s", qPrintable(entityName(kind)),
                              metadata ? "" : " without metadata")
                    << kind << metadata;
        }
    }

    void sameJsonBothWays()
    {
        QFETCH(EntityKind, kind);
        QFETCH(bool, includeMetadata);
        const EntitySchema &schema = EntitySchema::of(kind);
        Query q;
        q.kind = kind;
        const Page records = m_repo->list(q, {}, 100);
        QByteArray body;
        JsonWriter out(body);
        out.beginArray();
        const Page rows = m_repo->listRows(q, {}, 100, [&](const PgRowText &row) {
            RecordJson::writeRow(out, row, schema, includeMetadata);
        });
        out.endArray();
        QJsonParseError error;
        const QJsonArray fromRows = QJsonDocument::fromJson(body, &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(rows.records.isEmpty());
        QCOMPARE(rows.total, records.total);
        QCOMPARE(rows.nextCursor.token(), records.nextCursor.token());
        QCOMPARE(fromRows.size(), records.records.size());
        QVERIFY(fromRows.size() >= 2);
        for (int i = 0; i < fromRows.size(); ++i) {
            const QJsonObject expected =
                QJsonDocument::fromJson(
                    RecordJson::toJson(records.records.at(i), schema, includeMetadata))
                    .object();
            QCOMPARE(fromRows.at(i).toObject(), expected);
        }
    }

    void specialValuesArrive()
    {
        // The comparison above is only as good as the rows: check they hold what it is for.
        Query q;
        q.kind = EntityKind::Image;
        QByteArray body;
        JsonWriter out(body);
        out.beginArray();
        m_repo->listRows(q, {}, 100, [&](const PgRowText &row) {
            RecordJson::writeRow(out, row, EntitySchema::of(EntityKind::Image), true);
        });
        out.endArray();
        QStringList urls;
        QString title;
        for (const QJsonValue &v : QJsonDocument::fromJson(body).array()) {
            urls << v[QStringLiteral("url")].toString();
            if (v[QStringLiteral("metadata")][QStringLiteral("camera")].isObject())
                title = v[QStringLiteral("title")].toString();
        }
        QVERIFY(urls.contains(QStringLiteral("/api/v2/media/") + m_sha));
        QVERIFY(urls.contains(QStringLiteral("https://cdn.example.com/a.jpg")));
        QCOMPARE(title, m_oddTitle);

        q.kind = EntityKind::News;
        body.clear();
        JsonWriter news(body);
        news.beginArray();
        m_repo->listRows(q, {}, 100, [&](const PgRowText &row) {
            RecordJson::writeRow(news, row, EntitySchema::of(EntityKind::News), true);
        });
        news.endArray();
        const QJsonObject issue = QJsonDocument::fromJson(body).array().last().toObject();
        QCOMPARE(issue[keys::articleIds].toArray().size(), 2);
        QCOMPARE(issue[keys::mainStoryId].toString(), m_articles.at(1));
        QCOMPARE(issue[QStringLiteral("priority")].toString(), QStringLiteral("urgent"));
    }

private:
    void seed()
    {
        m_oddTitle = QStringLiteral("Quote \" backslash \\ tab\t newline\n 中文标题 😀 \u0001");
        for (int i = 0; i < 3; ++i)
            m_articles << m_repo
                              ->create(EntityKind::Article,
                                       {{QStringLiteral("title"),
                                         i ? QStringLiteral("Plain") : m_oddTitle},
                                        {QStringLiteral("content"), QStringLiteral("Body")},
                                        {QStringLiteral("type"), QStringLiteral("standard")},
                                        {QStringLiteral("tags"),
                                         QStringList{QStringLiteral("a,b"), QStringLiteral("中")}}})
                              .id();
        m_repo->create(EntityKind::News, {{QStringLiteral("title"), m_oddTitle},
                                          {QStringLiteral("type"), QStringLiteral("standard")},
                                          {QStringLiteral("priority"), QStringLiteral("urgent")},
                                          {keys::articleIds, m_articles.mid(0, 2)},
                                          {keys::mainStoryId, m_articles.at(1)}});
        m_repo->create(EntityKind::News, {{QStringLiteral("title"), QStringLiteral("No main")},
                                          {QStringLiteral("type"), QStringLiteral("standard")},
                                          {QStringLiteral("priority"), QStringLiteral("low")},
                                          {keys::articleIds, m_articles.mid(2, 1)}});
        m_repo->create(EntityKind::Video,
                       {{QStringLiteral("title"), QStringLiteral("Video")},
                        {QStringLiteral("videoType"), QStringLiteral("on_demand")}});
        m_repo->create(EntityKind::Video, {{QStringLiteral("title"), m_oddTitle},
                                           {QStringLiteral("videoType"), QStringLiteral("live")}});
        // Images as a direct client stores them ("pgmedia:") and with media elsewhere,
        // written in SQL so that no server code shapes them first.
        m_sha = QString(64, QLatin1Char('a'));
        pqxx::connection c(m_harness.databaseUri().toStdString());
        pqxx::work tx(c);
        tx.exec_params(
            "INSERT INTO site_images (file_name, original_name, storage_path, title, type, url, "
            "mime_type, file_size, width, content_sha256, tags, metadata) VALUES "
            "('a.jpg', 'a.jpg', '/srv/a.jpg', $1, 'gallery', $2, 'image/jpeg', 1234, 640, "
            "decode($3, 'hex'), '{x,\"y z\"}', '{\"camera\": {\"iso\": 200}, \"n\": 1.5}'), "
            "('b.jpg', 'b.jpg', '/srv/b.jpg', 'Elsewhere', 'cover', "
            "'https://cdn.example.com/a.jpg', 'image/jpeg', 0, NULL, decode($4, 'hex'), '{}', "
            "'{}')",
            m_oddTitle.toStdString(), "pgmedia:" + m_sha.toStdString(), m_sha.toStdString(),
            std::string(64, 'b'));
        tx.exec("UPDATE site_articles SET view_count = 42, published_at = now()");
        tx.commit();
    }

    ServerHarness m_harness;
    std::shared_ptr<PgRepository> m_repo;
    QStringList m_articles;
    QString m_oddTitle;
    QString m_sha;
};

QTEST_GUILESS_MAIN(TestRowJson)
#include "TestRowJson.moc"
