// SPDX-License-Identifier: MIT
#include "AdminApplication.h"

#include "dialogs/Prompter.h"
#include "entities/EntityPage.h"
#include "paging/CursorTableModel.h"
#include "sample/SampleContent.h"
#include "shell/MainWindow.h"
#include "store/sqlite/SqliteStore.h"
#include "widgets/MessageBar.h"

#include <QApplication>
#include <QFileInfo>
#include <QTableView>
#include <QTimer>
#include <QtConcurrent>
#include <cstdio>

namespace ne {

AdminApplication::AdminApplication(Options options)
    : m_options(std::move(options))
    , m_prompter(std::make_unique<Prompter>())
{
}

AdminApplication::~AdminApplication()
{
    m_window.reset(); // pages before the store they use
}

int AdminApplication::start(const QElapsedTimer &sinceLaunch)
{
    m_sinceLaunch = sinceLaunch;
    m_window = std::make_unique<MainWindow>();
    const bool wasNew = !QFileInfo::exists(m_options.workspace);
    m_store = new SqliteStore(m_options.workspace, m_window.get());
    m_window->setBackendDescription(m_store->description());
    m_window->show();
    m_store->open()
        .then(this, [this, wasNew] { onOpened(wasNew); })
        .onFailed(this, [this](const StoreError &e) { fail(e.message()); });
    return -1;
}

void AdminApplication::fail(const QString &message)
{
    m_window->messageBar()->showMessage(MessageBar::Level::Error, message);
    if (m_options.measureStartup) {
        std::fprintf(stderr, "startup failed: %s\n", qPrintable(message));
        QCoreApplication::exit(1);
    }
}

void AdminApplication::onOpened(bool wasNew)
{
    if (!(wasNew && !m_options.noSample) && !m_options.sample) {
        showPages();
        return;
    }
    SampleContent::Counts counts;
    if (m_options.smallSample)
        counts = {24, 300, 40, 30};
    m_window->messageBar()->showMessage(MessageBar::Level::Info,
                                        tr("Creating sample content in the new workspace…"));
    auto *bar = m_window->messageBar();
    SqliteStore *store = m_store;
    QtConcurrent::run([store, counts, bar] {
        guardStoreCall([&] {
            int lastPercent = -1;
            SampleContent::generate(*store, counts, [&](int done, int total) {
                const int percent = done * 100 / std::max(1, total);
                if (percent != lastPercent) {
                    lastPercent = percent;
                    QMetaObject::invokeMethod(bar, [bar, percent] {
                        bar->showMessage(MessageBar::Level::Info,
                                         tr("Creating sample content… %1%").arg(percent));
                    });
                }
                return true;
            });
        });
    })
        .then(this,
              [this] {
                  m_window->messageBar()->dismiss();
                  showPages();
              })
        .onFailed(this, [this](const StoreError &e) {
            fail(tr("Sample content could not be created: %1").arg(e.message()));
            showPages();
        });
}

void AdminApplication::showPages()
{
    QList<EntityPage *> pages;
    for (EntityKind kind : {EntityKind::Article, EntityKind::News, EntityKind::Image,
                            EntityKind::Video}) {
        auto *page = new EntityPage(kind, m_store, m_prompter.get(), m_window->messageBar());
        m_window->addPage(page);
        pages.append(page);
    }
    if (!m_options.measureStartup)
        return;
    // The figure reported is launch → the first page's first rows painted.
    auto *model = pages.first()->model();
    connect(model, &CursorTableModel::pageLoaded, this, [this, pages] {
        pages.first()->tableView()->viewport()->repaint();
        std::printf("startup_to_first_rows_ms=%lld rows=%d\n",
                    static_cast<long long>(m_sinceLaunch.elapsed()),
                    pages.first()->model()->rowCount());
        std::fflush(stdout);
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }, Qt::SingleShotConnection);
}

} // namespace ne
