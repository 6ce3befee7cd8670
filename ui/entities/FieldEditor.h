// SPDX-License-Identifier: MIT
#pragma once

#include "schema/Field.h"
#include "store/Page.h"

#include <QObject>

class QWidget;

namespace ne {

/// The input widget for one schema field: picks the widget by type (line, text area,
/// combo for enums and categories, check box, date), and reads and writes the value in
/// the record's own representation. Never truncates what was typed or pasted: lengths are
/// checked by validation, so nothing the person wrote is silently lost.
class FieldEditor : public QObject
{
    Q_OBJECT
public:
    FieldEditor(const Field &field, QWidget *parent);

    const Field &field() const { return m_field; }
    QWidget *widget() const { return m_widget; }
    QVariant value() const;
    void setValue(const QVariant &value);
    void setCategories(const QList<Category> &categories);
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void edited();

private:
    QWidget *createWidget(QWidget *parent);

    Field m_field;
    QWidget *m_widget;
    QVariant m_pendingCategory;
};

} // namespace ne
