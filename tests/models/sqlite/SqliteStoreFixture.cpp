// SPDX-License-Identifier: MIT
#include "SqliteStoreFixture.h"

using namespace Qt::StringLiterals;
using K = ne::EntityKind;

namespace ne::test {

QString describe(const std::optional<StoreError> &e)
{
    if (!e)
        return u"no error"_s;
    QString out =
        StoreError::kindName(e->kind()) + u": "_s + e->message() + u" ["_s + e->detail() + u']';
    for (const FieldError &f : e->fieldErrors())
        out += u" {"_s + f.key + u": "_s + f.message + u'}';
    return out;
}

QStringList idsOf(const QList<Record> &records)
{
    QStringList out;
    for (const Record &r : records)
        out.append(r.id());
    return out;
}

QStringList fieldKeys(const QList<FieldError> &errors)
{
    QStringList out;
    for (const FieldError &e : errors)
        out.append(e.key);
    return out;
}

QSet<QString> setOf(const QStringList &ids)
{
    return QSet<QString>(ids.begin(), ids.end());
}

Query queryOf(EntityKind kind, const QString &sortKey, Qt::SortOrder order)
{
    Query q;
    q.kind = kind;
    q.sortKey = sortKey;
    q.order = order;
    return q;
}

bool hasDuplicates(const QStringList &ids)
{
    return QSet<QString>(ids.begin(), ids.end()).size() != ids.size();
}

QByteArray pngBytes(QSize size, QColor color)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return out;
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString writeImage(const QString &path, QSize size, QColor color, const char *format)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    // Some structure, so JPEG and PNG encoders have something to do.
    for (int y = 0; y < size.height(); y += 10)
        for (int x = 0; x < size.width(); ++x)
            image.setPixelColor(x, y, Qt::white);
    if (!image.save(path, format))
        qFatal("cannot save %s", qPrintable(path));
    return path;
}

QStringList pick(const QStringList &from, int start, int n)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out.append(from[(start + i) % from.size()]);
    return out;
}

} // namespace ne::test

using namespace ne::test;

namespace {

const QStringList kArticleTitles{u"Budget report"_s,
                                 u"今日新闻速递"_s,
                                 u"Harbour festival opens"_s,
                                 u"Council budget vote"_s,
                                 u"城市新闻发布会"_s,
                                 u"River bridge reopens"_s,
                                 u"新闻"_s,
                                 u"Science fair winners"_s,
                                 u"科技前沿"_s,
                                 u"Same title"_s,
                                 u"Same title"_s,
                                 u"Railway timetable"_s,
                                 u"港口新闻：新航线"_s};

} // namespace

QSqlQuery SqliteStoreFixture::raw(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_raw);
    if (!q.prepare(sql))
        qFatal("prepare %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        qFatal("exec %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q;
}

qint64 SqliteStoreFixture::rawCount(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q = raw(sql, binds);
    return q.next() ? q.value(0).toLongLong() : -1;
}

QStringList SqliteStoreFixture::reference(const ne::Query &query, const QString &extraWhere,
                                          const QVariantList &binds)
{
    const ne::EntitySchema &schema = ne::EntitySchema::of(query.kind);
    const QString column = schema.field(query.sortKey)->column();
    const QString dir = query.order == Qt::DescendingOrder ? u" DESC"_s : u" ASC"_s;
    // SQLite orders NULL lowest: last when descending, first when ascending.
    QSqlQuery q = raw(u"SELECT id FROM "_s + schema.table() + u" WHERE deleted_at IS "_s +
                          (query.trash ? u"NOT NULL"_s : u"NULL"_s) +
                          (extraWhere.isEmpty() ? QString() : u" AND "_s + extraWhere) +
                          u" ORDER BY "_s + column + dir + u", id"_s + dir,
                      binds);
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

void SqliteStoreFixture::pageAll(const ne::Query &query, int limit, QStringList &ids,
                                 const ne::Cursor &from, int maxPages)
{
    ne::Cursor cursor = from;
    for (int page = 0; page < maxPages; ++page) {
        const ne::Page p = repo().list(query, cursor, limit);
        QVERIFY2(p.records.size() <= limit, qPrintable(QString::number(p.records.size())));
        if (!p.nextCursor.isNull())
            QCOMPARE(p.records.size(), limit); // only the last page is short
        if (cursor.isNull() && (p.totalIsExact || query.exactTotal)) {
            QVERIFY(p.totalIsExact);
            QVERIFY(p.total >= p.records.size());
        }
        ids += idsOf(p.records);
        cursor = p.nextCursor;
        if (cursor.isNull())
            return;
        const auto position = cursor.position();
        QVERIFY(position.has_value());
        QCOMPARE(position->sortKey, query.sortKey);
        QCOMPARE(position->order, query.order);
        QCOMPARE(position->id, p.records.constLast().id());
    }
}

QVariantMap SqliteStoreFixture::validValues(ne::EntityKind kind)
{
    const QString n = QString::number(++m_serial);
    switch (kind) {
    case K::Image:
        return {{u"title"_s, QString(u"Image "_s + n)},
                {u"type"_s, u"gallery"_s},
                {u"contentSha256"_s, m_png.sha256},
                {u"originalName"_s, u"harbour.png"_s}};
    case K::Article:
        return {{u"title"_s, QString(u"Article "_s + n)},
                {u"content"_s, u"Body"_s},
                {u"type"_s, u"standard"_s}};
    case K::News:
        return {{u"title"_s, QString(u"Issue "_s + n)},
                {u"type"_s, u"standard"_s},
                {u"priority"_s, u"normal"_s},
                {ne::keys::articleIds, pick(m_articleIds, 0, 3)},
                {ne::keys::mainStoryId, m_articleIds[1]}};
    case K::Video:
        return {{u"title"_s, QString(u"Video "_s + n)}, {u"videoType"_s, u"on_demand"_s}};
    }
    Q_UNREACHABLE();
}

ne::Record SqliteStoreFixture::createArticle(const QVariantMap &extra)
{
    QVariantMap values = validValues(K::Article);
    values.insert(extra);
    return repo().create(K::Article, values);
}

void SqliteStoreFixture::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"work.nextevent"_s);
    m_store = std::make_unique<ne::SqliteStore>(m_path);
    await(m_store->open());

    m_raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"test-raw"_s);
    m_raw.setDatabaseName(m_path);
    QVERIFY(m_raw.open());
    raw(u"PRAGMA busy_timeout = 10000"_s);

    m_categoryA = repo().createCategory(K::Article, u"Politics"_s);
    m_categoryB = repo().createCategory(K::Article, u"Culture"_s);
    const QString pngPath =
        writeImage(m_dir.filePath(u"seed.png"_s), {120, 80}, Qt::darkCyan, "PNG");
    m_png = await(m_store->putMedia(pngPath));

    // 1,200 articles: few distinct titles, authors, types, statuses; some NULLs.
    const QStringList types{u"standard"_s, u"featured"_s, u"news"_s, u"blog"_s, u"guide"_s};
    const QStringList statuses{u"draft"_s, u"published"_s, u"archived"_s};
    for (int i = 0; i < 1200; ++i) {
        QVariantMap v{{u"title"_s, kArticleTitles[i % kArticleTitles.size()]},
                      {u"content"_s, u"Body"_s},
                      {u"type"_s, types[i % types.size()]},
                      {u"status"_s, statuses[i % statuses.size()]},
                      {u"slug"_s, QString(u"article-"_s + QString::number(i))}};
        if (i % 4 == 0)
            v.insert(u"summary"_s, QString(u"About the harbour, part "_s + QString::number(i)));
        else if (i % 4 == 1)
            v.insert(u"summary"_s, QString(u"摘要：新闻 "_s + QString::number(i)));
        if (i % 6 != 0)
            v.insert(u"authorName"_s, QString(u"Author "_s + QString::number(i % 4)));
        if (i % 3 == 0)
            v.insert(u"categoryId"_s, m_categoryA);
        else if (i % 3 == 1)
            v.insert(u"categoryId"_s, m_categoryB);
        m_articleIds.append(repo().create(K::Article, v).id());
    }
    // Many rows share the exact same created_at (30 each), updated_at and counters.
    raw(u"UPDATE site_articles SET created_at = ? + (rowid % 40) * 1000, "
        "updated_at = ? + (rowid % 7) * 1000, view_count = rowid % 10"_s,
        {kBase, kBase + 500000});
    raw(u"UPDATE site_articles SET published_at = ? + (rowid % 3) * 1000 "
        "WHERE published_at IS NOT NULL"_s,
        {kBase + 900000});

    const QStringList newsTypes{u"standard"_s, u"breaking"_s, u"featured"_s, u"urgent"_s};
    const QStringList priorities{u"low"_s, u"normal"_s, u"high"_s, u"urgent"_s};
    const QStringList newsStatuses{u"draft"_s, u"published"_s, u"scheduled"_s};
    for (int i = 0; i < 120; ++i) {
        const QStringList articles = pick(m_articleIds, i * 3, 1 + i % 8);
        QVariantMap v{{u"title"_s, QString(i % 5 == 0 ? u"早间新闻 %1"_s.arg(i % 10)
                                                      : u"Morning issue %1"_s.arg(i % 10))},
                      {u"type"_s, newsTypes[i % newsTypes.size()]},
                      {u"priority"_s, priorities[i % priorities.size()]},
                      {u"status"_s, newsStatuses[i % newsStatuses.size()]},
                      {ne::keys::articleIds, articles}};
        if (i % 2 == 0)
            v.insert(ne::keys::mainStoryId, articles.constLast());
        if (i % 3 != 0) {
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(kBase + (i % 4) * 60000, Qt::UTC);
            v.insert(u"scheduledAt"_s, at);
            v.insert(u"expiresAt"_s, at.addDays(2));
        }
        repo().create(K::News, v);
    }
    raw(u"UPDATE news SET created_at = ? + (rowid % 5) * 1000, updated_at = ? + (rowid % 2), "
        "view_count = rowid % 4, share_count = rowid % 3"_s,
        {kBase, kBase});

    const QStringList videoTypes{u"live"_s, u"on_demand"_s, u"recorded"_s, u"streaming"_s};
    const QStringList videoStatuses{u"draft"_s, u"scheduled"_s, u"ended"_s};
    for (int i = 0; i < 120; ++i) {
        QVariantMap v{{u"title"_s, QString(u"Talk %1"_s.arg(i % 6))},
                      {u"videoType"_s, videoTypes[i % videoTypes.size()]},
                      {u"status"_s, videoStatuses[i % videoStatuses.size()]}};
        if (i % 3 != 0)
            v.insert(u"duration"_s, 60 * (i % 5));
        if (i % 4 != 0) {
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(kBase + (i % 3) * 3600000, Qt::UTC);
            v.insert(u"startTime"_s, at);
            v.insert(u"videoEndTime"_s, at.addSecs(3600));
        }
        repo().create(K::Video, v);
    }
    raw(u"UPDATE videos SET created_at = ? + (rowid % 4) * 1000, updated_at = ? + (rowid % 3), "
        "view_count = rowid % 5"_s,
        {kBase, kBase});

    const QStringList imageTypes{u"cover"_s, u"gallery"_s, u"banner"_s};
    for (int i = 0; i < 60; ++i) {
        repo().create(K::Image, {{u"title"_s, QString(u"Picture %1"_s.arg(i % 4))},
                                 {u"type"_s, imageTypes[i % imageTypes.size()]},
                                 {u"status"_s, i % 5 == 0 ? u"archived"_s : u"active"_s},
                                 {u"contentSha256"_s, m_png.sha256},
                                 {u"originalName"_s, u"seed.png"_s}});
    }
    raw(u"UPDATE site_images SET created_at = ? + (rowid % 3) * 1000, updated_at = ? + rowid % 2, "
        u"file_size = 1000 + rowid % 3, "
        "width = CASE WHEN rowid % 4 = 0 THEN NULL ELSE rowid % 2 END"_s,
        {kBase, kBase});
}

void SqliteStoreFixture::cleanupTestCase()
{
    m_store.reset();
    m_raw.close();
    m_raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"test-raw"_s);
}
