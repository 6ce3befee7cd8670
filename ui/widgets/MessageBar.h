// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>
#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace ne {

/// The one place errors and notices appear: a bar above the page, coloured by severity,
/// with an optional action ("Retry", "Save as new"). Never a modal box for things the
/// user can keep working past.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Level
    {
        Info,
        Warning,
        Error
    };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Level level, const QString &text, const QString &actionText = {},
                     std::function<void()> action = {});
    QString text() const;

public Q_SLOTS:
    void dismiss();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
    std::function<void()> m_callback;
};

} // namespace ne
