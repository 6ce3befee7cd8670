// SPDX-License-Identifier: MIT
#pragma once

#include "AdminPage.h"
#include "dashboard/ChartPanel.h"

#include <QList>
#include <QTimer>
#include <QUrl>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QNetworkAccessManager;
class QPushButton;
class QSpinBox;
class QTableView;
class QTreeWidget;

namespace ne {

class KpiTileRow;
class MetricsSource;
class Registry;
class RouteTableModel;
class SourceMonitor;

/// The Dashboard admin area: live KPIs, charts, busiest routes and the platform's alerts
/// for one picked source, while every added source keeps scraping in the background so a
/// broken one never stops the others. Borrows network and clientRegistry (may be null).
class DashboardPage : public AdminPage
{
    Q_OBJECT
public:
    DashboardPage(QNetworkAccessManager *network, const Registry *clientRegistry,
                  QWidget *parent = nullptr);
    ~DashboardPage() override;

    QString title() const override;
    QIcon icon() const override;
    void activate() override;
    void deactivate() override;

    /// Adds a Prometheus /metrics URL as a source and selects it.
    SourceMonitor *addUrlSource(const QUrl &url);
    /// Adds any source (takes ownership) without selecting it; it scrapes with the others.
    SourceMonitor *addSource(MetricsSource *source);
    QList<SourceMonitor *> monitors() const { return m_monitors; }
    SourceMonitor *currentMonitor() const;
    void setCurrentSource(int index);

    void setRefreshSeconds(int seconds);
    /// One of the picker's windows: 5 min, 15 min, 1 h, 6 h (any value is accepted).
    void setWindowMs(qint64 ms);
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    void setSavePathProvider(const ChartPanel::SavePathProvider &provider);
    /// The REST profile's server and its pinned certificate (hex SHA-256): URL sources on
    /// that server (same scheme, host and port) trust exactly that certificate, as the
    /// profile's RestStore does. Applies to sources added from now on.
    void setPinnedServer(const QUrl &server, const QByteArray &pinnedSha256);
    /// Timeout for URL sources added from now on (default 5 s).
    void setScrapeTimeoutMs(int ms) { m_scrapeTimeoutMs = ms; }
    QList<ChartPanel *> charts() const { return m_charts; }

public Q_SLOTS:
    /// Scrapes every source now (the timer calls this each refresh interval).
    void refreshNow();

private:
    QWidget *createToolbar();
    QWidget *createCharts();
    QWidget *createBottom();
    SourceMonitor *addMonitor(SourceMonitor *monitor);
    void addUrlFromEdit();
    void updateView();
    void updateTiles();
    void updateAlerts();
    void updateSources();
    void showVocabulary(TrafficKind kind);
    void showNextChart();

    QNetworkAccessManager *m_network;
    QList<SourceMonitor *> m_monitors;
    QList<ChartPanel *> m_charts;
    QTimer m_timer;
    qint64 m_windowMs = 15 * 60 * 1000;
    bool m_paused = false;
    bool m_active = false;
    int m_scrapeTimeoutMs = 5000;
    QUrl m_pinnedServer;
    QByteArray m_pinnedSha256;

    QComboBox *m_sourceCombo = nullptr;
    QLineEdit *m_urlEdit = nullptr;
    QComboBox *m_windowCombo = nullptr;
    QSpinBox *m_refreshSpin = nullptr;
    QPushButton *m_pauseButton = nullptr;
    KpiTileRow *m_tiles = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_banner = nullptr;
    QListWidget *m_sourceList = nullptr;
    QTreeWidget *m_alertHistory = nullptr;
    QTableView *m_routeView = nullptr;
    QLabel *m_routeHeading = nullptr;
    const SourceMonitor *m_alertsShownFor = nullptr;
    qint64 m_chartsNowMs = 0;
    int m_nextChart = 0;        ///< charts before it show the latest tick
    bool m_chartQueued = false; ///< a showNextChart() is waiting in the event loop
    RouteTableModel *m_routes = nullptr;
};

} // namespace ne
