// SPDX-License-Identifier: MIT
#include "EntityPage.h"

#include "EntityForm.h"
#include "ThumbnailColumnDelegate.h"
#include "dialogs/Prompter.h"
#include "paging/CursorTableModel.h"
#include "paging/ThumbnailCache.h"
#include "paging/ValueFormatter.h"
#include "shell/Icons.h"
#include "store/Store.h"
#include "widgets/EmptyStateOverlay.h"
#include "widgets/MessageBar.h"
#include "widgets/UndoToast.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace ne {

namespace {
const char *iconName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Image:
        return "images";
    case EntityKind::Article:
        return "articles";
    case EntityKind::News:
        return "news";
    case EntityKind::Video:
        return "videos";
    }
    return "articles";
}
} // namespace

EntityPage::EntityPage(EntityKind kind, Store *store, Prompter *prompter, MessageBar *messages,
                       QWidget *parent)
    : AdminPage(parent)
    , m_kind(kind)
    , m_store(store)
    , m_prompter(prompter)
    , m_messages(messages)
    , m_model(new CursorTableModel(store, this))
    , m_form(new EntityForm(kind, store, prompter, this))
    , m_views(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_trash(new QToolButton(this))
    , m_deleteButton(new QPushButton(Icons::get("delete"), tr("Delete"), this))
    , m_restoreButton(new QPushButton(Icons::get("undo"), tr("Restore"), this))
    , m_newRows(new QLabel(this))
    , m_toast(nullptr)
{
    const QString name = entityName(kind);
    setObjectName(name + QStringLiteral("Page"));
    m_table->setObjectName(name + QStringLiteral("TableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(m_model->columnOf(keys::createdAt),
                                                  Qt::DescendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->verticalHeader()->hide();
    // Every row is one line high: a fixed size spares the header any per-row measuring
    // as pages are appended.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(28);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_views->addWidget(m_table);
    if (kind == EntityKind::Image) {
        m_thumbnails = new ThumbnailCache(store, QSize(160, 120), this);
        m_model->setThumbnailCache(m_thumbnails);
        m_table->verticalHeader()->setDefaultSectionSize(40);
        m_table->setIconSize(QSize(48, 36));
        m_table->setItemDelegateForColumn(0, new ThumbnailColumnDelegate(m_table));
        m_grid = new QListView(this);
        m_grid->setObjectName(QStringLiteral("imageGridView"));
        m_grid->setModel(m_model);
        m_grid->setSelectionModel(m_table->selectionModel());
        m_grid->setViewMode(QListView::IconMode);
        m_grid->setIconSize(QSize(160, 120));
        m_grid->setGridSize(QSize(184, 164));
        m_grid->setResizeMode(QListView::Adjust);
        m_grid->setUniformItemSizes(true);
        m_grid->setMovement(QListView::Static);
        m_grid->setSelectionMode(QAbstractItemView::ExtendedSelection);
        m_grid->setWordWrap(true);
        m_views->addWidget(m_grid);
        connect(m_grid, &QListView::activated, this, &EntityPage::openRow);
        connect(m_grid, &QListView::clicked, this, &EntityPage::openRow);
    }
    m_empty = new EmptyStateOverlay(m_views);
    m_toast = new UndoToast(this);

    m_newRows->setObjectName(QStringLiteral("newRowsLabel"));
    m_newRows->setStyleSheet(QStringLiteral("background: #2e86c1; color: white; padding: 6px; "
                                            "border-radius: 4px;"));
    m_newRows->setAlignment(Qt::AlignCenter);
    m_newRows->setTextFormat(Qt::RichText);
    m_newRows->hide();
    connect(m_newRows, &QLabel::linkActivated, this, [this] {
        m_newRows->hide();
        refresh();
    });

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_newRows);
    leftLayout->addWidget(m_views, 1);
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(name + QStringLiteral("Splitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_form);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({900, 520});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(buildToolbar());
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { openRow(current); });
    connect(m_model, &CursorTableModel::pageLoaded, this, [this] {
        updateStatus();
        updateEmptyState();
    });
    connect(m_model, &CursorTableModel::modelReset, this, &EntityPage::updateEmptyState);
    connect(m_model, &CursorTableModel::rowsRemoved, this, &EntityPage::updateStatus);
    connect(m_model, &CursorTableModel::fetchFailed, this, [this](const QString &message) {
        m_messages->showMessage(MessageBar::Level::Error, message, tr("Retry"),
                                [this] { refresh(); });
        updateEmptyState();
    });
    connect(m_model, &CursorTableModel::newRowsAvailable, this, [this](int count) {
        m_newRows->setText(tr("%n new — <a href=\"show\">show</a>", nullptr, count));
        m_newRows->show();
    });
    connect(m_form, &EntityForm::saveRequested, this, &EntityPage::save);
    connect(m_form, &EntityForm::duplicateRequested, this, &EntityPage::duplicate);
    buildShortcuts();

    for (const QString &wide :
         {keys::title, QStringLiteral("summary"), QStringLiteral("description")}) {
        if (const int column = m_model->columnOf(wide); column >= 0)
            m_table->setColumnWidth(column, wide == keys::title ? 300 : 220);
    }
    QHeaderView *header = m_table->horizontalHeader();
    header->restoreState(QSettings().value(QStringLiteral("columns/") + name).toByteArray());
    // A saved layout may point at a column that no longer sorts (schema 3 made type and
    // status filters): the model refuses that order and the indicator goes back to its own.
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    syncSortIndicator();
    connect(header, &QHeaderView::sortIndicatorChanged, this, &EntityPage::syncSortIndicator);
}

EntityPage::~EntityPage()
{
    // Saved once here: saving at every sectionResized wrote and synced the settings file
    // on the UI thread whenever the stretched last column followed the scroll bar.
    QSettings().setValue(QStringLiteral("columns/") + entityName(m_kind),
                         m_table->horizontalHeader()->saveState());
}

QString EntityPage::title() const
{
    return titleOf(m_kind);
}

QIcon EntityPage::icon() const
{
    return iconOf(m_kind);
}

QString EntityPage::titleOf(EntityKind kind)
{
    return EntitySchema::of(kind).displayPluralName();
}

QIcon EntityPage::iconOf(EntityKind kind)
{
    return Icons::get(iconName(kind));
}

void EntityPage::activate()
{
    if (!m_activated) {
        m_activated = true;
        applyFilters();
        loadCategories();
    }
    updateStatus();
}

QWidget *EntityPage::buildToolbar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 4);
    auto button = [&](const char *icon, const QString &text, const QString &name,
                      void (EntityPage::*slot)()) {
        auto *b = new QPushButton(Icons::get(icon), text, bar);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        row->addWidget(b);
        return b;
    };
    button("add", tr("New"), QStringLiteral("newButton"), &EntityPage::createNew)
        ->setToolTip(tr("New (Ctrl+N)"));
    button("publish", m_kind == EntityKind::Image ? tr("Activate") : tr("Publish"),
           QStringLiteral("publishButton"), &EntityPage::publishSelected);
    button("archive", tr("Archive"), QStringLiteral("archiveButton"), &EntityPage::archiveSelected);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_deleteButton->setToolTip(tr("Move the selection to Trash (Del)"));
    connect(m_deleteButton, &QPushButton::clicked, this, &EntityPage::deleteSelected);
    row->addWidget(m_deleteButton);
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    connect(m_restoreButton, &QPushButton::clicked, this, &EntityPage::restoreSelected);
    m_restoreButton->hide();
    row->addWidget(m_restoreButton);
    row->addSpacing(12);

    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(
        tr("Search %1… (Ctrl+F)").arg(EntitySchema::of(m_kind).displayPluralName().toLower()));
    m_search->addAction(Icons::get("search"), QLineEdit::LeadingPosition);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);
    row->addWidget(m_search, 1);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(m_search, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_debounce, &QTimer::timeout, this, &EntityPage::applyFilters);

    for (const Field &f : EntitySchema::of(m_kind).filterableFields()) {
        auto *combo = new QComboBox(bar);
        combo->setObjectName(f.key() + QStringLiteral("FilterCombo"));
        combo->setProperty("fieldKey", f.key());
        combo->addItem(tr("Any %1").arg(f.label().toLower()), QVariant());
        for (const QString &v : f.enumValues())
            combo->addItem(ValueFormatter::enumLabel(v), v);
        connect(combo, &QComboBox::activated, this, &EntityPage::applyFilters);
        row->addWidget(combo);
        m_filters.append(combo);
    }
    m_trash->setObjectName(QStringLiteral("trashButton"));
    m_trash->setIcon(Icons::get("trash"));
    m_trash->setText(tr("Trash"));
    m_trash->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_trash->setCheckable(true);
    m_trash->setToolTip(tr("Show deleted items, to restore them"));
    connect(m_trash, &QToolButton::toggled, this, [this](bool on) {
        m_deleteButton->setVisible(!on);
        m_restoreButton->setVisible(on);
        applyFilters();
    });
    row->addWidget(m_trash);
    if (m_grid) {
        m_gridToggle = new QToolButton(bar);
        m_gridToggle->setObjectName(QStringLiteral("gridToggleButton"));
        m_gridToggle->setIcon(Icons::get("grid"));
        m_gridToggle->setCheckable(true);
        m_gridToggle->setToolTip(tr("Thumbnail grid"));
        connect(m_gridToggle, &QToolButton::toggled, this, [this](bool on) {
            m_views->setCurrentWidget(on ? static_cast<QWidget *>(m_grid) : m_table);
            m_gridToggle->setIcon(Icons::get(on ? "list" : "grid"));
        });
        row->addWidget(m_gridToggle);
    }
    button("refresh", QString(), QStringLiteral("refreshButton"), &EntityPage::refresh)
        ->setToolTip(tr("Refresh (F5)"));
    return bar;
}

void EntityPage::buildShortcuts()
{
    auto bind = [this](QKeySequence keys, void (EntityPage::*slot)()) {
        auto *shortcut =
            new QShortcut(keys, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    bind(QKeySequence::Find, &EntityPage::focusSearch);
    bind(QKeySequence::New, &EntityPage::createNew);
    bind(QKeySequence::Save, &EntityPage::save);
    bind(QKeySequence::Refresh, &EntityPage::refresh);
    auto *del = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &EntityPage::deleteSelected);
}

void EntityPage::applyFilters()
{
    Query q = m_model->query();
    q.kind = m_kind;
    q.search = m_search->text().trimmed();
    q.trash = m_trash->isChecked();
    q.filters.clear();
    for (QComboBox *combo : std::as_const(m_filters)) {
        if (combo->currentData().isValid())
            q.filters.insert(combo->property("fieldKey").toString(), combo->currentData());
    }
    m_newRows->hide();
    m_model->setQuery(q);
}

void EntityPage::loadCategories()
{
    m_store->categories(m_kind).then(this, [this](const QList<Category> &categories) {
        m_form->setCategories(categories);
        for (QComboBox *combo : std::as_const(m_filters)) {
            if (combo->property("fieldKey").toString() != QStringLiteral("categoryId"))
                continue;
            for (const Category &c : categories)
                combo->addItem(c.name, c.id);
        }
    });
}

QAbstractItemView *EntityPage::currentView() const
{
    return qobject_cast<QAbstractItemView *>(m_views->currentWidget());
}

QStringList EntityPage::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(m_model->record(index.row()).id());
    return ids;
}

void EntityPage::openRow(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString id = m_model->record(index.row()).id();
    if (id == m_form->record().id() || id == m_opening)
        return;
    if (m_form->isDirty() && !m_form->isNew()) {
        m_messages->showMessage(MessageBar::Level::Warning,
                                tr("“%1” has unsaved changes. Save them (Ctrl+S) or revert "
                                   "before opening another item.")
                                    .arg(m_form->record().value(keys::title).toString()));
        return;
    }
    m_opening = id;
    m_store->get(m_kind, id)
        .then(this,
              [this, id](const Record &full) {
                  if (m_opening != id)
                      return; // the person already moved on to another row
                  m_opening.clear();
                  m_form->setRecord(full);
              })
        .onFailed(this, [this, id](const StoreError &e) {
            if (m_opening == id)
                m_opening.clear();
            m_messages->showMessage(MessageBar::Level::Error, e.message());
        });
}

void EntityPage::createNew()
{
    if (m_kind == EntityKind::Image) {
        m_messages->showMessage(MessageBar::Level::Info,
                                tr("Images are added by uploading files: drop them on the "
                                   "Uploads page."));
        return;
    }
    m_table->clearSelection();
    m_form->setNew({});
    m_form->setFocus();
}

void EntityPage::duplicate()
{
    QVariantMap copy = m_form->currentValues();
    copy.insert(keys::title, tr("Copy of %1").arg(copy.value(keys::title).toString()));
    copy.remove(QStringLiteral("slug"));
    copy.remove(QStringLiteral("streamKey"));
    m_table->clearSelection();
    m_form->setNew(copy);
}

void EntityPage::save()
{
    if (!m_store)
        return;
    const QVariantMap mine = m_form->changes();
    if (!m_form->isNew() && mine.isEmpty())
        return;
    auto done = [this](const Record &saved) {
        m_messages->dismiss();
        m_form->setRecord(saved);
        m_toast->showToast(tr("Saved “%1”.").arg(saved.value(keys::title).toString()));
    };
    auto failed = [this, mine](const StoreError &error) { handleSaveError(error, mine); };
    if (m_form->isNew())
        m_store->create(m_kind, mine).then(this, done).onFailed(this, failed);
    else
        m_store->update(m_kind, m_form->record().id(), mine, m_form->record().version())
            .then(this, done)
            .onFailed(this, failed);
}

void EntityPage::handleSaveError(const StoreError &error, const QVariantMap &mine)
{
    switch (error.kind()) {
    case StoreError::Kind::Invalid:
        m_form->showErrors(error.fieldErrors());
        m_messages->showMessage(MessageBar::Level::Error, error.message());
        return;
    case StoreError::Kind::Conflict:
        if (error.current().isEmpty())
            break;
        m_prompter->resolveConflict(
            this, m_kind, mine, error.current(), [this, mine, error](ConflictChoice choice) {
                const Record theirs(error.current());
                if (choice == ConflictChoice::Reload) {
                    m_form->setRecord(theirs);
                } else if (choice == ConflictChoice::Overwrite) {
                    m_store->update(m_kind, theirs.id(), mine, theirs.version())
                        .then(this, [this](const Record &r) { m_form->setRecord(r); })
                        .onFailed(this,
                                  [this, mine](const StoreError &e) { handleSaveError(e, mine); });
                }
            });
        return;
    case StoreError::Kind::NotFound:
        m_messages->showMessage(MessageBar::Level::Error, error.message(), tr("Save as new"),
                                [this] { m_form->setNew(m_form->currentValues()); });
        return;
    default:
        break;
    }
    m_messages->showMessage(MessageBar::Level::Error, error.message());
}

void EntityPage::bulkStatus(const QString &status, const QString &doneText)
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    m_store->updateMany(m_kind, ids, {{keys::status, status}})
        .then(this, [this, doneText](int n) { m_toast->showToast(doneText.arg(n)); })
        .onFailed(this, [this](const StoreError &e) {
            m_messages->showMessage(MessageBar::Level::Error, e.message());
        });
}

void EntityPage::publishSelected()
{
    bulkStatus(EntitySchema::of(m_kind).publishedStatus(), tr("%1 item(s) published."));
}

void EntityPage::archiveSelected()
{
    bulkStatus(EntitySchema::of(m_kind).archivedStatus(), tr("%1 item(s) archived."));
}

void EntityPage::deleteSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty() || m_trash->isChecked())
        return;
    m_store->remove(m_kind, ids)
        .then(this,
              [this, ids](int n) {
                  m_toast->showToast(tr("%n item(s) moved to Trash.", nullptr, n), [this, ids] {
                      m_store->restore(m_kind, ids).onFailed(this, [this](const StoreError &e) {
                          m_messages->showMessage(MessageBar::Level::Error, e.message());
                          return 0;
                      });
                  });
              })
        .onFailed(this, [this](const StoreError &e) {
            m_messages->showMessage(MessageBar::Level::Error, e.message());
        });
}

void EntityPage::restoreSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    m_store->restore(m_kind, ids)
        .then(this, [this](int n) { m_toast->showToast(tr("%n item(s) restored.", nullptr, n)); })
        .onFailed(this, [this](const StoreError &e) {
            m_messages->showMessage(MessageBar::Level::Error, e.message());
        });
}

void EntityPage::refresh()
{
    m_messages->dismiss();
    m_model->reload();
}

void EntityPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void EntityPage::updateStatus()
{
    const qint64 total = m_model->totalEstimate();
    QString text = tr("%1 loaded").arg(QLocale().toString(m_model->rowCount()));
    if (total >= 0)
        text += tr(" of %1").arg(QLocale().toString(total));
    if (m_model->lastFetchTime().isValid())
        text += tr(" · last fetch %1")
                    .arg(QLocale().toString(m_model->lastFetchTime().time(), QLocale::ShortFormat));
    Q_EMIT statusMessage(text);
}

void EntityPage::syncSortIndicator()
{
    // The header moves its indicator on any click, before the model has said whether it
    // can sort that column; an arrow over a column the rows are not ordered by would lie.
    QHeaderView *header = m_table->horizontalHeader();
    const int column = m_model->columnOf(m_model->query().sortKey);
    const Qt::SortOrder order = m_model->query().order;
    if (header->sortIndicatorSection() == column && header->sortIndicatorOrder() == order)
        return;
    const QSignalBlocker blocker(header);
    header->setSortIndicator(column, order);
}

void EntityPage::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0 && !m_model->isLoading();
    m_empty->setVisible(empty);
    if (!empty)
        return;
    const EntitySchema &schema = EntitySchema::of(m_kind);
    const QString plural = schema.displayPluralName().toLower();
    if (m_trash->isChecked())
        m_empty->setMessage(Icons::get("trash"), tr("Trash is empty"),
                            tr("Deleted %1 appear here and can be restored.").arg(plural));
    else if (!m_search->text().isEmpty() || !m_model->query().filters.isEmpty())
        m_empty->setMessage(
            Icons::get("search"), tr("No matches"),
            tr("No %1 match the search and filters. Clear them to see all.").arg(plural));
    else
        m_empty->setMessage(icon(), tr("No %1 yet").arg(plural),
                            m_kind == EntityKind::Image
                                ? tr("Drop image files on the Uploads page to add some.")
                                : tr("Press Ctrl+N or click New to create the first one."));
}

} // namespace ne
