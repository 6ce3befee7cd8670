// SPDX-License-Identifier: MIT
// Stand-in for nextevent-server in the packaging harness: the same command line, no server.
#include <QCoreApplication>
#include <QCommandLineParser>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral(NE_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("NextEvent v2 REST API server (packaging stand-in)"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("config"), QStringLiteral("Configuration file."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("migrate"), QStringLiteral("Migrate the schema and exit.")});
    parser.process(app);
    std::fprintf(stderr, "nextevent-server stand-in: nothing to serve\n");
    return 1;
}
