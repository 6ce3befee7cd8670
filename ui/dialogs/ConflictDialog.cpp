// SPDX-License-Identifier: MIT
#include "ConflictDialog.h"

#include "paging/ValueFormatter.h"
#include "shell/Icons.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ne {

ConflictDialog::ConflictDialog(EntityKind kind, const QVariantMap &mine, const QVariantMap &theirs,
                               QWidget *parent)
    : QDialog(parent)
{
    const EntitySchema &schema = EntitySchema::of(kind);
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Someone else changed this %1").arg(schema.displayName().toLower()));
    auto *intro = new QLabel(tr("<b>This %1 was saved by someone else after you opened it.</b><br>"
                                "Compare the versions below, then choose what to keep.")
                                 .arg(schema.displayName().toLower()),
                             this);
    intro->setWordWrap(true);

    auto *table = new QTableWidget(0, 3, this);
    table->setObjectName(QStringLiteral("differencesTable"));
    table->setHorizontalHeaderLabels({tr("Field"), tr("Your version"), tr("Their version")});
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (auto it = mine.begin(); it != mine.end(); ++it) {
        const Field *field = schema.field(it.key());
        if (!field || theirs.value(it.key()) == it.value())
            continue;
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(field->label()));
        table->setItem(row, 1, new QTableWidgetItem(ValueFormatter::display(*field, it.value())));
        table->setItem(
            row, 2, new QTableWidgetItem(ValueFormatter::display(*field, theirs.value(it.key()))));
    }

    auto *buttons = new QDialogButtonBox(this);
    auto *reload = buttons->addButton(tr("Reload theirs"), QDialogButtonBox::DestructiveRole);
    auto *overwrite = buttons->addButton(tr("Overwrite with mine"), QDialogButtonBox::AcceptRole);
    auto *keep = buttons->addButton(tr("Keep my copy"), QDialogButtonBox::RejectRole);
    reload->setObjectName(QStringLiteral("reloadButton"));
    overwrite->setObjectName(QStringLiteral("overwriteButton"));
    keep->setObjectName(QStringLiteral("keepMineButton"));
    keep->setDefault(true);
    reload->setToolTip(tr("Discard your edits and show the saved version."));
    overwrite->setToolTip(tr("Save your version over theirs."));
    keep->setToolTip(tr("Keep your edits in the form without saving."));
    auto finish = [this](ConflictChoice choice) {
        Q_EMIT chosen(choice);
        done(QDialog::Accepted);
    };
    connect(reload, &QPushButton::clicked, this, [finish] { finish(ConflictChoice::Reload); });
    connect(overwrite, &QPushButton::clicked, this,
            [finish] { finish(ConflictChoice::Overwrite); });
    connect(keep, &QPushButton::clicked, this, [finish] { finish(ConflictChoice::KeepMine); });

    auto *layout = new QVBoxLayout(this);
    auto *head = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::get("warning").pixmap(32, 32));
    head->addWidget(icon, 0, Qt::AlignTop);
    head->addWidget(intro, 1);
    layout->addLayout(head);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(640, 360);
}

} // namespace ne
