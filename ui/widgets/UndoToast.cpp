// SPDX-License-Identifier: MIT
#include "UndoToast.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace ne {

UndoToast::UndoToast(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_undo(new QPushButton(tr("Undo"), this))
{
    setObjectName(QStringLiteral("undoToast"));
    m_undo->setObjectName(QStringLiteral("undoButton"));
    setStyleSheet(QStringLiteral("#undoToast { background: #2d3440; border-radius: 6px; } "
                                 "#undoToast QLabel { color: #f2f4f8; } "
                                 "#undoToast QPushButton { color: #8ab4ff; border: none; "
                                 "font-weight: bold; padding: 4px 8px; }"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 8, 8, 8);
    layout->addWidget(m_text);
    layout->addWidget(m_undo);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &QWidget::hide);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        hide();
        if (auto callback = std::exchange(m_callback, {}))
            callback();
    });
    parent->installEventFilter(this);
    hide();
}

void UndoToast::showToast(const QString &text, std::function<void()> undo, int timeoutMs)
{
    m_text->setText(text);
    m_callback = std::move(undo);
    m_undo->setVisible(bool(m_callback));
    adjustSize();
    place();
    show();
    raise();
    m_timer.start(timeoutMs);
}

bool UndoToast::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        place();
    return QFrame::eventFilter(watched, event);
}

void UndoToast::place()
{
    const QWidget *host = parentWidget();
    move((host->width() - width()) / 2, host->height() - height() - 24);
}

} // namespace ne
