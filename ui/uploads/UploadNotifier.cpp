// SPDX-License-Identifier: MIT
#include "UploadNotifier.h"

#include "shell/Icons.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

namespace ne {

namespace {
constexpr int kShowMs = 8000;
}

UploadNotifier::UploadNotifier(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{}

UploadNotifier::~UploadNotifier() = default;

void UploadNotifier::notify(const QString &title, const QString &text, bool problem)
{
    const QWidget *window = m_window ? m_window->window() : nullptr;
    if (window && window->isActiveWindow())
        return; // the page and status bar already say it
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(Icons::app(), this);
            m_tray->setToolTip(QApplication::applicationDisplayName());
        }
        m_tray->show();
        m_tray->showMessage(title, text,
                            problem ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information,
                            kShowMs);
        QTimer::singleShot(kShowMs, m_tray, &QSystemTrayIcon::hide);
        return;
    }
    if (m_window)
        QApplication::alert(m_window->window());
}

} // namespace ne
