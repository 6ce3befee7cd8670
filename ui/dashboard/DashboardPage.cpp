// SPDX-License-Identifier: MIT
#include "dashboard/DashboardPage.h"

#include "dashboard/DashboardFormat.h"
#include "dashboard/HttpMetricsSource.h"
#include "dashboard/KpiTileRow.h"
#include "dashboard/RegistryMetricsSource.h"
#include "dashboard/RouteTableModel.h"
#include "dashboard/SourceMonitor.h"

#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ne {

namespace {
QString clock(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("HH:mm:ss"));
}
} // namespace

DashboardPage::DashboardPage(QNetworkAccessManager *network, const Registry *clientRegistry,
                             QWidget *parent)
    : AdminPage(parent)
    , m_network(network)
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("alertBannerLabel"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #c62828; color: white;"
                                           " padding: 8px 12px; border-radius: 4px;"
                                           " font-weight: bold; }"));
    m_banner->hide();
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("sourceStatusLabel"));
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);
    layout->addWidget(createToolbar());
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_banner);
    m_tiles = new KpiTileRow;
    layout->addWidget(m_tiles);
    layout->addWidget(createCharts(), 3);
    layout->addWidget(createBottom(), 2);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, &DashboardPage::refreshNow);
    if (clientRegistry)
        addMonitor(
            new SourceMonitor(new RegistryMetricsSource(*clientRegistry, tr("This client"))));
    updateView();
}

DashboardPage::~DashboardPage() = default;

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

QIcon DashboardPage::icon() const
{
    // The shell's own icon set (nextevent_ui's resources) when linked in, else the theme's.
    const QString own = QStringLiteral(":/icons/ui/dashboard.svg");
    if (QFile::exists(own))
        return QIcon(own);
    return QIcon::fromTheme(QStringLiteral("utilities-system-monitor"));
}

void DashboardPage::activate()
{
    m_active = true;
    if (!m_paused) {
        m_timer.start();
        refreshNow();
    }
}

void DashboardPage::deactivate()
{
    m_active = false;
    m_timer.stop();
}

QWidget *DashboardPage::createToolbar()
{
    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_sourceCombo = new QComboBox;
    m_sourceCombo->setObjectName(QStringLiteral("sourceCombo"));
    m_sourceCombo->setMinimumContentsLength(24);
    m_sourceCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_sourceCombo, &QComboBox::currentIndexChanged, this, [this] { updateView(); });
    m_urlEdit = new QLineEdit;
    m_urlEdit->setObjectName(QStringLiteral("urlEdit"));
    m_urlEdit->setPlaceholderText(tr("http://api.example.org:8080/metrics"));
    m_urlEdit->setClearButtonEnabled(true);
    auto *add = new QPushButton(tr("Add source"));
    add->setObjectName(QStringLiteral("addSourceButton"));
    connect(add, &QPushButton::clicked, this, &DashboardPage::addUrlFromEdit);
    connect(m_urlEdit, &QLineEdit::returnPressed, this, &DashboardPage::addUrlFromEdit);

    m_windowCombo = new QComboBox;
    m_windowCombo->setObjectName(QStringLiteral("windowCombo"));
    for (const auto &[label, minutes] : {std::pair{tr("5 min"), 5}, std::pair{tr("15 min"), 15},
                                         std::pair{tr("1 h"), 60}, std::pair{tr("6 h"), 360}})
        m_windowCombo->addItem(label, qint64(minutes) * 60 * 1000);
    m_windowCombo->setCurrentIndex(1);
    connect(m_windowCombo, &QComboBox::currentIndexChanged, this,
            [this] { setWindowMs(m_windowCombo->currentData().toLongLong()); });
    m_refreshSpin = new QSpinBox;
    m_refreshSpin->setObjectName(QStringLiteral("refreshSpinBox"));
    m_refreshSpin->setRange(1, 60);
    m_refreshSpin->setValue(5);
    m_refreshSpin->setSuffix(tr(" s"));
    connect(m_refreshSpin, &QSpinBox::valueChanged, this, &DashboardPage::setRefreshSeconds);
    m_pauseButton = new QPushButton(tr("Pause"));
    m_pauseButton->setObjectName(QStringLiteral("pauseButton"));
    m_pauseButton->setCheckable(true);
    connect(m_pauseButton, &QPushButton::toggled, this, &DashboardPage::setPaused);

    row->addWidget(new QLabel(tr("Source:")));
    row->addWidget(m_sourceCombo);
    row->addWidget(m_urlEdit, 1);
    row->addWidget(add);
    row->addSpacing(16);
    row->addWidget(new QLabel(tr("Window:")));
    row->addWidget(m_windowCombo);
    row->addWidget(new QLabel(tr("Refresh every")));
    row->addWidget(m_refreshSpin);
    row->addWidget(m_pauseButton);
    return bar;
}

QWidget *DashboardPage::createCharts()
{
    auto *box = new QWidget;
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(12);
    const QColor blue(0x1e, 0x88, 0xe5), orange(0xfb, 0x8c, 0x00), purple(0x8e, 0x24, 0xaa),
        green(0x43, 0xa0, 0x47), red(0xe5, 0x39, 0x35), grey(0x75, 0x75, 0x75);
    auto *latency = new ChartPanel(tr("Latency"), tr("ms"), 1000.0,
                                   {{KpiPoint::P50, tr("p50"), green},
                                    {KpiPoint::P95, tr("p95"), blue},
                                    {KpiPoint::P99, tr("p99"), purple}});
    latency->setThreshold(500, tr("alert 500 ms"));
    auto *rates = new ChartPanel(tr("Requests and errors"), tr("per second"), 1.0,
                                 {{KpiPoint::Requests, tr("requests/s"), blue},
                                  {KpiPoint::Errors, tr("5xx errors/s"), red}});
    auto *cache = new ChartPanel(tr("Cache hit ratio"), tr("ratio"), 1.0,
                                 {{KpiPoint::HitRatio, tr("hit ratio"), green}});
    cache->setThreshold(0.8, tr("alert below 0.8"));
    cache->setFixedRange(0, 1);
    auto *pool = new ChartPanel(tr("Connection pool"), tr("connections"), 1.0,
                                {{KpiPoint::PoolActive, tr("active"), orange},
                                 {KpiPoint::PoolIdle, tr("idle"), blue},
                                 {KpiPoint::PoolMax, tr("max"), grey, Qt::DashLine}});
    const char *names[] = {"latencyChart", "rateChart", "cacheChart", "poolChart"};
    m_charts = {latency, rates, cache, pool};
    for (int i = 0; i < m_charts.size(); ++i) {
        m_charts[i]->setObjectName(QString::fromLatin1(names[i]));
        grid->addWidget(m_charts[i], i / 2, i % 2);
    }
    return box;
}

QWidget *DashboardPage::createBottom()
{
    m_routes = new RouteTableModel(this);
    m_routeView = new QTableView;
    m_routeView->setObjectName(QStringLiteral("routeTableView"));
    m_routeView->setModel(m_routes);
    m_routeView->verticalHeader()->hide();
    m_routeView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_routeView->horizontalHeader()->setSectionResizeMode(RouteTableModel::Route,
                                                          QHeaderView::Stretch);
    m_routeView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_routeView->setAlternatingRowColors(true);

    m_alertHistory = new QTreeWidget;
    m_alertHistory->setObjectName(QStringLiteral("alertHistoryTree"));
    m_alertHistory->setHeaderLabels({tr("Alert"), tr("Fired"), tr("Resolved"), tr("Worst")});
    m_alertHistory->setRootIsDecorated(false);
    // The alert's name takes what the times leave, so the panel needs no horizontal scroll.
    m_alertHistory->header()->setStretchLastSection(false);
    m_alertHistory->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_alertHistory->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    m_sourceList = new QListWidget;
    m_sourceList->setObjectName(QStringLiteral("sourceList"));
    m_sourceList->setWordWrap(true);

    auto *split = new QSplitter(Qt::Horizontal);
    const std::pair<QString, QWidget *> parts[] = {{tr("Busiest routes"), m_routeView},
                                                   {tr("Alert history"), m_alertHistory},
                                                   {tr("Sources"), m_sourceList}};
    for (const auto &[caption, widget] : parts) {
        auto *box = new QWidget;
        auto *column = new QVBoxLayout(box);
        column->setContentsMargins(0, 0, 0, 0);
        auto *heading = new QLabel(caption);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        column->addWidget(heading);
        if (widget == m_routeView)
            m_routeHeading = heading;
        column->addWidget(widget);
        split->addWidget(box);
    }
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 2);
    split->setMinimumHeight(180);
    return split;
}

SourceMonitor *DashboardPage::addMonitor(SourceMonitor *monitor)
{
    monitor->setParent(this);
    m_monitors.push_back(monitor);
    connect(monitor, &SourceMonitor::updated, this, [this, monitor] {
        if (monitor == currentMonitor())
            updateView();
    });
    connect(monitor, &SourceMonitor::statusChanged, this, &DashboardPage::updateSources);
    connect(monitor, &SourceMonitor::alertsChanged, this, &DashboardPage::updateAlerts);
    m_sourceCombo->addItem(monitor->name());
    updateSources();
    return monitor;
}

SourceMonitor *DashboardPage::addSource(MetricsSource *source)
{
    auto *monitor = addMonitor(new SourceMonitor(source));
    if (m_active && !m_paused)
        monitor->scrape();
    return monitor;
}

SourceMonitor *DashboardPage::addUrlSource(const QUrl &url)
{
    auto *source = new HttpMetricsSource(m_network, url);
    source->setTimeoutMs(m_scrapeTimeoutMs);
    const auto origin = QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery |
                        QUrl::RemoveFragment | QUrl::StripTrailingSlash;
    if (!m_pinnedSha256.isEmpty() && url.adjusted(origin) == m_pinnedServer.adjusted(origin))
        source->setPinnedSha256(m_pinnedSha256);
    auto *monitor = addSource(source);
    setCurrentSource(int(m_monitors.size()) - 1);
    return monitor;
}

void DashboardPage::setPinnedServer(const QUrl &server, const QByteArray &pinnedSha256)
{
    m_pinnedServer = server;
    m_pinnedSha256 = pinnedSha256;
}

void DashboardPage::addUrlFromEdit()
{
    const QUrl url = QUrl::fromUserInput(m_urlEdit->text().trimmed());
    if (!url.isValid() || url.scheme().isEmpty() || !url.scheme().startsWith(u"http")) {
        m_statusLabel->setText(tr("Enter an http:// or https:// URL of a /metrics endpoint."));
        return;
    }
    m_urlEdit->clear();
    addUrlSource(url);
}

SourceMonitor *DashboardPage::currentMonitor() const
{
    const int index = m_sourceCombo->currentIndex();
    return index >= 0 && index < m_monitors.size() ? m_monitors[index] : nullptr;
}

void DashboardPage::setCurrentSource(int index)
{
    m_sourceCombo->setCurrentIndex(index);
}

void DashboardPage::setRefreshSeconds(int seconds)
{
    m_timer.setInterval(std::clamp(seconds, 1, 60) * 1000);
    if (m_refreshSpin->value() != seconds)
        m_refreshSpin->setValue(seconds);
}

void DashboardPage::setWindowMs(qint64 ms)
{
    m_windowMs = ms;
    updateView();
}

void DashboardPage::setPaused(bool paused)
{
    m_paused = paused;
    m_pauseButton->setChecked(paused);
    m_pauseButton->setText(paused ? tr("Resume") : tr("Pause"));
    if (paused)
        m_timer.stop();
    else if (m_active)
        m_timer.start();
    updateSources();
}

void DashboardPage::setSavePathProvider(const ChartPanel::SavePathProvider &provider)
{
    for (ChartPanel *chart : std::as_const(m_charts))
        chart->setSavePathProvider(provider);
}

void DashboardPage::refreshNow()
{
    for (SourceMonitor *monitor : std::as_const(m_monitors))
        monitor->scrape();
}

void DashboardPage::updateView()
{
    const SourceMonitor *monitor = currentMonitor();
    updateTiles();
    // The alert list changes only with alertsChanged, or when another source is shown.
    if (monitor != m_alertsShownFor) {
        m_alertsShownFor = monitor;
        updateAlerts();
    }
    updateSources();
    if (!monitor)
        return;
    const qint64 now = monitor->history().empty()
                           ? QDateTime::currentMSecsSinceEpoch()
                           : std::max(monitor->history().back().timeMs,
                                      QDateTime::currentMSecsSinceEpoch() - 2000);
    // The first chart now, each other one in a later event-loop turn: input and timers get
    // in between, so a tick never holds the UI thread for all four charts at once.
    m_chartsNowMs = now;
    m_nextChart = 0;
    showNextChart();
    const TrafficKind kind = monitor->hasKpis() ? monitor->latest().kind : TrafficKind::Http;
    showVocabulary(kind);
    m_routes->setRoutes(monitor->hasKpis() ? monitor->latest().routes : std::vector<RouteStats>{},
                        kind);
}

void DashboardPage::showNextChart()
{
    const SourceMonitor *monitor = currentMonitor();
    if (!monitor || m_nextChart >= m_charts.size())
        return;
    m_charts[m_nextChart++]->showHistory(monitor->history(), m_windowMs, m_chartsNowMs);
    if (m_nextChart < m_charts.size() && !m_chartQueued) {
        m_chartQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_chartQueued = false;
                showNextChart();
            },
            Qt::QueuedConnection);
    }
}

void DashboardPage::showVocabulary(TrafficKind kind)
{
    ChartPanel *rates = m_charts[1];
    switch (kind) {
    case TrafficKind::Http:
        m_routeHeading->setText(tr("Busiest routes"));
        rates->setLineName(0, tr("requests/s"));
        rates->setLineName(1, tr("5xx errors/s"));
        break;
    case TrafficKind::StoreCalls:
        m_routeHeading->setText(tr("Busiest Store operations"));
        rates->setLineName(0, tr("Store calls/s"));
        rates->setLineName(1, tr("failed calls/s"));
        break;
    case TrafficKind::Database:
        m_routeHeading->setText(tr("Statements run most (pg_stat_statements)"));
        rates->setLineName(0, tr("transactions/s"));
        rates->setLineName(1, tr("rollbacks/s"));
        break;
    }
}

void DashboardPage::updateTiles()
{
    const SourceMonitor *monitor = currentMonitor();
    m_tiles->showKpis(monitor && monitor->hasKpis() ? &monitor->latest() : nullptr);
}

void DashboardPage::updateAlerts()
{
    const SourceMonitor *monitor = currentMonitor();
    m_alertHistory->clear();
    if (!monitor) {
        m_banner->hide();
        return;
    }
    QStringList firing;
    for (const AlertRecord &alert : monitor->alerts().firing())
        firing << tr("%1 (since %2)").arg(alert.summary, clock(alert.firedAtMs));
    m_banner->setText(tr("Firing: %1").arg(firing.join(QStringLiteral(" · "))));
    m_banner->setVisible(!firing.isEmpty());
    const auto &history = monitor->alerts().history();
    if (history.empty()) {
        // An empty list would look broken; say what is watched, so quiet reads as good news.
        QStringList lines{tr("No alerts so far. Watching:")};
        for (const AlertRule &rule : monitor->alerts().rules())
            lines << tr("  • %1").arg(rule.summary);
        for (const QString &line : lines) {
            auto *item = new QTreeWidgetItem(m_alertHistory, {line});
            item->setFlags(Qt::NoItemFlags);
            item->setFirstColumnSpanned(true);
            item->setToolTip(0, line);
        }
        return;
    }
    for (auto it = history.rbegin(); it != history.rend(); ++it) {
        const bool latency = it->ruleId == "HighResponseTime";
        auto *item = new QTreeWidgetItem(m_alertHistory);
        item->setText(0, it->summary);
        item->setText(1, clock(it->firedAtMs));
        item->setText(2, it->resolvedAtMs ? clock(*it->resolvedAtMs) : tr("firing"));
        item->setText(3, latency ? DashboardFormat::latency(it->worst)
                                 : DashboardFormat::percent(it->worst));
    }
}

void DashboardPage::updateSources()
{
    // Items are updated in place: rebuilding a word-wrapped list every tick re-lays it out.
    while (m_sourceList->count() > m_monitors.size())
        delete m_sourceList->takeItem(m_sourceList->count() - 1);
    for (int i = 0; i < m_monitors.size(); ++i) {
        const SourceMonitor *monitor = m_monitors[i];
        if (i == m_sourceList->count())
            m_sourceList->addItem(QString());
        QListWidgetItem *item = m_sourceList->item(i);
        const bool ok = monitor->state() == SourceMonitor::State::Ok;
        const QString mark = ok ? QStringLiteral("●") : QStringLiteral("▲");
        const QString text =
            QStringLiteral("%1 %2\n%3").arg(mark, monitor->name(), monitor->statusText());
        if (item->text() != text)
            item->setText(text);
        const QBrush foreground = monitor->state() == SourceMonitor::State::Failing
                                      ? QBrush(QColor(0xd3, 0x2f, 0x2f))
                                      : QBrush();
        if (item->foreground() != foreground)
            item->setForeground(foreground);
        const QString tip = monitor->warnings().join(u'\n');
        if (item->toolTip() != tip)
            item->setToolTip(tip);
    }
    const SourceMonitor *current = currentMonitor();
    QString text;
    if (!current) {
        text = tr("No source yet: add the URL of a /metrics endpoint.");
    } else {
        text = tr("%1 — %2").arg(current->name(), current->statusText());
        if (current->hasKpis())
            text += tr(" · updated %1").arg(clock(current->latest().timeMs));
        if (m_paused)
            text += tr(" · paused");
    }
    if (text == m_statusLabel->text())
        return;
    m_statusLabel->setText(text);
    if (current)
        Q_EMIT statusMessage(text);
}

} // namespace ne
