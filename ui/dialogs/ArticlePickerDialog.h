// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QTimer>

class QLineEdit;
class QTableView;

namespace ne {

class CursorTableModel;
class Store;

/// A searchable, lazily paged list of articles to add to a news issue.
class ArticlePickerDialog : public QDialog
{
    Q_OBJECT
public:
    ArticlePickerDialog(Store *store, const QStringList &exclude, QWidget *parent = nullptr);

Q_SIGNALS:
    void articlesChosen(const QList<QPair<QString, QString>> &articles);

private:
    void accept() override;

    CursorTableModel *m_model;
    QLineEdit *m_search;
    QTableView *m_view;
    QTimer m_debounce;
    QStringList m_exclude;
};

} // namespace ne
