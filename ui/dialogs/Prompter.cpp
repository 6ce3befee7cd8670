// SPDX-License-Identifier: MIT
#include "Prompter.h"

#include "ArticlePickerDialog.h"
#include "ConflictDialog.h"

#include <QMessageBox>

namespace ne {

Prompter::~Prompter() = default;

void Prompter::resolveConflict(QWidget *parent, EntityKind kind, const QVariantMap &mine,
                               const QVariantMap &theirs, std::function<void(ConflictChoice)> done)
{
    auto *dialog = new ConflictDialog(kind, mine, theirs, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &ConflictDialog::chosen, dialog, std::move(done));
    dialog->open();
}

void Prompter::confirm(QWidget *parent, const QString &title, const QString &text,
                       std::function<void(bool)> done)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text,
                                QMessageBox::Yes | QMessageBox::No, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, box, [box, done = std::move(done)](int) {
        done(box->clickedButton() == box->button(QMessageBox::Yes));
    });
    box->open();
}

void Prompter::pickArticles(QWidget *parent, Store *store, const QStringList &exclude,
                            std::function<void(const QList<QPair<QString, QString>> &)> done)
{
    auto *dialog = new ArticlePickerDialog(store, exclude, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &ArticlePickerDialog::articlesChosen, dialog, std::move(done));
    dialog->open();
}

} // namespace ne
