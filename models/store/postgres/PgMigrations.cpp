// SPDX-License-Identifier: MIT
// Schema creation and upgrades from the SQL files in resources/sql/postgres.
#include "store/postgres/PgRepositoryPrivate.h"

#include <QFile>

namespace ne {

namespace {

/// The migrations in order; file N brings the schema to version N.
const QStringList &migrationFiles()
{
    static const QStringList files{QStringLiteral(":/sql/postgres/001_initial.sql"),
                                   QStringLiteral(":/sql/postgres/002_media_outside.sql"),
                                   QStringLiteral(":/sql/postgres/003_enum_filters_only.sql"),
                                   QStringLiteral(":/sql/postgres/004_trigram_pending_lists.sql"),
                                   QStringLiteral(":/sql/postgres/005_text_side_tables.sql")};
    return files;
}

std::string readMigration(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(
            StoreError::Kind::Server,
            StoreError::tr("The schema file %1 is missing from this build.").arg(path));
    return file.readAll().toStdString();
}

} // namespace

int PgRepository::supportedSchemaVersion()
{
    return int(migrationFiles().size());
}

void PgRepository::migrate()
{
    d->withConnection(
        [&](pqxx::connection &c) {
            pqxx::work tx(c);
            tx.exec("SET LOCAL statement_timeout = 0");
            tx.exec("SELECT pg_advisory_xact_lock(7346011)"); // one migrator at a time
            const int current = Private::readSchemaVersion(tx);
            if (current > supportedSchemaVersion())
                throw StoreError(StoreError::Kind::Forbidden,
                                 StoreError::tr("This database has schema version %1, newer than "
                                                "this application knows (%2). Update the "
                                                "application.")
                                     .arg(current)
                                     .arg(supportedSchemaVersion()));
            for (int v = current + 1; v <= supportedSchemaVersion(); ++v)
                tx.exec(readMigration(migrationFiles().at(v - 1)));
            if (const auto repaired = tx.exec1("SELECT ne_text_resync()")[0].as<long long>())
                qInfo("Schema upgrade: %lld rows of the title and search side tables were out of "
                      "date and were rewritten.",
                      repaired);
            tx.commit();
        },
        false);
    d->verifiedSchema.store(supportedSchemaVersion());
}

} // namespace ne
