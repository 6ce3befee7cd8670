// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QMainWindow>

#include <functional>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace ne {

class MessageBar;
class AdminPage;

/// The shell: a sidebar of pages, the page host, menus and the status bar. It knows
/// pages only through the Page interface; app/ decides which pages exist.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    using PageFactory = std::function<AdminPage *()>;

    MessageBar *messageBar() const { return m_messages; }
    void addPage(AdminPage *page);
    /// A page built the first time it is shown: start-up pays only for the page on screen.
    void addPage(const QString &title, const QIcon &icon, PageFactory make);
    void showPage(int index);
    /// Shows page (one added before) as the current one.
    void selectPage(AdminPage *page);
    /// A page's always-visible indicator (upload progress) at the right of the status bar;
    /// the status bar owns it until its page deletes it.
    void addStatusWidget(QWidget *widget);
    AdminPage *currentPage() const;
    void setBackendDescription(const QString &text);
    /// Removes and deletes every page (before the Store they use goes away).
    void clearPages();
    /// Shows or hides the "Reconnecting…" indicator in the status bar.
    void setReconnecting(bool reconnecting, const QString &detail = {});
    /// Enables Tools > Create or upgrade schema… (only PostgreSQL has one to manage).
    void setSchemaActionEnabled(bool enabled);

Q_SIGNALS:
    void connectRequested();
    void schemaUpgradeRequested();

private:
    void buildMenus();
    void addSidebarItem(const QString &title, const QIcon &icon);
    void adopt(AdminPage *page);
    /// Replaces the empty stand-in at index by its page, if it has not been built yet.
    void realize(int index);

    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    MessageBar *m_messages;
    QLabel *m_status;
    QLabel *m_backend;
    QLabel *m_reconnecting;
    QAction *m_schemaAction = nullptr;
    QHash<QWidget *, PageFactory>
        m_unbuilt; ///< stand-in widget in m_pages → the factory of its page
};

} // namespace ne
