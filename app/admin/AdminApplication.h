// SPDX-License-Identifier: MIT
#pragma once

#include "connection/ConnectionDialog.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <memory>

namespace ne {

class InstrumentedStore;
class MainWindow;
class PoolMetricsPublisher;
class ProfileStore;
class Prompter;
class Registry;
class SecretStore;
class SqliteStore;
class Store;
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
    };

    explicit AdminApplication(Options options);
    ~AdminApplication() override;

    /// Returns the process exit code when startup fails before the event loop; -1 to run.
    int start(const QElapsedTimer &sinceLaunch);

private:
    int runMigration();
    void openEmbedded(const QString &path);
    void openPostgres(const QString &conninfo);
    void openProfile(const QString &name);
    void connectProfile(const ConnectionProfile &profile, const QString &secret);
    void openConnectionDialog(const QString &select, const QString &problem = {},
                              const QString &askSecret = {});
    void upgradeSchema();
    ConnectionTester tester() const;
    void replaceStore(std::unique_ptr<Store> store, bool postgres);
    /// The backend behind the instrumented store the pages use.
    Store *backend() const;
    void onAvailabilityChanged(bool available, const QString &message);
    void onOpened(SqliteStore *store, bool wasNew);
    void showPages();
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
    bool m_postgres = false;                    ///< m_store is a PgStore
    bool m_generating = false;                  ///< sample content is being written to m_store
    bool m_reconnecting = false;
};

} // namespace ne
