// SPDX-License-Identifier: MIT
#include "MainWindow.h"

#include "AdminPage.h"
#include "Icons.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace ne {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_messages(new MessageBar(this))
    , m_status(new QLabel(this))
    , m_backend(new QLabel(this))
    , m_reconnecting(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("NextEvent Admin"));
    setWindowIcon(Icons::app());
    m_sidebar->setObjectName(QStringLiteral("sidebarList"));
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setFixedWidth(180);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);
    // No dotted focus frame inside the highlight: the highlight already follows the keys.
    m_sidebar->setStyleSheet(QStringLiteral("QListWidget#sidebarList { padding-top: 8px; "
                                            "outline: 0; } "
                                            "QListWidget#sidebarList::item { padding: 8px 10px; "
                                            "border-radius: 6px; } "
                                            "QListWidget#sidebarList::item:selected { "
                                            "background: palette(highlight); "
                                            "color: palette(highlighted-text); }"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_backend->setObjectName(QStringLiteral("backendLabel"));
    statusBar()->addWidget(m_status, 1);
    m_reconnecting->setObjectName(QStringLiteral("reconnectingLabel"));
    m_reconnecting->setStyleSheet(QStringLiteral(
        "QLabel#reconnectingLabel { background: #fff4ce; color: #5c4400; border-radius: 4px; "
        "padding: 1px 8px; }"));
    m_reconnecting->hide();
    statusBar()->addPermanentWidget(m_reconnecting);
    statusBar()->addPermanentWidget(m_backend);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 6, 6, 0);
    rightLayout->addWidget(m_messages);
    rightLayout->addWidget(m_pages, 1);
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(right, 1);
    setCentralWidget(central);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::showPage);
    buildMenus();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1440, 900);
}

MainWindow::~MainWindow()
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *connectAction =
        file->addAction(Icons::get("settings"), tr("&Connect…"), QKeySequence(tr("Ctrl+Shift+O")),
                        this, &MainWindow::connectRequested);
    connectAction->setObjectName(QStringLiteral("connectAction"));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    m_schemaAction = tools->addAction(tr("Create or &upgrade schema…"), this,
                                      &MainWindow::schemaUpgradeRequested);
    m_schemaAction->setObjectName(QStringLiteral("schemaAction"));
    m_schemaAction->setEnabled(false);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About NextEvent Admin"), this, [this] {
        QMessageBox::about(
            this, tr("About NextEvent Admin"),
            tr("<h3>NextEvent Admin %1</h3><p>Desktop administration for the "
               "NextEvent content platform.</p><p>Built with Qt %2.</p>")
                .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    });
}

void MainWindow::addPage(AdminPage *page)
{
    m_pages->addWidget(page);
    adopt(page);
    addSidebarItem(page->title(), page->icon());
}

void MainWindow::addPage(const QString &title, const QIcon &icon, PageFactory make)
{
    auto *standIn = new QWidget(m_pages);
    m_unbuilt.insert(standIn, std::move(make));
    m_pages->addWidget(standIn);
    addSidebarItem(title, icon);
}

void MainWindow::addSidebarItem(const QString &title, const QIcon &icon)
{
    auto *item = new QListWidgetItem(icon, title, m_sidebar);
    item->setSizeHint(QSize(0, 40));
    if (m_sidebar->count() == 1)
        m_sidebar->setCurrentRow(0);
}

void MainWindow::adopt(AdminPage *page)
{
    connect(page, &AdminPage::statusMessage, this, [this, page](const QString &text) {
        if (page == currentPage())
            m_status->setText(text);
    });
}

void MainWindow::realize(int index)
{
    QWidget *standIn = m_pages->widget(index);
    const auto make = m_unbuilt.constFind(standIn);
    if (make == m_unbuilt.cend())
        return;
    AdminPage *page = (*make)();
    m_unbuilt.erase(make);
    m_pages->insertWidget(index, page);
    adopt(page);
    m_pages->removeWidget(standIn);
    delete standIn;
}

void MainWindow::selectPage(AdminPage *page)
{
    if (const int index = m_pages->indexOf(page); index >= 0)
        showPage(index);
}

void MainWindow::addStatusWidget(QWidget *widget)
{
    // Index 1: after the one normal widget (the page's status text), before the
    // reconnecting and backend labels.
    statusBar()->insertPermanentWidget(1, widget);
}

void MainWindow::showPage(int index)
{
    if (AdminPage *old = currentPage(); old && m_pages->indexOf(old) != index)
        old->deactivate();
    realize(index);
    m_pages->setCurrentIndex(index);
    m_messages->dismiss();
    m_status->clear();
    if (AdminPage *page = currentPage())
        page->activate();
    if (m_sidebar->currentRow() != index)
        m_sidebar->setCurrentRow(index);
}

AdminPage *MainWindow::currentPage() const
{
    return qobject_cast<AdminPage *>(m_pages->currentWidget());
}

void MainWindow::setBackendDescription(const QString &text)
{
    m_backend->setText(text);
}

void MainWindow::clearPages()
{
    if (AdminPage *page = currentPage())
        page->deactivate();
    const QSignalBlocker blocker(m_sidebar);
    m_sidebar->clear();
    m_unbuilt.clear();
    while (QWidget *page = m_pages->widget(0)) {
        m_pages->removeWidget(page);
        delete page;
    }
    m_status->clear();
}

void MainWindow::setReconnecting(bool reconnecting, const QString &detail)
{
    m_reconnecting->setText(tr("Reconnecting…"));
    m_reconnecting->setToolTip(detail);
    m_reconnecting->setVisible(reconnecting);
}

void MainWindow::setSchemaActionEnabled(bool enabled)
{
    m_schemaAction->setEnabled(enabled);
}

} // namespace ne
