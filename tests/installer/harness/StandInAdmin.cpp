// SPDX-License-Identifier: MIT
// Stand-in for nextevent-admin in the packaging harness: the same command line, a window,
// and an embedded workspace (SQLite file + media folder) created on start.
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("NextEvent Admin"));
    QApplication::setOrganizationName(QStringLiteral("NextEvent"));
    QApplication::setApplicationVersion(QStringLiteral(NE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.nextevent.Admin"));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspace(QStringLiteral("workspace"), QStringLiteral("Workspace file."),
                                       QStringLiteral("path"));
    const QCommandLineOption sample(QStringLiteral("sample"), QStringLiteral("Fill with sample content."));
    parser.addOption(workspace);
    parser.addOption(sample);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Files to upload."));
    parser.process(app);

    QString path = parser.value(workspace);
    if (path.isEmpty()) {
        path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
               + QStringLiteral("/workspace.nextevent");
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QDir().mkpath(QFileInfo(path).absolutePath() + QStringLiteral("/media"));
    auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(path);
    if (!db.open() || !QSqlQuery(db).exec(QStringLiteral("CREATE TABLE IF NOT EXISTS meta(k TEXT PRIMARY KEY, v TEXT)"))) {
        std::fprintf(stderr, "nextevent-admin: cannot open workspace %s: %s\n", qPrintable(path),
                     qPrintable(db.lastError().text()));
        return 1;
    }
    QLabel window(QStringLiteral("NextEvent Admin (packaging stand-in)"));
    window.show();
    return app.exec();
}
