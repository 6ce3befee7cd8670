// SPDX-License-Identifier: MIT
#include "widgets/BodyTextEdit.h"

#include <QMimeData>

namespace ne {
namespace {

bool hasLongUnbrokenRun(QStringView text)
{
    qsizetype run = 0;
    for (const QChar c : text) {
        if (c.isSpace()) {
            run = 0;
        } else if (++run > BodyTextEdit::kLongestWordWrapped) {
            return true;
        }
    }
    return false;
}

} // namespace

BodyTextEdit::BodyTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{}

void BodyTextEdit::setBodyText(const QString &text)
{
    prepareFor(text, true);
    setPlainText(text);
}

void BodyTextEdit::insertFromMimeData(const QMimeData *source)
{
    if (source->hasText())
        prepareFor(source->text(), false);
    QPlainTextEdit::insertFromMimeData(source);
}

void BodyTextEdit::prepareFor(QStringView text, bool replacing)
{
    // Switching the mode lays the document out again, so only when it changes; an insert
    // into text that already needed anywhere-wrapping keeps it.
    QTextOption::WrapMode wanted = wordWrapMode();
    if (hasLongUnbrokenRun(text))
        wanted = QTextOption::WrapAnywhere;
    else if (replacing)
        wanted = QTextOption::WrapAtWordBoundaryOrAnywhere;
    if (wanted != wordWrapMode())
        setWordWrapMode(wanted);
}

} // namespace ne
