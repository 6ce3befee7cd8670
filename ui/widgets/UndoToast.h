// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>
#include <QTimer>
#include <functional>

class QLabel;
class QPushButton;

namespace ne {

/// A transient note at the bottom of a page ("3 articles moved to Trash — Undo") that
/// disappears by itself; the undo action stays available until then.
class UndoToast : public QFrame
{
    Q_OBJECT
public:
    explicit UndoToast(QWidget *parent);

    void showToast(const QString &text, std::function<void()> undo = {}, int timeoutMs = 8000);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();

    QLabel *m_text;
    QPushButton *m_undo;
    QTimer m_timer;
    std::function<void()> m_callback;
};

} // namespace ne
