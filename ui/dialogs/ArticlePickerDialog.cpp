// SPDX-License-Identifier: MIT
#include "ArticlePickerDialog.h"

#include "paging/CursorTableModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace ne {

ArticlePickerDialog::ArticlePickerDialog(Store *store, const QStringList &exclude, QWidget *parent)
    : QDialog(parent)
    , m_model(new CursorTableModel(store, this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_exclude(exclude)
{
    setObjectName(QStringLiteral("articlePickerDialog"));
    setWindowTitle(tr("Add articles"));
    m_search->setObjectName(QStringLiteral("pickerSearchEdit"));
    m_search->setPlaceholderText(tr("Search articles by title or summary…"));
    m_search->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("pickerTableView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(m_search, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        Query q = m_model->query();
        q.search = m_search->text();
        m_model->setQuery(q);
    });
    connect(m_view, &QTableView::doubleClicked, this, &ArticlePickerDialog::accept);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ArticlePickerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    Query q;
    q.kind = EntityKind::Article;
    m_model->setQuery(q);
    resize(720, 480);
}

void ArticlePickerDialog::accept()
{
    QList<QPair<QString, QString>> chosen;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const Record r = m_model->record(index.row());
        if (!m_exclude.contains(r.id()))
            chosen.append({r.id(), r.value(keys::title).toString()});
    }
    Q_EMIT articlesChosen(chosen);
    QDialog::accept();
}

} // namespace ne
