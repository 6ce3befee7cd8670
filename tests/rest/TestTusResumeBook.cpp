// SPDX-License-Identifier: MIT
// The resume book writes on a thread of its own (never on the UI thread); what it
// remembers must still be on disk for the next run, in the order it was changed.
#include "store/rest/TusResumeBook.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace ne;

class TestTusResumeBook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void survivesTheNextRun()
    {
        QTemporaryDir dir;
        const QString bookPath = dir.filePath(QStringLiteral("state/tus.json"));
        const QString file = dir.filePath(QStringLiteral("picture.png"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("bytes");
        f.close();
        const QUrl server(QStringLiteral("https://api.example.com"));
        const QString key = TusResumeBook::keyOf(server, file);
        QVERIFY(!key.isEmpty());
        {
            TusResumeBook book(bookPath);
            QVERIFY(book.find(key).isEmpty());
            // Many changes in a row: the last one must be what lands on disk.
            for (int i = 0; i < 50; ++i)
                book.remember(QStringLiteral("other-%1").arg(i),
                              QUrl(QStringLiteral("https://x/%1").arg(i)), file);
            for (int i = 0; i < 50; ++i)
                book.forget(QStringLiteral("other-%1").arg(i));
            book.remember(key, QUrl(QStringLiteral("https://api.example.com/files/abc")), file);
            QCOMPARE(book.find(key), QUrl(QStringLiteral("https://api.example.com/files/abc")));
        }
        {
            TusResumeBook next(bookPath);
            QCOMPARE(next.find(key), QUrl(QStringLiteral("https://api.example.com/files/abc")));
            QVERIFY(next.find(QStringLiteral("other-49")).isEmpty());
            next.forget(key);
        }
        QVERIFY(TusResumeBook(bookPath).find(key).isEmpty());
        // A changed file is another upload.
        QVERIFY(f.open(QIODevice::Append));
        f.write("more");
        f.close();
        QVERIFY(TusResumeBook::keyOf(server, file) != key);
    }
};

QTEST_GUILESS_MAIN(TestTusResumeBook)
#include "TestTusResumeBook.moc"
