// SPDX-License-Identifier: MIT
// BodyTextEdit switches to anywhere-wrapping before a long unbroken run arrives, by paste
// or by loading a record, and back to word wrapping for prose.
#include "widgets/BodyTextEdit.h"

#include <QApplication>
#include <QClipboard>
#include <QtTest>

class TestBodyTextEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pastedBlobWrapsAnywhere();
    void loadedTextChoosesItsWrapping();
};

void TestBodyTextEdit::pastedBlobWrapsAnywhere()
{
    ne::BodyTextEdit edit;
    edit.resize(400, 300);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QCOMPARE(edit.wordWrapMode(), QTextOption::WrapAtWordBoundaryOrAnywhere);
    edit.setBodyText(QStringLiteral("An ordinary paragraph. "));
    edit.moveCursor(QTextCursor::End);
    const QString blob(100'000, QLatin1Char('Q'));
    QApplication::clipboard()->setText(blob);
    QTest::keyClick(&edit, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(edit.toPlainText().size(), 23 + blob.size());
    QCOMPARE(edit.wordWrapMode(), QTextOption::WrapAnywhere);
    // More prose pasted after it does not bring the slow mode back.
    QApplication::clipboard()->setText(QStringLiteral(" and some words"));
    QTest::keyClick(&edit, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(edit.wordWrapMode(), QTextOption::WrapAnywhere);
}

void TestBodyTextEdit::loadedTextChoosesItsWrapping()
{
    ne::BodyTextEdit edit;
    QString prose;
    while (prose.size() < 100'000)
        prose += QStringLiteral("words with spaces ");
    edit.setBodyText(QString(ne::BodyTextEdit::kLongestWordWrapped + 1, QLatin1Char('x')));
    QCOMPARE(edit.wordWrapMode(), QTextOption::WrapAnywhere);
    edit.setBodyText(prose);
    QCOMPARE(edit.wordWrapMode(), QTextOption::WrapAtWordBoundaryOrAnywhere);
    QCOMPARE(edit.toPlainText(), prose);
    edit.setBodyText(QString(ne::BodyTextEdit::kLongestWordWrapped, QLatin1Char('x')));
    QCOMPARE(edit.wordWrapMode(), QTextOption::WrapAtWordBoundaryOrAnywhere);
}

QTEST_MAIN(TestBodyTextEdit)
#include "TestBodyTextEdit.moc"
