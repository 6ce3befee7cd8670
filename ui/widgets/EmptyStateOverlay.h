// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;

namespace ne {

/// Covers an empty view with a friendly explanation and what to do next, so an empty
/// list never looks broken.
class EmptyStateOverlay : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyStateOverlay(QWidget *view);
    void setMessage(const QIcon &icon, const QString &title, const QString &hint);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_hint;
};

} // namespace ne
