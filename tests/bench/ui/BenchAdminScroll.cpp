// SPDX-License-Identifier: MIT
// Scrolls the Articles page of a workspace to row 100,000 the way a person holding
// Page Down would, and reports the longest UI-thread stall and the peak RSS. Then, in the
// same process, scrolls the baseline: a plain QTableView over an in-memory model holding
// the same rows as strings, appended through the same fetchMore protocol at the same page
// size, so our stall can be read next to what Qt alone costs on this machine at this load.
// Usage: BenchAdminScroll WORKSPACE [ROWS]   (run under xvfb-run or QT_QPA_PLATFORM=offscreen)
#include "dialogs/Prompter.h"
#include "entities/EntityPage.h"
#include "paging/CursorTableModel.h"
#include "shell/Theme.h"
#include "store/sqlite/SqliteStore.h"
#include "widgets/MessageBar.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyleFactory>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>

namespace {

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

QByteArray loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray("?");
}

/// The baseline model: every row already in memory, handed to the view a page at a time
/// on the next event-loop turn, as an asynchronous store would.
class PlainRowsModel : public QAbstractTableModel
{
public:
    PlainRowsModel(QList<QStringList> rows, QStringList headers, int pageSize)
        : m_all(std::move(rows))
        , m_headers(std::move(headers))
        , m_pageSize(pageSize)
    {}

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_loaded;
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_headers.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        return m_all.at(index.row()).at(index.column());
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
            return m_headers.value(section);
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && !m_pending && m_loaded < m_all.size();
    }
    void fetchMore(const QModelIndex &parent) override
    {
        if (!canFetchMore(parent))
            return;
        m_pending = true;
        QTimer::singleShot(0, this, [this] {
            const int n = std::min(m_pageSize, int(m_all.size()) - m_loaded);
            beginInsertRows({}, m_loaded, m_loaded + n - 1);
            m_loaded += n;
            endInsertRows();
            m_pending = false;
        });
    }
    bool isExhausted() const { return m_loaded >= m_all.size(); }

private:
    QList<QStringList> m_all;
    QStringList m_headers;
    int m_pageSize;
    int m_loaded = 0;
    bool m_pending = false;
};

/// Spins the event loop until the view shows rows, then a little longer so the window's
/// first layout and paint are done: that is start-up, measured by bench-startup.sh.
qint64 waitForFirstRows(QTableView *view)
{
    QElapsedTimer since;
    since.start();
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (view->model()->rowCount() > 0) {
            poll.stop();
            view->viewport()->repaint();
            QTimer::singleShot(300, &loop, &QEventLoop::quit);
        }
    });
    poll.start();
    loop.exec();
    return since.elapsed() - 300;
}

/// Holds the view's scroll bar at its end until `target` rows are loaded. A 1 ms
/// heartbeat runs meanwhile: the longest gap between beats is the longest UI-thread stall.
void scrollToRow(const char *label, QTableView *view, int target,
                 const std::function<bool()> &exhausted)
{
    QAbstractItemModel *model = view->model();
    QEventLoop loop;
    QElapsedTimer beat;
    beat.start();
    qint64 longestGap = 0;
    struct Stall
    {
        qint64 gapMs;
        int rows;
        qint64 endedAtMs; ///< CLOCK_MONOTONIC, to find the gap in `perf record -k mono` traces
    };
    QList<Stall> stalls;
    QTimer heartbeat;
    heartbeat.setInterval(1);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 gap = beat.restart();
        longestGap = std::max(longestGap, gap);
        if (gap > 16)
            stalls.append({gap, model->rowCount(), beat.msecsSinceReference()});
    });
    heartbeat.start();

    QElapsedTimer total;
    total.start();
    QTimer scroller;
    scroller.setInterval(4);
    QObject::connect(&scroller, &QTimer::timeout, [&] {
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        if (model->rowCount() >= target || exhausted()) {
            scroller.stop();
            heartbeat.stop();
            loop.quit();
        }
    });
    scroller.start();
    loop.exec();
    std::printf("%s rows_loaded=%d elapsed_ms=%lld longest_ui_stall_ms=%lld stalls_over_16ms=%lld "
                "peak_rss_mb=%.1f loadavg=\"%s\"\n",
                label, model->rowCount(), static_cast<long long>(total.elapsed()),
                static_cast<long long>(longestGap), static_cast<long long>(stalls.size()),
                peakRssKiB() / 1024.0, loadAverage().constData());
    for (const Stall &s : std::as_const(stalls))
        std::printf("%s stall_ms=%lld at_rows=%d ended_at_monotonic_ms=%lld\n", label,
                    static_cast<long long>(s.gapMs), s.rows, static_cast<long long>(s.endedAtMs));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s WORKSPACE [ROWS]\n", argv[0]);
        return 2;
    }
    const int target = argc > 2 ? std::atoi(argv[2]) : 100000;
    ne::Theme::apply(app); // the admin's style, as nextevent-admin sets it
    ne::SqliteStore store(QString::fromLocal8Bit(argv[1]));
    const QFuture<void> opened = store.open(); // finishes through this thread's event loop
    while (!opened.isFinished())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    ne::Prompter prompter;
    ne::MessageBar bar;
    ne::EntityPage page(ne::EntityKind::Article, &store, &prompter, &bar);
    page.resize(1400, 900);
    page.show();
    page.activate();
    ne::CursorTableModel *model = page.model();
    const qint64 firstRows = waitForFirstRows(page.tableView());
    std::printf("admin first_rows_ms=%lld (start-up, not part of the scroll)\n",
                static_cast<long long>(firstRows));
    scrollToRow("admin", page.tableView(), target, [model] { return model->isExhausted(); });

    // The baseline gets the very rows the page showed, as the strings it displayed.
    QList<QStringList> rows;
    rows.reserve(model->rowCount());
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model->columnCount(); ++c)
            cells.append(model->index(r, c).data().toString());
        rows.append(cells);
    }
    QStringList headers;
    for (int c = 0; c < model->columnCount(); ++c)
        headers.append(model->headerData(c, Qt::Horizontal).toString());
    page.hide();
    PlainRowsModel plain(std::move(rows), headers, model->pageSize());
    QTableView view;
    // Plain Qt: Fusion as Qt ships it, not the admin's style.
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    view.setModel(&plain);
    view.setStyle(fusion.get());
    for (QWidget *child : view.findChildren<QWidget *>())
        child->setStyle(fusion.get()); // a widget's style does not reach its children
    // The page's cosmetic settings, so that only the model and the page differ.
    view.verticalHeader()->hide();
    view.verticalHeader()->setDefaultSectionSize(28);
    view.setAlternatingRowColors(true);
    view.resize(page.tableView()->size());
    for (int c = 0; c < plain.columnCount(); ++c)
        view.setColumnWidth(c, page.tableView()->columnWidth(c));
    view.show();
    waitForFirstRows(&view);
    scrollToRow("baseline", &view, target, [&plain] { return plain.isExhausted(); });
    return 0;
}
