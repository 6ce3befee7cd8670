// SPDX-License-Identifier: MIT
#include "UploadCommand.h"

#include "connection/ProfileStore.h"
#include "connection/SecretStore.h"
#include "store/postgres/PgStore.h"
#include "store/sqlite/SqliteStore.h"
#include "upload/UploadQueue.h"
#include "upload/UploadTotalsText.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>
#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#define ne_isatty(f) _isatty(_fileno(f))
#else
#include <unistd.h>
#define ne_isatty(f) isatty(fileno(f))
#endif

namespace ne {

namespace {
constexpr int kBarWidth = 30;
constexpr int kTtyRefreshMs = 200;
constexpr qint64 kLogLineMs = 2000; ///< without a terminal: one line every 2 s

/// Also right when called before the event loop runs (a failure found at once).
void exitLater(int code)
{
    QTimer::singleShot(0, qApp, [code] { QCoreApplication::exit(code); });
}

void print(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}
} // namespace

UploadCommand::UploadCommand(Options options)
    : m_options(std::move(options))
    , m_tty(ne_isatty(stdout) != 0)
{
    m_progress.setInterval(kTtyRefreshMs);
    connect(&m_progress, &QTimer::timeout, this, [this] { printProgress(false); });
}

UploadCommand::~UploadCommand()
{
    m_queue.reset(); // before the store it uploads to
    m_store.reset();
}

int UploadCommand::parse(const QStringList &arguments, Options *options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Uploads images and videos (files or whole folders) into the library, the way the "
           "Uploads page does: checked, deduplicated by content, and made into records."));
    parser.addHelpOption();
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       tr("Embedded workspace file to upload into."),
                                       QStringLiteral("path"));
    const QCommandLineOption pg(QStringLiteral("pg"),
                                tr("PostgreSQL to upload into (libpq conninfo or URI)."),
                                QStringLiteral("conninfo"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     tr("Saved connection profile to upload into."),
                                     QStringLiteral("name"));
    const QCommandLineOption maxVideo(QStringLiteral("max-video-mb"),
                                      tr("Largest video accepted, in MB (default %1).")
                                          .arg(options->limits.maxVideoBytes / 1000000),
                                      QStringLiteral("MB"));
    const QCommandLineOption parallel(
        QStringLiteral("parallel"),
        tr("Files uploaded at the same time (default %1).").arg(options->maxUploads),
        QStringLiteral("n"));
    parser.addOptions({workspace, pg, profile, maxVideo, parallel});
    parser.addPositionalArgument(QStringLiteral("paths"), tr("Files and folders to upload."),
                                 QStringLiteral("PATH…"));
    if (!parser.parse(arguments)) {
        print(stderr, parser.errorText() + u'\n');
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        print(stdout, parser.helpText());
        return 0;
    }
    options->workspace = parser.value(workspace);
    options->pg = parser.value(pg);
    options->profile = parser.value(profile);
    options->paths = parser.positionalArguments();
    const int targets = int(!options->workspace.isEmpty()) + int(!options->pg.isEmpty()) +
                        int(!options->profile.isEmpty());
    if (targets != 1 || options->paths.isEmpty()) {
        print(stderr, tr("Usage: nextevent-admin upload (--profile NAME | --workspace FILE | "
                         "--pg CONNINFO) PATH…\n"));
        return 2;
    }
    bool ok = true;
    if (parser.isSet(maxVideo))
        options->limits.maxVideoBytes = parser.value(maxVideo).toLongLong(&ok) * 1000000;
    if (ok && parser.isSet(parallel))
        options->maxUploads = parser.value(parallel).toInt(&ok);
    if (!ok || options->limits.maxVideoBytes <= 0 || options->maxUploads <= 0) {
        print(stderr, tr("--max-video-mb and --parallel take a positive number.\n"));
        return 2;
    }
    return -1;
}

int UploadCommand::start()
{
    if (!m_options.profile.isEmpty()) {
        connectProfile();
        return -1;
    }
    openStore();
    return -1;
}

void UploadCommand::openStore()
{
    if (!m_options.pg.isEmpty()) {
        std::unique_ptr<PgStore> store = PgStore::open(m_options.pg);
        PgStore *pg = store.get();
        m_store = std::move(store);
        pg->checkConnection()
            .then(this, [this] { run(); })
            .onFailed(this, [this](const StoreError &e) { fail(e.message()); });
        return;
    }
    auto store = std::make_unique<SqliteStore>(QDir::cleanPath(m_options.workspace));
    SqliteStore *sqlite = store.get();
    m_store = std::move(store);
    sqlite->open().then(this, [this] { run(); }).onFailed(this, [this](const StoreError &e) {
        fail(e.message());
    });
}

void UploadCommand::connectProfile()
{
    const std::optional<ConnectionProfile> profile = ProfileStore().find(m_options.profile);
    if (!profile) {
        fail(tr("There is no saved connection profile named “%1”.").arg(m_options.profile));
        return;
    }
    const auto open = [this, p = *profile](const QString &secret) {
        switch (p.kind) {
        case ConnectionProfile::Kind::Embedded:
            m_options.workspace = p.filePath;
            break;
        case ConnectionProfile::Kind::PostgreSQL:
            m_options.pg = p.conninfo(secret);
            break;
        case ConnectionProfile::Kind::Rest:
            fail(tr("REST API connections are not available in this version yet."));
            return;
        }
        openStore();
    };
    if (!profile->needsSecret()) {
        open({});
        return;
    }
    auto *secrets = new SecretStore(QStringLiteral("nextevent-admin"), true, this);
    secrets->read(profile->secretKey())
        .then(this, [this, open](const std::optional<QString> &secret) {
            if (!secret)
                fail(tr("No password is saved for profile “%1”; connect once in the app and "
                        "save it.")
                         .arg(m_options.profile));
            else
                open(*secret);
        });
}

void UploadCommand::run()
{
    UploadQueue::Options options;
    options.limits = m_options.limits;
    options.maxUploads = m_options.maxUploads;
    m_queue = std::make_unique<UploadQueue>(m_store.get(), nullptr, options);
    connect(m_queue.get(), &UploadQueue::batchFinished, this, &UploadCommand::finish);
    connect(m_queue.get(), &UploadQueue::walkingChanged, this, [this](bool walking) {
        if (!walking && m_queue->count() == 0)
            fail(tr("No files were found in %1.").arg(m_options.paths.join(QStringLiteral(", "))),
                 1);
    });
    m_sinceLine.start();
    m_progress.start();
    m_queue->addPaths(m_options.paths);
}

void UploadCommand::printProgress(bool final)
{
    const UploadQueue::Totals t = m_queue->totals();
    if (!m_tty && !final && m_sinceLine.elapsed() < kLogLineMs)
        return;
    m_sinceLine.restart();
    const int filled = t.count > 0 ? t.finished * kBarWidth / t.count : 0;
    const QString bar = QString(filled, u'#') + QString(kBarWidth - filled, u'.');
    const QString line = QStringLiteral("[%1] %2").arg(bar, UploadTotalsText::summary(t));
    if (m_tty)
        print(stdout,
              QStringLiteral("\r\033[K") + line + (final ? QStringLiteral("\n") : QString()));
    else
        print(stdout, line + u'\n');
}

void UploadCommand::finish(int done, int duplicates, int failed)
{
    m_progress.stop();
    printProgress(true);
    for (int row = 0; row < m_queue->count(); ++row) {
        const UploadItem &item = m_queue->at(row);
        if (item.state == UploadItem::State::Failed || item.state == UploadItem::State::Cancelled)
            print(stderr,
                  tr("FAILED %1: %2\n").arg(QDir::toNativeSeparators(item.path), item.message));
    }
    print(stdout, UploadTotalsText::batchResult(done, duplicates, failed) + u'\n');
    exitLater(failed > 0 ? 1 : 0);
}

void UploadCommand::fail(const QString &message, int code)
{
    print(stderr, message + u'\n');
    exitLater(code);
}

} // namespace ne
