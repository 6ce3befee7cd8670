// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

namespace ne {

/// Somewhere a dashboard gets Prometheus text from: a /metrics URL or this process's own
/// Registry. fetch() returns at once; exactly one of fetched/failed follows. UI thread.
class MetricsSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~MetricsSource() override;

    /// What the source picker shows ("This client", "http://api:8080/metrics").
    virtual QString name() const = 0;
    /// What a person should know about the last fetch although it succeeded ("the
    /// extension for statement times is not installed"); empty when nothing.
    virtual QString note() const { return {}; }
    virtual void fetch() = 0;

Q_SIGNALS:
    void fetched(const QByteArray &payload);
    /// message is for people: "timed out after 5 s", "HTTP 503 Service Unavailable".
    void failed(const QString &message);
};

} // namespace ne
