// SPDX-License-Identifier: MIT
#include "NewsArticlesEditor.h"

#include "dialogs/Prompter.h"
#include "shell/Icons.h"
#include "store/Store.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ne {

namespace {
constexpr int kMaxArticles = 8;
constexpr int kIdRole = Qt::UserRole + 1;
} // namespace

NewsArticlesEditor::NewsArticlesEditor(Store *store, Prompter *prompter, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_prompter(prompter)
    , m_list(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_add(new QPushButton(Icons::get("add"), tr("Add…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_main(new QPushButton(tr("Main story"), this))
{
    setObjectName(QStringLiteral("articleIdsEdit"));
    m_list->setObjectName(QStringLiteral("newsArticlesList"));
    m_add->setObjectName(QStringLiteral("addArticleButton"));
    m_remove->setObjectName(QStringLiteral("removeArticleButton"));
    m_main->setObjectName(QStringLiteral("mainStoryButton"));
    m_main->setToolTip(tr("Lead the issue with the selected article. Only one article can be "
                          "the main story."));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setMinimumHeight(150);
    m_status->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_main);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, [this] {
        updateState();
        Q_EMIT edited();
    });
    connect(m_list, &QListWidget::itemSelectionChanged, this, &NewsArticlesEditor::updateState);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0)
            return;
        if (m_list->item(row)->data(kIdRole).toString() == m_mainId)
            m_mainId.clear();
        delete m_list->takeItem(row);
        updateState();
        Q_EMIT edited();
    });
    connect(m_main, &QPushButton::clicked, this, [this] { markMainStory(m_list->currentRow()); });
    connect(m_add, &QPushButton::clicked, this, [this] {
        m_prompter->pickArticles(
            this, m_store, articleIds(),
            [this](const QList<QPair<QString, QString>> &chosen) { addArticles(chosen); });
    });
    updateState();
}

QStringList NewsArticlesEditor::articleIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i)
        ids.append(m_list->item(i)->data(kIdRole).toString());
    return ids;
}

void NewsArticlesEditor::addItem(const QString &id, const QString &title)
{
    auto *item = new QListWidgetItem(title.isEmpty() ? id : title, m_list);
    item->setData(kIdRole, id);
    item->setIcon(Icons::get("articles"));
}

void NewsArticlesEditor::setArticles(const QStringList &ids, const QString &mainStoryId)
{
    m_list->clear();
    m_mainId = mainStoryId;
    for (const QString &id : ids)
        addItem(id, tr("Loading…"));
    updateState();
    if (ids.isEmpty() || !m_store)
        return;
    Query q;
    q.kind = EntityKind::Article;
    q.ids = ids;
    const quint64 generation = ++m_generation;
    m_store->list(q, Cursor(), int(ids.size())).then(this, [this, generation](const Page &page) {
        if (generation != m_generation)
            return;
        for (const Record &r : page.records) {
            for (int i = 0; i < m_list->count(); ++i) {
                if (m_list->item(i)->data(kIdRole).toString() == r.id())
                    m_list->item(i)->setText(r.value(keys::title).toString());
            }
        }
        updateState();
    });
}

void NewsArticlesEditor::addArticles(const QList<QPair<QString, QString>> &articles)
{
    const QStringList existing = articleIds();
    for (const auto &[id, title] : articles) {
        if (!existing.contains(id))
            addItem(id, title);
    }
    updateState();
    Q_EMIT edited();
}

void NewsArticlesEditor::markMainStory(int row)
{
    if (row < 0 || row >= m_list->count())
        return;
    const QString id = m_list->item(row)->data(kIdRole).toString();
    m_mainId = m_mainId == id ? QString() : id;
    updateState();
    Q_EMIT edited();
}

void NewsArticlesEditor::updateState()
{
    const int count = m_list->count();
    for (int i = 0; i < count; ++i) {
        QListWidgetItem *item = m_list->item(i);
        QFont font = item->font();
        const bool main = item->data(kIdRole).toString() == m_mainId;
        font.setBold(main);
        item->setFont(font);
        item->setToolTip(main ? tr("Main story") : QString());
        item->setIcon(Icons::get(main ? "publish" : "articles"));
    }
    m_add->setEnabled(count < kMaxArticles);
    m_remove->setEnabled(m_list->currentRow() >= 0);
    m_main->setEnabled(m_list->currentRow() >= 0);
    QString text = tr("%1 of %2 articles. Drag to reorder.").arg(count).arg(kMaxArticles);
    if (count == 0)
        text = tr("An issue needs at least one article. Add up to %1.").arg(kMaxArticles);
    else if (count >= kMaxArticles)
        text = tr("The issue is full: an issue holds at most %1 articles.").arg(kMaxArticles);
    if (m_mainId.isEmpty() && count > 0)
        text += u' ' + tr("No main story chosen.");
    m_status->setText(text);
}

} // namespace ne
