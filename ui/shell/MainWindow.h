// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

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

    MessageBar *messageBar() const { return m_messages; }
    void addPage(AdminPage *page);
    void showPage(int index);
    AdminPage *currentPage() const;
    void setBackendDescription(const QString &text);

private:
    void buildMenus();

    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    MessageBar *m_messages;
    QLabel *m_status;
    QLabel *m_backend;
};

} // namespace ne
