// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QWidget;

namespace ne {

/// Tells the user a batch has ended when they are looking elsewhere: a desktop
/// notification through the system tray where there is one, else the taskbar alert.
/// Absent gracefully on desktops with neither.
class UploadNotifier : public QObject
{
    Q_OBJECT
public:
    explicit UploadNotifier(QWidget *window, QObject *parent = nullptr);
    ~UploadNotifier() override;

    void notify(const QString &title, const QString &text, bool problem);

private:
    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace ne
