// SPDX-License-Identifier: MIT
// Scrolls the Articles page of a workspace to row 100,000 the way a person holding
// Page Down would, and reports the longest UI-thread stall and the peak RSS.
// Usage: BenchAdminScroll WORKSPACE [ROWS]   (run under xvfb-run or QT_QPA_PLATFORM=offscreen)
#include "dialogs/Prompter.h"
#include "entities/EntityPage.h"
#include "paging/CursorTableModel.h"
#include "store/sqlite/SqliteStore.h"
#include "widgets/MessageBar.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <cstdio>

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

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s WORKSPACE [ROWS]\n", argv[0]);
        return 2;
    }
    const int target = argc > 2 ? std::atoi(argv[2]) : 100000;
    ne::SqliteStore store(QString::fromLocal8Bit(argv[1]));
    store.open().waitForFinished();
    ne::Prompter prompter;
    ne::MessageBar bar;
    ne::EntityPage page(ne::EntityKind::Article, &store, &prompter, &bar);
    page.resize(1400, 900);
    page.show();
    page.activate();

    // A 1 ms heartbeat: the longest gap between beats is the longest UI-thread stall.
    QElapsedTimer beat;
    beat.start();
    qint64 longestGap = 0;
    QList<QPair<qint64, int>> stalls; // (gap ms, rows loaded then) for gaps over a frame
    QTimer heartbeat;
    heartbeat.setInterval(1);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 gap = beat.restart();
        longestGap = std::max(longestGap, gap);
        if (gap > 16)
            stalls.append({gap, page.model()->rowCount()});
    });
    heartbeat.start();

    QElapsedTimer total;
    total.start();
    QTableView *view = page.tableView();
    QTimer scroller;
    scroller.setInterval(4);
    QObject::connect(&scroller, &QTimer::timeout, [&] {
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        if (page.model()->rowCount() >= target || page.model()->isExhausted()) {
            scroller.stop();
            std::printf("rows_loaded=%d elapsed_ms=%lld longest_ui_stall_ms=%lld "
                        "peak_rss_mb=%.1f\n",
                        page.model()->rowCount(), static_cast<long long>(total.elapsed()),
                        static_cast<long long>(longestGap), peakRssKiB() / 1024.0);
            for (const auto &[gap, rows] : std::as_const(stalls))
                std::printf("stall_ms=%lld at_rows=%d\n", static_cast<long long>(gap), rows);
            QTimer::singleShot(0, &app, &QCoreApplication::quit);
        }
    });
    scroller.start();
    return app.exec();
}
