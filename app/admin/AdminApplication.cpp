// SPDX-License-Identifier: MIT
#include "AdminApplication.h"

#include "concurrency/PoolRun.h"
#include "concurrency/WorkerPool.h"
#include "connection/ProfileStore.h"
#include "connection/SecretStore.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/PgStatsMetricsSource.h"
#include "dialogs/Prompter.h"
#include "entities/EntityPage.h"
#include "metrics/ProcessSampler.h"
#include "metrics/Registry.h"
#include "paging/CursorTableModel.h"
#include "paging/ThumbnailCache.h"
#include "sample/SampleContent.h"
#include "shell/Icons.h"
#include "shell/MainWindow.h"
#include "store/InstrumentedStore.h"
#include "store/postgres/PgStore.h"
#include "store/postgres/PoolMetricsPublisher.h"
#include "store/rest/RestClient.h"
#include "store/rest/RestStore.h"
#include "store/sqlite/SqliteStore.h"
#include "upload/UploadJournal.h"
#include "upload/UploadQueue.h"
#include "uploads/FileDropFilter.h"
#include "uploads/UploadStatusWidget.h"
#include "uploads/UploadsPage.h"
#include "widgets/MessageBar.h"

#include <QCryptographicHash>
#include <QStandardPaths>

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <cstdio>

namespace ne {

namespace {

/// "PostgreSQL — editor@db:5432/nextevent" from the pool's password-free conninfo.
QString pgLabel(const QString &safeConninfo)
{
    static const QRegularExpression pair(QStringLiteral("(\\w+)='((?:[^'\\\\]|\\\\.)*)'"));
    QHash<QString, QString> values;
    for (const QRegularExpressionMatch &match : pair.globalMatch(safeConninfo))
        values.insert(match.captured(1), match.captured(2));
    if (!values.contains(QStringLiteral("host")))
        return AdminApplication::tr("PostgreSQL — %1").arg(safeConninfo);
    return AdminApplication::tr("PostgreSQL — %1@%2:%3/%4")
        .arg(values.value(QStringLiteral("user")), values.value(QStringLiteral("host")),
             values.value(QStringLiteral("port"), QStringLiteral("5432")),
             values.value(QStringLiteral("dbname")));
}

/// What a REST profile and its secret (API key or password) make; the secret stays in
/// memory, in the store's client.
RestSettings restSettings(const ConnectionProfile &profile, const QString &secret)
{
    RestSettings s;
    s.baseUrl = QUrl(profile.restUrl.trimmed());
    if (profile.restAuth == ConnectionProfile::RestAuth::ApiKey) {
        s.apiKey = secret;
    } else {
        s.username = profile.restUser;
        s.password = secret;
    }
    s.pinnedSha256 = profile.restPinnedSha256.toLatin1();
    // One thumbnail cache per server: media URLs are only unique within one.
    s.cacheDirectory = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                       QStringLiteral("/rest-media/") +
                       QString::fromLatin1(QCryptographicHash::hash(s.baseUrl.toEncoded(),
                                                                    QCryptographicHash::Sha256)
                                               .toHex()
                                               .left(16));
    // Unfinished tus uploads, so that the upload queue resumes them after a restart.
    s.uploadStateFile = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                        QStringLiteral("/rest-uploads.json");
    return s;
}

/// A future that fails with error, off the UI thread like every other test.
QFuture<void> failed(const StoreError &error)
{
    return runOnPool(workerPool(), [error] { error.raise(); });
}

} // namespace

AdminApplication::AdminApplication(Options options)
    : m_options(std::move(options))
    , m_prompter(std::make_unique<Prompter>())
    , m_profiles(std::make_unique<ProfileStore>())
    , m_secrets(std::make_unique<SecretStore>(QStringLiteral("nextevent-admin")))
    , m_metrics(std::make_unique<Registry>())
    , m_poolMetrics(std::make_unique<PoolMetricsPublisher>(*m_metrics))
{
    ProcessSampler::install(*m_metrics);
}

AdminApplication::~AdminApplication()
{
    m_window.reset(); // pages (and dialogs) before the store they use
    m_uploads.reset();
    m_uploadJournal.reset();
    m_store.reset();
}

int AdminApplication::start(const QElapsedTimer &sinceLaunch)
{
    m_sinceLaunch = sinceLaunch;
    if (m_options.migrate)
        return runMigration();
    if (!m_options.profile.isEmpty() && !m_profiles->find(m_options.profile)) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(
                tr("There is no saved connection profile named “%1”.").arg(m_options.profile)));
        return 2;
    }
    m_window = std::make_unique<MainWindow>();
    connect(m_window.get(), &MainWindow::connectRequested, this,
            [this] { openConnectionDialog({}); });
    connect(m_window.get(), &MainWindow::schemaUpgradeRequested, this,
            &AdminApplication::upgradeSchema);
    m_window->show();
    if (!m_options.pg.isEmpty())
        openPostgres(m_options.pg);
    else if (!m_options.profile.isEmpty())
        openProfile(m_options.profile);
    else
        openEmbedded(m_options.workspace);
    return -1;
}

int AdminApplication::runMigration()
{
    if (m_options.pg.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(tr("--migrate needs --pg CONNINFO.")));
        return 2;
    }
    auto store = std::make_shared<PgStore>(PgRepository::connect(m_options.pg), false);
    const auto finish = [store](int code, const QString &text) {
        std::fprintf(code == 0 ? stdout : stderr, "%s\n", qPrintable(text));
        std::fflush(stdout);
        QCoreApplication::exit(code);
    };
    store->migrate()
        .then(this, [store] { return store->schemaVersion(); })
        .unwrap()
        .then(this,
              [store, finish](int version) {
                  finish(0, tr("The schema of %1 is at version %2.")
                                .arg(store->repository()->pool()->safeConninfo())
                                .arg(version));
              })
        .onFailed(this, [finish](const StoreError &e) {
            finish(1, tr("The schema could not be created or upgraded: %1").arg(e.message()));
        });
    return -1;
}

void AdminApplication::replaceStore(std::unique_ptr<Store> store, const QByteArray &backendLabel)
{
    m_window->clearPages();
    m_window->messageBar()->dismiss();
    m_uploads.reset(); // its files continue when this backend is opened again
    m_uploadJournal.reset();
    // The old store goes only after its pages.
    m_store = std::make_unique<InstrumentedStore>(std::move(store), backendLabel, *m_metrics);
    auto *pg = qobject_cast<PgStore *>(backend());
    m_poolMetrics->watch(pg ? pg->repository()->pool() : nullptr);
    m_postgres = pg != nullptr;
    m_reconnecting = false;
    m_window->setReconnecting(false);
    m_window->setSchemaActionEnabled(m_postgres);
    m_window->setBackendDescription(m_store->description());
    connect(m_store.get(), &Store::availabilityChanged, this,
            &AdminApplication::onAvailabilityChanged);
}

Store *AdminApplication::backend() const
{
    return m_store ? m_store->inner() : nullptr;
}

void AdminApplication::onAvailabilityChanged(bool available, const QString &message)
{
    // The backend's message says why (shown as the indicator's tooltip); the bar says
    // what happens, and that nothing typed is lost.
    m_window->setReconnecting(!available, message);
    if (!available) {
        m_reconnecting = true;
        m_window->messageBar()->showMessage(
            MessageBar::Level::Warning,
            m_postgres ? tr("Reconnecting to PostgreSQL… Forms keep what you typed.")
                       : tr("Reconnecting… Forms keep what you typed."));
    } else if (m_reconnecting) {
        m_reconnecting = false;
        m_window->messageBar()->dismiss();
    }
}

void AdminApplication::openEmbedded(const QString &path)
{
    const bool wasNew = !QFileInfo::exists(path);
    auto store = std::make_unique<SqliteStore>(path);
    SqliteStore *sqlite = store.get();
    replaceStore(std::move(store), QByteArrayLiteral("sqlite"));
    sqlite->open()
        .then(this, [this, sqlite, wasNew] { onOpened(sqlite, wasNew); })
        .onFailed(this, [this](const StoreError &e) { fail(e.message()); });
}

void AdminApplication::openPostgres(const QString &conninfo)
{
    std::unique_ptr<PgStore> store = PgStore::open(conninfo);
    PgStore *pg = store.get();
    replaceStore(std::move(store), QByteArrayLiteral("postgres"));
    m_window->setBackendDescription(pgLabel(pg->repository()->pool()->safeConninfo()));
    m_window->messageBar()->showMessage(MessageBar::Level::Info, tr("Connecting to PostgreSQL…"));
    pg->checkConnection()
        .then(this,
              [this] {
                  m_window->messageBar()->dismiss();
                  showPages();
              })
        .onFailed(this, [this, pg](const StoreError &e) {
            if (backend() != pg)
                return;
            fail(e.message());
        });
}

void AdminApplication::openProfile(const QString &name)
{
    const std::optional<ConnectionProfile> profile = m_profiles->find(name);
    if (!profile) {
        openConnectionDialog({}, tr("There is no saved connection profile named “%1”.").arg(name));
        return;
    }
    if (!profile->needsSecret()) {
        connectProfile(*profile, {});
        return;
    }
    // Once per session without a keychain: no secret known → the dialog asks for it.
    m_secrets->read(profile->secretKey())
        .then(this, [this, p = *profile](const std::optional<QString> &secret) {
            if (secret)
                connectProfile(p, *secret);
            else
                openConnectionDialog(p.name, {}, tr("Enter the password for %1.").arg(p.summary()));
        });
}

void AdminApplication::connectProfile(const ConnectionProfile &profile, const QString &secret)
{
    switch (profile.kind) {
    case ConnectionProfile::Kind::Embedded:
        openEmbedded(QDir::cleanPath(profile.filePath));
        return;
    case ConnectionProfile::Kind::PostgreSQL:
        openPostgres(profile.conninfo(secret));
        return;
    case ConnectionProfile::Kind::Rest:
        openRest(profile, secret);
        return;
    }
}

void AdminApplication::openRest(const ConnectionProfile &profile, const QString &secret)
{
    auto store = std::make_unique<RestStore>(restSettings(profile, secret));
    RestStore *rest = store.get();
    replaceStore(std::move(store), QByteArrayLiteral("rest"));
    // The one renewal of an expired login failed (password changed?): ask the person.
    connect(rest->client(), &RestClient::loginFailed, this,
            [this, rest, name = profile.name](const QString &why) {
                if (backend() == rest)
                    openConnectionDialog(name, why, tr("Sign in again to continue."));
            });
    m_window->messageBar()->showMessage(MessageBar::Level::Info,
                                        tr("Connecting to %1…").arg(profile.restUrl));
    rest->checkConnection()
        .then(this,
              [this, rest] {
                  if (backend() != rest)
                      return;
                  m_window->messageBar()->dismiss();
                  showPages();
              })
        .onFailed(this, [this, rest](const StoreError &e) {
            if (backend() == rest)
                fail(e.message());
        });
}

void AdminApplication::openConnectionDialog(const QString &select, const QString &problem,
                                            const QString &askSecret)
{
    if (m_generating) {
        m_window->messageBar()->showMessage(
            MessageBar::Level::Info,
            tr("Sample content is still being created; connect when it is done."));
        return;
    }
    auto *dialog =
        new ConnectionDialog(m_profiles.get(), m_secrets.get(), tester(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!select.isEmpty())
        dialog->selectProfile(select);
    if (!problem.isEmpty())
        dialog->showProblem(problem);
    if (!askSecret.isEmpty())
        dialog->askForSecret(askSecret);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { connectProfile(dialog->profile(), dialog->secret()); });
    dialog->open();
}

ConnectionTester AdminApplication::tester() const
{
    return [](const ConnectionProfile &profile, const QString &secret) -> QFuture<void> {
        switch (profile.kind) {
        case ConnectionProfile::Kind::Embedded:
            return runOnPool(workerPool(), [path = profile.filePath] {
                const QFileInfo file(path);
                const QFileInfo dir(file.absolutePath());
                if (file.exists() ? !file.isWritable() : !(dir.isDir() && dir.isWritable()))
                    StoreError(StoreError::Kind::Unavailable,
                               tr("The workspace file cannot be written here: %1")
                                   .arg(QDir::toNativeSeparators(path)))
                        .raise();
            });
        case ConnectionProfile::Kind::PostgreSQL:
            return runOnPool(workerPool(), [conninfo = profile.conninfo(secret)] {
                guardStoreCall([&] { PgRepository::connect(conninfo)->checkConnection(); });
            });
        case ConnectionProfile::Kind::Rest: {
            RestSettings settings = restSettings(profile, secret);
            settings.liveEvents = false;
            settings.cacheDirectory.clear();
            // The store lives until its check has answered; deleted later, never inside
            // the reply handler that finishes the check.
            std::shared_ptr<RestStore> store(new RestStore(settings),
                                             [](RestStore *s) { s->deleteLater(); });
            QFuture<void> check = store->checkConnection();
            check.then([store] {}).onFailed([store] {});
            return check;
        }
        }
        return failed(StoreError(StoreError::Kind::Unavailable, tr("Unknown connection kind.")));
    };
}

void AdminApplication::upgradeSchema()
{
    auto *pg = qobject_cast<PgStore *>(backend());
    if (!pg)
        return;
    m_prompter->confirm(
        m_window.get(), tr("Create or upgrade schema"),
        tr("Create the NextEvent tables in this database, or upgrade them to version %1? "
           "Other editors can keep working; this needs a user allowed to change the schema.")
            .arg(PgRepository::supportedSchemaVersion()),
        [this, pg](bool yes) {
            if (!yes || backend() != pg)
                return;
            m_window->messageBar()->showMessage(MessageBar::Level::Info,
                                                tr("Upgrading the schema…"));
            pg->migrate()
                .then(this,
                      [this, pg] {
                          if (backend() != pg)
                              return;
                          m_window->clearPages();
                          m_window->messageBar()->showMessage(
                              MessageBar::Level::Info,
                              tr("The schema is at version %1.")
                                  .arg(PgRepository::supportedSchemaVersion()));
                          showPages();
                      })
                .onFailed(this, [this](const StoreError &e) {
                    m_window->messageBar()->showMessage(MessageBar::Level::Error, e.message());
                });
        });
}

void AdminApplication::fail(const QString &message)
{
    m_window->messageBar()->showMessage(MessageBar::Level::Error, message, tr("Connect…"),
                                        [this] { openConnectionDialog({}); });
    if (m_options.measureStartup) {
        std::fprintf(stderr, "startup failed: %s\n", qPrintable(message));
        QCoreApplication::exit(1);
    }
}

void AdminApplication::onOpened(SqliteStore *store, bool wasNew)
{
    if (!(wasNew && !m_options.noSample) && !m_options.sample) {
        showPages();
        return;
    }
    SampleContent::Counts counts;
    if (m_options.smallSample)
        counts = {24, 300, 40, 30};
    m_window->messageBar()->showMessage(MessageBar::Level::Info,
                                        tr("Creating sample content in the new workspace…"));
    auto *bar = m_window->messageBar();
    m_generating = true;
    auto generate = [store, counts, bar] {
        guardStoreCall([&] {
            int lastPercent = -1;
            SampleContent::generate(*store, counts, [&](int done, int total) {
                const int percent = done * 100 / std::max(1, total);
                if (percent != lastPercent) {
                    lastPercent = percent;
                    QMetaObject::invokeMethod(bar, [bar, percent] {
                        bar->showMessage(MessageBar::Level::Info,
                                         tr("Creating sample content… %1%").arg(percent));
                    });
                }
                return true;
            });
        });
    };
    runOnPool(workerPool(), generate)
        .then(this,
              [this] {
                  m_generating = false;
                  m_window->messageBar()->dismiss();
                  showPages();
              })
        .onFailed(this, [this](const StoreError &e) {
            m_generating = false;
            fail(tr("Sample content could not be created: %1").arg(e.message()));
            showPages();
        });
}

UploadsPage *AdminApplication::addUploadsPage()
{
    if (!m_uploads) {
        // One queue file per backend, named by its description (no secrets in it), so a
        // batch continues when the same workspace or database is opened again.
        const QByteArray key =
            QCryptographicHash::hash(m_store->description().toUtf8(), QCryptographicHash::Sha1);
        const QString path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                             QStringLiteral("/uploads/") +
                             QString::fromLatin1(key.toHex().left(16)) + QStringLiteral(".sqlite");
        m_uploadJournal = std::make_unique<UploadJournal>(path);
        m_uploads = std::make_unique<UploadQueue>(m_store.get(), m_uploadJournal.get(),
                                                  UploadQueue::Options());
        m_uploads->restore().onFailed(this, [this](const StoreError &e) {
            m_window->messageBar()->showMessage(MessageBar::Level::Warning, e.message());
        });
    }
    auto *page = new UploadsPage(m_uploads.get(), m_store.get(), m_window->messageBar());
    m_uploadsPage = page;
    m_window->addPage(page);
    m_window->addStatusWidget(page->statusWidget());
    connect(page->statusWidget(), &UploadStatusWidget::clicked, this,
            [this, page] { m_window->selectPage(page); });
    if (!m_options.files.isEmpty()) {
        page->addPaths(std::exchange(m_options.files, {}));
        m_window->selectPage(page);
    }
    return page;
}

void AdminApplication::showPages()
{
    // Pages are built when first shown: start-up pays only for the one on screen. The
    // Uploads page is built now: files dropped on media pages and files named on the command
    // line go to its queue.
    m_window->addPage(EntityPage::titleOf(EntityKind::Article),
                      EntityPage::iconOf(EntityKind::Article), [this] {
                          EntityPage *page = makeEntityPage(EntityKind::Article);
                          if (m_options.measureStartup)
                              reportFirstRows(page); // before it is shown, and so activated
                          return page;
                      });
    for (EntityKind kind : {EntityKind::News, EntityKind::Image, EntityKind::Video}) {
        m_window->addPage(EntityPage::titleOf(kind), EntityPage::iconOf(kind), [this, kind] {
            EntityPage *page = makeEntityPage(kind);
            if (kind != EntityKind::News)
                acceptDrops(page);
            return page;
        });
    }
    addUploadsPage();
    m_window->addPage(DashboardPage::tr("Dashboard"), Icons::get("dashboard"), [this] {
        // Admins add the API's /metrics URL on the page; the network manager lives as long
        // as the window, on the UI thread like every QNetworkAccessManager here.
        auto *network = m_window->findChild<QNetworkAccessManager *>();
        if (!network)
            network = new QNetworkAccessManager(m_window.get());
        auto *dashboard = new DashboardPage(network, m_metrics.get());
        if (auto *pg = qobject_cast<PgStore *>(backend())) {
            const auto &pool = pg->repository()->pool();
            dashboard->addSource(new PgStatsMetricsSource(pool, pgLabel(pool->safeConninfo())));
        }
        if (auto *rest = qobject_cast<RestStore *>(backend())) {
            // The current REST profile's server publishes its Prometheus text at /metrics;
            // its scrapes trust the same pinned certificate as the profile's requests.
            dashboard->setPinnedServer(rest->client()->settings().baseUrl,
                                       rest->client()->settings().pinnedSha256);
            dashboard->addUrlSource(
                rest->client()->settings().baseUrl.resolved(QUrl(QStringLiteral("/metrics"))));
        }
        return dashboard;
    });
}

EntityPage *AdminApplication::makeEntityPage(EntityKind kind)
{
    auto *page = new EntityPage(kind, m_store.get(), m_prompter.get(), m_window->messageBar());
    if (ThumbnailCache *cache = page->model()->thumbnailCache()) {
        auto &hits = m_metrics->counter("cache_hits_total", "Cache lookups answered.", {"cache"});
        auto &misses = m_metrics->counter("cache_misses_total", "Cache lookups missed.", {"cache"});
        cache->setLookupCounters(&hits.withLabels({"thumbnails"}),
                                 &misses.withLabels({"thumbnails"}));
    }
    return page;
}

void AdminApplication::acceptDrops(EntityPage *page)
{
    // Files dropped on the Images or Videos page are uploaded.
    auto *drops = new FileDropFilter(page);
    connect(drops, &FileDropFilter::pathsDropped, this, [this](const QStringList &paths) {
        m_uploadsPage->addPaths(paths);
        m_window->messageBar()->showMessage(
            MessageBar::Level::Info,
            tr("%n item(s) added to the uploads.", nullptr, int(paths.size())), tr("Show uploads"),
            [this] { m_window->selectPage(m_uploadsPage); });
    });
}

void AdminApplication::reportFirstRows(EntityPage *page)
{
    // The figure reported is launch → the first page's first rows painted.
    connect(
        page->model(), &CursorTableModel::pageLoaded, this,
        [this, page] {
            page->tableView()->viewport()->repaint();
            std::printf("startup_to_first_rows_ms=%lld rows=%d\n",
                        static_cast<long long>(m_sinceLaunch.elapsed()), page->model()->rowCount());
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        },
        Qt::SingleShotConnection);
}

} // namespace ne
