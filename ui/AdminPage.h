// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>
#include <QWidget>

namespace ne {

/// One admin area shown in the main window's sidebar (Images, Articles, Dashboard, …).
/// MainWindow only knows this interface; each page owns its widgets and models.
class AdminPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    /// Called when the page becomes the visible one: start timers, load data lazily.
    virtual void activate() {}
    /// Called when another page takes its place: pause timers.
    virtual void deactivate() {}

Q_SIGNALS:
    /// A one-line status for the window's status bar while this page is shown.
    void statusMessage(const QString &text);
};

} // namespace ne
