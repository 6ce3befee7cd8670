// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;

namespace ne {

/// One key figure ("p95 latency  207 ms") with a coloured edge for its threshold state.
class KpiTile : public QWidget
{
    Q_OBJECT
public:
    enum class Level
    {
        None,
        Good,
        Warning,
        Critical
    };

    explicit KpiTile(const QString &caption, QWidget *parent = nullptr);

    void setValue(const QString &text, Level level, const QString &detail = {});
    /// The figure's name changes with the source ("Requests/s", "Transactions/s").
    void setCaption(const QString &caption);
    QString caption() const;
    QString valueText() const;
    Level level() const { return m_level; }

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    static QColor levelColour(Level level);
    void applyStyle();

    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_detail;
    Level m_level = Level::None;
};

} // namespace ne
