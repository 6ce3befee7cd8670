// SPDX-License-Identifier: MIT
#include "FieldEditor.h"

#include "paging/ValueFormatter.h"
#include "widgets/BodyTextEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleValidator>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>

namespace ne {

namespace {
const QDateTime kUnset(QDate(2000, 1, 1), QTime(0, 0));
}

FieldEditor::FieldEditor(const Field &field, QWidget *parent)
    : QObject(parent)
    , m_field(field)
    , m_widget(createWidget(parent))
{
    m_widget->setObjectName(field.key() + QStringLiteral("Edit"));
    m_widget->setAccessibleName(field.label());
}

QWidget *FieldEditor::createWidget(QWidget *parent)
{
    switch (m_field.type()) {
    case FieldType::Enum: {
        auto *combo = new QComboBox(parent);
        if (!m_field.isRequired() && !m_field.defaultValue().isValid())
            combo->addItem(tr("—"), QVariant());
        for (const QString &v : m_field.enumValues())
            combo->addItem(ValueFormatter::enumLabel(v), v);
        connect(combo, &QComboBox::activated, this, &FieldEditor::edited);
        return combo;
    }
    case FieldType::Uuid:
        if (m_field.key() == QStringLiteral("categoryId")) {
            auto *combo = new QComboBox(parent);
            combo->addItem(tr("No category"), QVariant());
            connect(combo, &QComboBox::activated, this, &FieldEditor::edited);
            return combo;
        }
        break;
    case FieldType::Boolean: {
        auto *box = new QCheckBox(parent);
        connect(box, &QCheckBox::toggled, this, &FieldEditor::edited);
        return box;
    }
    case FieldType::DateTime: {
        auto *edit = new QDateTimeEdit(parent);
        edit->setCalendarPopup(true);
        edit->setMinimumDateTime(kUnset);
        edit->setSpecialValueText(tr("Not set"));
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &FieldEditor::edited);
        return edit;
    }
    case FieldType::Text: {
        auto *edit = new BodyTextEdit(parent);
        edit->setMinimumHeight(120);
        connect(edit, &QPlainTextEdit::textChanged, this, &FieldEditor::edited);
        return edit;
    }
    default:
        break;
    }
    auto *line = new QLineEdit(parent);
    if (m_field.type() == FieldType::Integer)
        line->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,18}")), line));
    else if (m_field.type() == FieldType::Real)
        line->setValidator(new QDoubleValidator(0, 1e12, 3, line));
    if (m_field.type() == FieldType::StringList)
        line->setPlaceholderText(tr("Comma-separated"));
    connect(line, &QLineEdit::textEdited, this, &FieldEditor::edited);
    return line;
}

QVariant FieldEditor::value() const
{
    if (auto *combo = qobject_cast<QComboBox *>(m_widget))
        return combo->currentData();
    if (auto *box = qobject_cast<QCheckBox *>(m_widget))
        return box->isChecked();
    if (auto *edit = qobject_cast<QDateTimeEdit *>(m_widget))
        return edit->dateTime() == kUnset ? QVariant() : QVariant(edit->dateTime().toUTC());
    if (auto *text = qobject_cast<QPlainTextEdit *>(m_widget))
        return text->toPlainText();
    const QString text = qobject_cast<QLineEdit *>(m_widget)->text();
    switch (m_field.type()) {
    case FieldType::Integer:
        return text.isEmpty() ? QVariant() : QVariant(text.toLongLong());
    case FieldType::Real:
        return text.isEmpty() ? QVariant() : QVariant(QLocale().toDouble(text));
    case FieldType::StringList: {
        QStringList items;
        for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
            items.append(part.trimmed());
        return items;
    }
    case FieldType::Uuid:
        return text.trimmed().isEmpty() ? QVariant() : QVariant(text.trimmed());
    default:
        return text;
    }
}

void FieldEditor::setValue(const QVariant &value)
{
    const QSignalBlocker blocker(m_widget);
    if (auto *combo = qobject_cast<QComboBox *>(m_widget)) {
        m_pendingCategory = value;
        const int index = combo->findData(value);
        combo->setCurrentIndex(std::max(0, index));
    } else if (auto *box = qobject_cast<QCheckBox *>(m_widget)) {
        box->setChecked(value.toBool());
    } else if (auto *edit = qobject_cast<QDateTimeEdit *>(m_widget)) {
        edit->setDateTime(value.toDateTime().isValid() ? value.toDateTime().toLocalTime() : kUnset);
    } else if (auto *text = qobject_cast<BodyTextEdit *>(m_widget)) {
        text->setBodyText(value.toString());
    } else if (auto *line = qobject_cast<QLineEdit *>(m_widget)) {
        line->setText(m_field.type() == FieldType::StringList
                          ? value.toStringList().join(QStringLiteral(", "))
                          : value.toString());
    }
}

void FieldEditor::setCategories(const QList<Category> &categories)
{
    auto *combo = qobject_cast<QComboBox *>(m_widget);
    if (!combo || m_field.type() != FieldType::Uuid)
        return;
    const QSignalBlocker blocker(combo);
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const Category &c : categories)
        combo->addItem(c.name, c.id);
    combo->setCurrentIndex(std::max(0, combo->findData(m_pendingCategory)));
}

void FieldEditor::setReadOnly(bool readOnly)
{
    if (auto *line = qobject_cast<QLineEdit *>(m_widget))
        line->setReadOnly(readOnly);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(m_widget))
        text->setReadOnly(readOnly);
    else
        m_widget->setEnabled(!readOnly);
}

} // namespace ne
