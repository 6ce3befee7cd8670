// SPDX-License-Identifier: MIT
#pragma once

#include "connection/ConnectionDialog.h"
#include "schema/EntityKind.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <memory>

namespace ne {

class EntityPage;
class InstrumentedStore;
class MainWindow;
class PoolMetricsPublisher;
class ProfileStore;
class Prompter;
class Registry;
class SecretStore;
class SqliteStore;
class Store;
class UploadJournal;
class UploadQueue;
class UploadsPage;
struct ConnectionProfile;

/// The composition root: reads the command line, opens the chosen backend (embedded
/// workspace or PostgreSQL), fills a new workspace with sample content, and wires the
/// window and its pages together. Switching backend (File > Connect…) rebuilds the pages.
class AdminApplication : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString workspace;
        bool sample = false;         ///< fill with sample content even if not new
        bool noSample = false;       ///< never fill a new workspace
        bool measureStartup = false; ///< print start-to-first-rows time, then quit
        bool smallSample = false;
        QString pg;           ///< libpq conninfo or URI (--pg)
        QString profile;      ///< saved connection profile (--profile)
        bool migrate = false; ///< create/upgrade the schema of --pg, then exit
        QStringList files;    ///< queued for upload ("Open with" from the file manager)
    };

    explicit AdminApplication(Options options);
    ~AdminApplication() override;

    /// Returns the process exit code when startup fails before the event loop; -1 to run.
    int start(const QElapsedTimer &sinceLaunch);

private:
    int runMigration();
    void openEmbedded(const QString &path);
    void openPostgres(const QString &conninfo);
    void openRest(const ConnectionProfile &profile, const QString &secret);
    void openProfile(const QString &name);
    void connectProfile(const ConnectionProfile &profile, const QString &secret);
    void openConnectionDialog(const QString &select, const QString &problem = {},
                              const QString &askSecret = {});
    void upgradeSchema();
    ConnectionTester tester() const;
    void replaceStore(std::unique_ptr<Store> store, const QByteArray &backendLabel);
    /// The backend behind the instrumented store the pages use.
    Store *backend() const;
    void onAvailabilityChanged(bool available, const QString &message);
    void onOpened(SqliteStore *store, bool wasNew);
    void showPages();
    EntityPage *makeEntityPage(EntityKind kind);
    void reportFirstRows(EntityPage *page);
    UploadsPage *addUploadsPage();
    void acceptDrops(EntityPage *page);
    void fail(const QString &message);

    Options m_options;
    QElapsedTimer m_sinceLaunch;
    std::unique_ptr<Prompter> m_prompter;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    /// This client's own measurements (Store calls, caches, pool, memory) for the
    /// dashboard; outlives the store and pages that record into it.
    std::unique_ptr<Registry> m_metrics;
    std::unique_ptr<PoolMetricsPublisher> m_poolMetrics;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<InstrumentedStore> m_store; ///< outlives the pages built on it
    /// The upload queue of m_store (and its journal): outlives the pages, not the store.
    std::unique_ptr<UploadJournal> m_uploadJournal;
    std::unique_ptr<UploadQueue> m_uploads;
    QPointer<UploadsPage> m_uploadsPage;
    bool m_postgres = false;   ///< m_store is a PgStore
    bool m_generating = false; ///< sample content is being written to m_store
    bool m_reconnecting = false;
};

} // namespace ne
