// SPDX-License-Identifier: MIT
// The floor for nextevent-admin --measure-startup: a bare QMainWindow with a 100-row
// QTableView, timed from main() to its first rows painted, exactly as the app times itself.
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace {

class FirstPaint : public QObject
{
public:
    explicit FirstPaint(const QElapsedTimer &since)
        : m_since(since)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // The paint event is about to be handled; report after it has been.
            QTimer::singleShot(0, this, [this] {
                std::printf("startup_to_first_rows_ms=%lld rows=100\n",
                            static_cast<long long>(m_since.elapsed()));
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_since;
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer since;
    since.start();
    QApplication app(argc, argv);
    QStandardItemModel model(100, 6);
    for (int row = 0; row < 100; ++row)
        for (int column = 0; column < 6; ++column)
            model.setItem(
                row, column,
                new QStandardItem(QStringLiteral("Row %1, column %2").arg(row).arg(column)));
    QMainWindow window;
    auto *view = new QTableView(&window);
    view->setModel(&model);
    window.setCentralWidget(view);
    FirstPaint probe(since);
    view->viewport()->installEventFilter(&probe);
    window.resize(1280, 800);
    window.show();
    return app.exec();
}
