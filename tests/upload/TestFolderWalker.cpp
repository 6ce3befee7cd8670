// SPDX-License-Identifier: MIT
// FolderWalker: every file once, in batches, hidden files skipped, link loops reported
// instead of walked forever, cancel stops delivery.
#include "upload/FolderWalker.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ne;
using namespace Qt::StringLiterals;

class TestFolderWalker : public QObject
{
    Q_OBJECT

private:
    static void touch(const QString &path)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
    }

    static QStringList walk(FolderWalker &walker, const QStringList &paths, QStringList *problems,
                            int *batches = nullptr)
    {
        QStringList found;
        int count = 0;
        QObject context;
        QObject::connect(&walker, &FolderWalker::filesFound, &context,
                         [&](const QList<FoundFile> &files) {
                             ++count;
                             for (const FoundFile &f : files)
                                 found.append(f.path);
                         });
        QObject::connect(&walker, &FolderWalker::problemFound, &context,
                         [&](const QString &, const QString &m) { problems->append(m); });
        QSignalSpy done(&walker, &FolderWalker::walkingChanged);
        walker.walk(paths);
        while (walker.isWalking())
            done.wait(5000);
        QCoreApplication::processEvents(); // the last batch
        if (batches)
            *batches = count;
        return found;
    }

private Q_SLOTS:
    void nestedHiddenAndLoops()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        touch(root + u"/a.jpg"_s);
        touch(root + u"/sub/b.jpg"_s);
        touch(root + u"/sub/deeper/c.jpg"_s);
        touch(root + u"/sub/.hidden.jpg"_s);
        touch(root + u"/照片 长名字.jpg"_s);
        QVERIFY(QFile::link(root, root + u"/sub/loop"_s));
        FolderWalker walker;
        QStringList problems;
        QStringList found = walk(walker, {root}, &problems);
        found.sort();
        QStringList expected{root + u"/a.jpg"_s, root + u"/sub/b.jpg"_s,
                             root + u"/sub/deeper/c.jpg"_s, root + u"/照片 长名字.jpg"_s};
        expected.sort();
        QCOMPARE(found, expected);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.constFirst().contains(u"link leads back"_s),
                 qPrintable(problems.constFirst()));
    }

    void filesPassThroughAndMissingReported()
    {
        QTemporaryDir dir;
        touch(dir.filePath(u"one.png"_s));
        FolderWalker walker;
        QStringList problems;
        const QStringList found =
            walk(walker, {dir.filePath(u"one.png"_s), dir.filePath(u"none.png"_s)}, &problems);
        QCOMPARE(found, QStringList{dir.filePath(u"one.png"_s)});
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.constFirst().contains(u"does not exist"_s));
    }

    void batches()
    {
        QTemporaryDir dir;
        const int n = FolderWalker::kBatchSize * 3 + 7;
        for (int i = 0; i < n; ++i)
            touch(dir.filePath(QStringLiteral("f%1.jpg").arg(i)));
        FolderWalker walker;
        QStringList problems;
        int batches = 0;
        const QStringList found = walk(walker, {dir.path()}, &problems, &batches);
        QCOMPARE(found.size(), n);
        QCOMPARE(QSet<QString>(found.begin(), found.end()).size(), n);
        QVERIFY(batches >= 4);
    }

    void cancelStopsDelivery()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 3000; ++i)
            touch(dir.filePath(QStringLiteral("d%1/f.jpg").arg(i)));
        FolderWalker walker;
        int delivered = 0;
        connect(&walker, &FolderWalker::filesFound, this,
                [&](const QList<FoundFile> &files) { delivered += int(files.size()); });
        walker.walk({dir.path()});
        walker.cancel();
        QTRY_VERIFY(!walker.isWalking());
        QCoreApplication::processEvents();
        QCOMPARE(delivered, 0); // nothing from before the cancel arrives after it
    }
};

QTEST_GUILESS_MAIN(TestFolderWalker)
#include "TestFolderWalker.moc"
