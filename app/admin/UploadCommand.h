// SPDX-License-Identifier: MIT
#pragma once

#include "upload/FileInspector.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <memory>

namespace ne {

class Store;
class UploadQueue;

/// `nextevent-admin upload`: the Uploads page's pipeline without a window, for scripted
/// imports. Prints a text progress bar, lists each failed file with its reason on stderr,
/// and exits non-zero if any file failed. Files already in the library count as success,
/// so running the same import twice is safe.
class UploadCommand : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString workspace;
        QString pg;
        QString profile;
        QStringList paths;
        UploadLimits limits;
        int maxUploads = 3;
    };

    explicit UploadCommand(Options options);
    ~UploadCommand() override;

    /// Parses `upload …` arguments (after the word "upload"). Returns an exit code when
    /// the command line is wrong or asks for --help, else -1 and fills options.
    static int parse(const QStringList &arguments, Options *options);
    /// Returns an exit code when it cannot start; -1 to run the event loop.
    int start();

private:
    void openStore();
    void connectProfile();
    void run();
    void printProgress(bool final);
    void finish(int done, int duplicates, int failed);
    /// Exit codes: 1 nothing to upload, 3 the backend cannot be opened (man page).
    void fail(const QString &message, int code = 3);

    Options m_options;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<UploadQueue> m_queue;
    QTimer m_progress;
    QElapsedTimer m_sinceLine;
    bool m_tty = false;
};

} // namespace ne
