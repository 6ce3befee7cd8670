// SPDX-License-Identifier: MIT
// nextevent-admin: command line and start-up only; everything reusable lives in ui/ and models/.
#include "AdminApplication.h"
#include "UploadCommand.h"
#include "shell/Theme.h"
#include "shell/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <algorithm>
#include <cstring>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("NextEvent"));
    QCoreApplication::setApplicationName(QStringLiteral("nextevent-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NE_VERSION));
}

/// `nextevent-admin upload …`: no window and no display needed.
int runUpload(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setIdentity();
    ne::Translations::install(app);
    // Each damaged file gets its own clear line; the decoders' own chatter is noise here.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.gui.imageio*=false"));
    QStringList arguments = app.arguments();
    arguments.removeAt(1);                                          // "upload"
    arguments.replace(0, QStringLiteral("nextevent-admin upload")); // for --help
    ne::UploadCommand::Options options;
    if (const int code = ne::UploadCommand::parse(arguments, &options); code >= 0)
        return code;
    ne::UploadCommand command(options);
    if (const int code = command.start(); code >= 0)
        return code;
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && std::strcmp(argv[1], "upload") == 0)
        return runUpload(argc, argv);
    QElapsedTimer sinceLaunch;
    sinceLaunch.start();
    // --migrate opens no window, so it must also work on a server without a display.
    const bool migrateOnly = std::any_of(
        argv, argv + argc, [](const char *arg) { return std::strcmp(arg, "--migrate") == 0; });
    if (migrateOnly && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    setIdentity();
    ne::Translations::install(app);
    QApplication::setApplicationDisplayName(QStringLiteral("NextEvent Admin"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.nextevent.Admin"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Desktop administration for the NextEvent platform.\n\n"
                "nextevent-admin upload --help: upload files and folders without a window."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QString defaultWorkspace =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
        QStringLiteral("/workspace.nextevent");
    QCommandLineOption workspace(
        QStringLiteral("workspace"),
        QApplication::translate("main", "Embedded workspace file to open (default: %1).")
            .arg(defaultWorkspace),
        QStringLiteral("path"), defaultWorkspace);
    QCommandLineOption sample(
        QStringLiteral("sample"),
        QApplication::translate("main", "Add sample content to the workspace."));
    QCommandLineOption noSample(
        QStringLiteral("no-sample"),
        QApplication::translate("main", "Do not add sample content to a new workspace."));
    QCommandLineOption smallSample(
        QStringLiteral("small-sample"),
        QApplication::translate("main", "Make the sample content small (for quick tests)."));
    QCommandLineOption measure(
        QStringLiteral("measure-startup"),
        QApplication::translate("main", "Print the time from launch to the first rows painted, "
                                        "then quit (benchmarks)."));
    QCommandLineOption pg(
        QStringLiteral("pg"),
        QApplication::translate("main", "Connect to PostgreSQL (libpq conninfo or URI; the "
                                        "password can come from PGPASSWORD or ~/.pgpass)."),
        QStringLiteral("conninfo"));
    QCommandLineOption profile(
        QStringLiteral("profile"),
        QApplication::translate("main", "Connect with the saved connection profile <name>."),
        QStringLiteral("name"));
    QCommandLineOption migrate(
        QStringLiteral("migrate"),
        QApplication::translate("main", "With --pg: create or upgrade the database schema, "
                                        "print the result and exit."));
    parser.addOptions({workspace, sample, noSample, smallSample, measure, pg, profile, migrate});
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "Images and videos to upload."),
                                 QStringLiteral("[files…]"));
    parser.process(app);

    ne::Theme::apply(app);
    ne::AdminApplication admin({QDir::cleanPath(parser.value(workspace)), parser.isSet(sample),
                                parser.isSet(noSample), parser.isSet(measure),
                                parser.isSet(smallSample), parser.value(pg), parser.value(profile),
                                parser.isSet(migrate), parser.positionalArguments()});
    if (const int code = admin.start(sinceLaunch); code >= 0)
        return code;
    return app.exec();
}
