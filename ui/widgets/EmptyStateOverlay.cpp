// SPDX-License-Identifier: MIT
#include "EmptyStateOverlay.h"

#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace ne {

EmptyStateOverlay::EmptyStateOverlay(QWidget *view)
    : QWidget(view)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("emptyState"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    for (QLabel *label : {m_icon, m_title, m_hint}) {
        label->setAlignment(Qt::AlignCenter);
        layout->addWidget(label);
    }
    layout->addStretch();
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false);
    view->installEventFilter(this);
    setGeometry(view->rect());
    hide();
}

void EmptyStateOverlay::setMessage(const QIcon &icon, const QString &title, const QString &hint)
{
    m_icon->setPixmap(icon.pixmap(48, 48));
    m_title->setText(title);
    m_hint->setText(hint);
}

bool EmptyStateOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

} // namespace ne
