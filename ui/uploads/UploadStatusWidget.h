// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace ne {

class UploadQueue;

/// The upload's overall progress in the window's status bar, on every page: a small bar
/// and "120 of 1,000 files · 14 MB/s · about 2 min left". Hidden while nothing is queued;
/// a click shows the Uploads page.
class UploadStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit UploadStatusWidget(UploadQueue *queue, QWidget *parent = nullptr);

    /// Reads the queue's totals again (called by the page's refresh timer).
    void refresh();

Q_SIGNALS:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    UploadQueue *m_queue;
    QProgressBar *m_bar;
    QLabel *m_text;
};

} // namespace ne
