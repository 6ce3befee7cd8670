// SPDX-License-Identifier: MIT
// The workspace file itself: corrupt, read-only, newer schema, changes from other
// processes, media files and thumbnails.
#include "SmallDisk.h"
#include "SqliteStoreFixture.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QRandomGenerator>

#include <unistd.h>

using namespace ne::test;
using namespace Qt::StringLiterals;
using K = ne::EntityKind;

class TestSqliteWorkspace : public SqliteStoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void corruptFile();
    void readOnlyFile();
    void newerSchema();
    void fullDiskSavesNothing();
    void lockedWorkspaceSavesNothing();
    void changedFromAnotherInstance();
    void putMediaDedupes();
    void putMediaRejectsEmptyAndMissing();
    void thumbnails();
};

void TestSqliteWorkspace::corruptFile()
{
    const QString path = m_dir.filePath(u"corrupt.nextevent"_s);
    QByteArray junk(64 * 1024, Qt::Uninitialized);
    QRandomGenerator rng(42);
    for (char &c : junk)
        c = char(rng.bounded(256));
    writeFile(path, junk);
    ne::SqliteStore store(path);
    const auto e = failure(store.open());
    QVERIFY2(e && e->kind() == ne::StoreError::Kind::Unavailable, qPrintable(describe(e)));
    QVERIFY2(e->message().contains(QFileInfo(path).absoluteFilePath()), qPrintable(e->message()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), junk); // nothing was "repaired" over the person's file
}

void TestSqliteWorkspace::readOnlyFile()
{
    if (::geteuid() == 0)
        QSKIP("root ignores file permissions");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"readonly.nextevent"_s);
    {
        ne::SqliteStore store(path);
        await(store.open());
        await(store.create(K::Article, validValues(K::Article)));
    }
    QFile::setPermissions(path,
                          QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    std::optional<ne::StoreError> e;
    {
        ne::SqliteStore store(path);
        e = failure(store.open());
        if (!e)
            e = failure(store.create(K::Article, validValues(K::Article)));
    }
    QFile::setPermissions(dir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY2(e && (e->kind() == ne::StoreError::Kind::Forbidden ||
                   e->kind() == ne::StoreError::Kind::Unavailable),
             qPrintable(describe(e)));
    QVERIFY2(e->message().contains(QFileInfo(path).absoluteFilePath()), qPrintable(e->message()));
}

void TestSqliteWorkspace::newerSchema()
{
    const QString path = m_dir.filePath(u"newer.nextevent"_s);
    {
        ne::SqliteStore store(path);
        await(store.open());
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA user_version = 99"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"newer"_s);
    ne::SqliteStore store(path);
    const auto e = failure(store.open());
    QVERIFY2(e && e->kind() == ne::StoreError::Kind::Forbidden, qPrintable(describe(e)));
    QVERIFY2(e->message().contains(u"newer"_s), qPrintable(e->message()));
    QVERIFY(e->message().contains(u"99"_s));
}

void TestSqliteWorkspace::fullDiskSavesNothing()
{
    SmallDisk disk(8 * 1024 * 1024);
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.error()));
    ne::SqliteStore store(disk.filePath(u"full.nextevent"_s));
    await(store.open());
    const ne::Record kept = await(store.create(K::Article, validValues(K::Article)));
    QVERIFY(disk.fill());

    // A long article needs many new pages; on a full disk none can be written.
    QVariantMap big = validValues(K::Article);
    big.insert(u"content"_s, QString(512 * 1024, u'x'));
    const auto created = failure(store.create(K::Article, big));
    QVERIFY2(created && created->kind() == ne::StoreError::Kind::Server &&
                 created->message().contains(u"disk is full"_s),
             qPrintable(describe(created)));
    const auto updated = failure(store.update(
        K::Article, kept.id(), {{u"content"_s, QString(768 * 1024, u'y')}}, kept.version()));
    QVERIFY2(updated && updated->message().contains(u"disk is full"_s),
             qPrintable(describe(updated)));

    // Nothing half-written: once there is room again the workspace holds exactly what it
    // held, unchanged, and takes the same save.
    disk.release();
    QCOMPARE(idsOf(await(store.list(queryOf(K::Article), {}, 10)).records), QStringList{kept.id()});
    QCOMPARE(await(store.get(K::Article, kept.id())), kept);
    QCOMPARE(await(store.create(K::Article, big)).value(u"content"_s).toString().size(),
             512 * 1024);
}

void TestSqliteWorkspace::lockedWorkspaceSavesNothing()
{
    const QString path = m_dir.filePath(u"locked.nextevent"_s);
    ne::SqliteStore store(path);
    await(store.open());
    const ne::Record kept = await(store.create(K::Article, validValues(K::Article)));
    std::optional<ne::StoreError> created;
    std::optional<ne::StoreError> bulk;
    {
        // Another program holds the write lock for longer than the store waits (5 s).
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec(u"BEGIN EXCLUSIVE"_s));
        created = failure(store.create(K::Article, validValues(K::Article)));
        bulk = failure(
            store.updateMany(K::Article, {kept.id()}, {{ne::keys::status, u"published"_s}}));
        QVERIFY(lock.exec(u"ROLLBACK"_s));
        lock = QSqlQuery();
        other.close();
    }
    QSqlDatabase::removeDatabase(u"locker"_s);
    for (const auto &e : {created, bulk}) {
        QVERIFY2(e && e->kind() == ne::StoreError::Kind::Unavailable &&
                     e->message().contains(u"busy"_s) && e->message().contains(path),
                 qPrintable(describe(e)));
    }
    QCOMPARE(idsOf(await(store.list(queryOf(K::Article), {}, 10)).records), QStringList{kept.id()});
    QCOMPARE(await(store.get(K::Article, kept.id())), kept);
}

void TestSqliteWorkspace::changedFromAnotherInstance()
{
    QSignalSpy spy(m_store.get(), &ne::Store::changed);
    auto sawChange = [&](K kind, const QString &id) {
        return QTest::qWaitFor(
            [&] {
                return std::any_of(spy.begin(), spy.end(), [&](const QList<QVariant> &args) {
                    return args.at(0).value<ne::EntityKind>() == kind &&
                           args.at(1).toStringList().contains(id);
                });
            },
            3000);
    };
    ne::SqliteStore other(m_path);
    await(other.open());
    const ne::Record created = await(other.create(K::Video, validValues(K::Video)));
    QVERIFY2(sawChange(K::Video, created.id()), "create in another instance");
    spy.clear();
    await(other.update(K::Video, created.id(), {{u"title"_s, u"Renamed elsewhere"_s}},
                       created.version()));
    QVERIFY2(sawChange(K::Video, created.id()), "update in another instance");
    spy.clear();
    await(other.remove(K::Video, {created.id()}));
    QVERIFY2(sawChange(K::Video, created.id()), "delete in another instance");

    // Any other connection (another program) is seen too, not only SqliteStores.
    spy.clear();
    const QString article = m_articleIds[7];
    raw(u"UPDATE site_articles SET view_count = view_count + 1 WHERE id = ?"_s, {article});
    QVERIFY2(sawChange(K::Article, article), "raw SQL write");
}

void TestSqliteWorkspace::putMediaDedupes()
{
    const QByteArray bytes = pngBytes({320, 200}, Qt::darkRed);
    const QString a = writeFile(m_dir.filePath(u"a.png"_s), bytes);
    const QString b = writeFile(m_dir.filePath(u"copy of a.png"_s), bytes);
    const ne::MediaRef first = await(m_store->putMedia(a));
    const ne::MediaRef second = await(m_store->putMedia(b));
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QCOMPARE(first.sha256, sha);
    QCOMPARE(second.sha256, sha);
    QVERIFY(!first.alreadyPresent);
    QCOMPARE(first.size, bytes.size());
    QCOMPARE(first.mimeType, u"image/png"_s);
    QCOMPARE(first.width, 320);
    QCOMPARE(first.height, 200);
    QCOMPARE(first.url, ne::MediaFolder::relativePathOf(sha));
    const auto known = repo().media(sha);
    QVERIFY(known.has_value());
    QCOMPARE(known->size, bytes.size());
    QVERIFY(second.alreadyPresent);

    int copies = 0;
    int leftovers = 0;
    QDirIterator it(m_store->mediaRoot(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = QDir(m_store->mediaRoot()).relativeFilePath(it.next());
        if (file.startsWith(u"media/tmp/"_s))
            ++leftovers;
        else if (file.endsWith(sha.mid(2)))
            ++copies;
    }
    QCOMPARE(copies, 1);
    QCOMPARE(leftovers, 0);
    QFile stored(m_store->mediaFolder().pathOf(sha));
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QCOMPARE(stored.readAll(), bytes);
}

void TestSqliteWorkspace::putMediaRejectsEmptyAndMissing()
{
    const QString empty = writeFile(m_dir.filePath(u"empty.png"_s), {});
    auto e = failure(m_store->putMedia(empty));
    QVERIFY2(e && e->kind() == ne::StoreError::Kind::Invalid, qPrintable(describe(e)));
    QVERIFY(e->message().contains(u"empty.png"_s));
    e = failure(m_store->putMedia(m_dir.filePath(u"no-such-file.png"_s)));
    QVERIFY2(e && e->kind() == ne::StoreError::Kind::Invalid, qPrintable(describe(e)));
}

void TestSqliteWorkspace::thumbnails()
{
    struct Case
    {
        QString file;
        const char *format;
        QSize size;
        QSize expected;
    };
    const QList<Case> cases{
        {u"wide.png"_s, "PNG", {400, 200}, {64, 32}},
        {u"tall.jpg"_s, "JPEG", {300, 600}, {32, 64}},
        {u"small.png"_s, "PNG", {40, 20}, {40, 20}}, // never enlarged
    };
    for (const Case &c : cases) {
        const QString path = writeImage(m_dir.filePath(c.file), c.size, Qt::darkBlue, c.format);
        const ne::MediaRef ref = await(m_store->putMedia(path));
        QCOMPARE(QSize(ref.width, ref.height), c.size);
        const ne::Record image = await(m_store->create(K::Image, {{u"title"_s, c.file},
                                                                  {u"type"_s, u"gallery"_s},
                                                                  {u"contentSha256"_s, ref.sha256},
                                                                  {u"originalName"_s, c.file}}));
        QFuture<QImage> future = m_store->thumbnail(image, {64, 64});
        const auto e = failure(future);
        QVERIFY2(!e, qPrintable(c.file + u": "_s + describe(e)));
        if (e)
            continue;
        const QImage thumb = future.result();
        QVERIFY2(!thumb.isNull(), qPrintable(c.file));
        QCOMPARE(thumb.size(), c.expected);
    }

    const QString broken =
        writeFile(m_dir.filePath(u"broken.jpg"_s),
                  QByteArray("\xFF\xD8\xFF\xE0") + QByteArray(" this is not really a JPEG"));
    const ne::MediaRef ref = await(m_store->putMedia(broken));
    QCOMPARE(ref.width, 0);
    const ne::Record image =
        await(m_store->create(K::Image, {{u"title"_s, u"Broken"_s},
                                         {u"type"_s, u"gallery"_s},
                                         {u"contentSha256"_s, ref.sha256},
                                         {u"originalName"_s, u"broken.jpg"_s}}));
    const auto e = failure(m_store->thumbnail(image, {64, 64}));
    QVERIFY2(e && e->kind() == ne::StoreError::Kind::Invalid, qPrintable(describe(e)));
    // The error is about the bytes, not a missing file.
    QVERIFY2(!e->message().contains(u"not found"_s, Qt::CaseInsensitive), qPrintable(e->message()));
}

QTEST_GUILESS_MAIN(TestSqliteWorkspace)
#include "TestSqliteWorkspace.moc"
