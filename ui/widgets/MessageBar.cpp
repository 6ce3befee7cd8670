// SPDX-License-Identifier: MIT
#include "MessageBar.h"

#include "shell/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace ne {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    m_text->setObjectName(QStringLiteral("messageLabel"));
    m_action->setObjectName(QStringLiteral("messageActionButton"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 6, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::dismiss);
    connect(m_action, &QPushButton::clicked, this, [this] {
        auto callback = m_callback;
        dismiss();
        if (callback)
            callback();
    });
    hide();
}

void MessageBar::showMessage(Level level, const QString &text, const QString &actionText,
                             std::function<void()> action)
{
    const char *icon = level == Level::Error     ? "error"
                       : level == Level::Warning ? "warning"
                                                 : "info";
    const QString colour = level == Level::Error     ? QStringLiteral("#c0392b")
                           : level == Level::Warning ? QStringLiteral("#b9770e")
                                                     : QStringLiteral("#2e86c1");
    setStyleSheet(QStringLiteral("#messageBar { border: 1px solid %1; border-left: 4px solid %1; "
                                 "border-radius: 4px; }")
                      .arg(colour));
    m_icon->setPixmap(Icons::get(icon).pixmap(20, 20));
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    m_callback = std::move(action);
    show();
}

QString MessageBar::text() const
{
    return isVisible() ? m_text->text() : QString();
}

void MessageBar::dismiss()
{
    m_callback = {};
    hide();
}

} // namespace ne
