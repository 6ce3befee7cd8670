// SPDX-License-Identifier: MIT
#include "UploadStatusWidget.h"

#include "upload/UploadQueue.h"
#include "upload/UploadTotalsText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QProgressBar>

namespace ne {

UploadStatusWidget::UploadStatusWidget(UploadQueue *queue, QWidget *parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_bar(new QProgressBar(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("uploadStatusWidget"));
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Show the uploads"));
    m_bar->setObjectName(QStringLiteral("uploadStatusProgressBar"));
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_bar->setFixedSize(120, 12);
    m_text->setObjectName(QStringLiteral("uploadStatusLabel"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->setSpacing(6);
    layout->addWidget(m_bar);
    layout->addWidget(m_text);
    hide();
}

void UploadStatusWidget::refresh()
{
    const UploadQueue::Totals t = m_queue->totals();
    setVisible(t.active > 0 || m_queue->isWalking());
    if (!isVisible())
        return;
    m_bar->setValue(t.bytesTotal > 0 ? int(t.bytesDone * 1000 / t.bytesTotal) : 0);
    m_text->setText(m_queue->isPaused()
                        ? tr("Uploads paused · %1").arg(UploadTotalsText::summary(t))
                        : UploadTotalsText::summary(t));
}

void UploadStatusWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT clicked();
    QWidget::mouseReleaseEvent(event);
}

} // namespace ne
