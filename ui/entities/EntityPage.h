// SPDX-License-Identifier: MIT
#pragma once

#include "AdminPage.h"
#include "schema/EntityKind.h"
#include "store/Query.h"

#include "store/Store.h"
#include <QPointer>
#include <QTimer>

class QAbstractItemView;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace ne {

class CursorTableModel;
class EmptyStateOverlay;
class EntityForm;
class MessageBar;
class Prompter;

class ThumbnailCache;
class UndoToast;

/// The admin page of one entity: a server-side searched, filtered and sorted table (and
/// for images a thumbnail grid on the same model), the schema-driven form beside it, bulk
/// actions on the selection, and the Trash.
class EntityPage : public AdminPage
{
    Q_OBJECT
public:
    EntityPage(EntityKind kind, Store *store, Prompter *prompter, MessageBar *messages,
               QWidget *parent = nullptr);
    ~EntityPage() override;

    QString title() const override;
    QIcon icon() const override;
    /// The sidebar's entry for a page of this kind, before the page is built.
    static QString titleOf(EntityKind kind);
    static QIcon iconOf(EntityKind kind);
    void activate() override;

    CursorTableModel *model() const { return m_model; }
    EntityForm *form() const { return m_form; }
    QTableView *tableView() const { return m_table; }
    QStringList selectedIds() const;

public Q_SLOTS:
    void createNew();
    void save();
    void duplicate();
    void deleteSelected();
    void restoreSelected();
    void publishSelected();
    void archiveSelected();
    void refresh();
    void focusSearch();

private:
    QWidget *buildToolbar();
    void buildShortcuts();
    void applyFilters();
    void openRow(const QModelIndex &index);
    void bulkStatus(const QString &status, const QString &doneText);
    void handleSaveError(const class StoreError &error, const QVariantMap &mine);
    void updateStatus();
    void updateEmptyState();
    void syncSortIndicator();
    void loadCategories();
    QAbstractItemView *currentView() const;

    EntityKind m_kind;
    QPointer<Store> m_store;
    Prompter *m_prompter;
    MessageBar *m_messages;
    CursorTableModel *m_model;
    ThumbnailCache *m_thumbnails = nullptr;
    EntityForm *m_form;
    QStackedWidget *m_views;
    QTableView *m_table;
    QListView *m_grid = nullptr;
    QLineEdit *m_search;
    QList<QComboBox *> m_filters;
    QToolButton *m_trash;
    QToolButton *m_gridToggle = nullptr;
    QPushButton *m_deleteButton;
    QPushButton *m_restoreButton;
    QLabel *m_newRows;
    EmptyStateOverlay *m_empty;
    UndoToast *m_toast;
    QTimer m_debounce;
    bool m_activated = false;
    QString m_opening; ///< id of the row whose full record is on its way
};

} // namespace ne
