// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <memory>

namespace ne {

class MainWindow;
class Prompter;
class SqliteStore;

/// The composition root: reads the command line, opens the chosen backend, fills a new
/// workspace with sample content, and wires the window and its pages together.
class AdminApplication : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString workspace;
        bool sample = false;        ///< fill with sample content even if not new
        bool noSample = false;      ///< never fill a new workspace
        bool measureStartup = false;///< print start-to-first-rows time, then quit
        bool smallSample = false;
    };

    explicit AdminApplication(Options options);
    ~AdminApplication() override;

    /// Returns the process exit code when startup fails before the event loop; -1 to run.
    int start(const QElapsedTimer &sinceLaunch);

private:
    void onOpened(bool wasNew);
    void showPages();
    void fail(const QString &message);

    Options m_options;
    QElapsedTimer m_sinceLaunch;
    std::unique_ptr<Prompter> m_prompter;
    std::unique_ptr<MainWindow> m_window;
    SqliteStore *m_store = nullptr;
};

} // namespace ne
