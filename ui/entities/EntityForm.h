// SPDX-License-Identifier: MIT
#pragma once

#include "schema/Record.h"
#include "store/Page.h"

#include "store/Store.h"
#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;

namespace ne {

class FieldEditor;
class NewsArticlesEditor;
class Prompter;

/// A form generated from an entity's schema, with live field-level validation. It keeps
/// whatever the person typed until they save or revert: a failed save, a conflict or a
/// row deleted elsewhere never clears it.
class EntityForm : public QWidget
{
    Q_OBJECT
public:
    EntityForm(EntityKind kind, Store *store, Prompter *prompter, QWidget *parent = nullptr);

    void setRecord(const Record &record);
    void setNew(const QVariantMap &initial);
    void setCategories(const QList<Category> &categories);
    bool isNew() const { return m_isNew; }
    bool isDirty() const;
    const Record &record() const { return m_record; }
    /// Every editable value as the form holds it now.
    QVariantMap currentValues() const;
    /// Only what differs from the loaded record (all values for a new one).
    QVariantMap changes() const;
    void showErrors(const QList<FieldError> &errors);
    QString errorText(const QString &key) const;

Q_SIGNALS:
    void saveRequested();
    void duplicateRequested();
    void dirtyChanged(bool dirty);

private:
    void build();
    void load(const QVariantMap &values);
    void revalidate();

    EntityKind m_kind;
    QPointer<Store> m_store;
    Prompter *m_prompter;
    QLabel *m_heading;
    QLabel *m_meta;
    QFormLayout *m_fields;
    QList<FieldEditor *> m_editors;
    QHash<QString, QLabel *> m_errors;
    NewsArticlesEditor *m_articles = nullptr;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_duplicate;
    Record m_record;
    QVariantMap m_loaded;
    bool m_isNew = true;
    bool m_wasDirty = false;
};

} // namespace ne
