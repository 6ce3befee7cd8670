// SPDX-License-Identifier: MIT
#pragma once

#include "store/Store.h"
#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace ne {

class Prompter;

/// A news issue's articles: 1 to 8, in order (drag to reorder), one optionally marked as
/// the main story. The limits are the schema's; the editor explains them as you go.
class NewsArticlesEditor : public QWidget
{
    Q_OBJECT
public:
    NewsArticlesEditor(Store *store, Prompter *prompter, QWidget *parent = nullptr);

    QStringList articleIds() const;
    QString mainStoryId() const { return m_mainId; }
    void setArticles(const QStringList &ids, const QString &mainStoryId);
    /// Adds articles directly (the picker's answer; also used by tests).
    void addArticles(const QList<QPair<QString, QString>> &articles);
    void markMainStory(int row);

Q_SIGNALS:
    void edited();

private:
    void updateState();
    void addItem(const QString &id, const QString &title);

    QPointer<Store> m_store;
    Prompter *m_prompter;
    QListWidget *m_list;
    QLabel *m_status;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_main;
    QString m_mainId;
    quint64 m_generation = 0;
};

} // namespace ne
