// SPDX-License-Identifier: MIT
#include "EntityForm.h"

#include "FieldEditor.h"
#include "NewsArticlesEditor.h"
#include "paging/ValueFormatter.h"
#include "shell/Icons.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ne {

EntityForm::EntityForm(EntityKind kind, Store *store, Prompter *prompter, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_store(store)
    , m_prompter(prompter)
    , m_heading(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_fields(new QFormLayout)
    , m_save(new QPushButton(Icons::get("save"), tr("Save"), this))
    , m_revert(new QPushButton(tr("Revert"), this))
    , m_duplicate(new QPushButton(Icons::get("duplicate"), tr("Duplicate"), this))
{
    setObjectName(QStringLiteral("entityForm"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_duplicate->setObjectName(QStringLiteral("duplicateButton"));
    m_save->setToolTip(tr("Save (Ctrl+S)"));
    build();
    setNew({});
}

void EntityForm::build()
{
    const EntitySchema &schema = EntitySchema::of(m_kind);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_meta->setEnabled(false);
    m_meta->setWordWrap(true);

    auto *body = new QWidget;
    body->setLayout(m_fields);
    m_fields->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_fields->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (const Field &f : schema.fields()) {
        if (f.isHidden() || !f.isEditable() ||
            (f.isCreateOnly() && !f.isRequired() && f.key() == QStringLiteral("originalName")))
            continue;
        auto *cell = new QWidget(body);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        if (f.type() == FieldType::UuidList) {
            m_articles = new NewsArticlesEditor(m_store, m_prompter, cell);
            cellLayout->addWidget(m_articles);
            connect(m_articles, &NewsArticlesEditor::edited, this, &EntityForm::revalidate);
        } else if (f.key() == keys::mainStoryId) {
            continue;
        } else {
            auto *editor = new FieldEditor(f, cell);
            cellLayout->addWidget(editor->widget());
            m_editors.append(editor);
            connect(editor, &FieldEditor::edited, this, &EntityForm::revalidate);
        }
        auto *error = new QLabel(cell);
        error->setObjectName(f.key() + QStringLiteral("Error"));
        error->setStyleSheet(QStringLiteral("color: #e0533d;"));
        error->setWordWrap(true);
        error->hide();
        cellLayout->addWidget(error);
        m_errors.insert(f.key(), error);
        m_fields->addRow(f.label() + (f.isRequired() ? QStringLiteral(" *") : QString()), cell);
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_duplicate);
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_meta);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &EntityForm::saveRequested);
    connect(m_duplicate, &QPushButton::clicked, this, &EntityForm::duplicateRequested);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        load(m_loaded);
        showErrors({});
        revalidate();
    });
}

void EntityForm::load(const QVariantMap &values)
{
    for (FieldEditor *editor : std::as_const(m_editors)) {
        editor->setValue(values.value(editor->field().key()));
        editor->setReadOnly(!m_isNew && editor->field().isCreateOnly());
    }
    if (m_articles)
        m_articles->setArticles(values.value(keys::articleIds).toStringList(),
                                values.value(keys::mainStoryId).toString());
}

void EntityForm::setRecord(const Record &record)
{
    const EntitySchema &schema = EntitySchema::of(m_kind);
    m_record = record;
    m_isNew = false;
    m_loaded = record.editableValues(schema);
    m_heading->setText(record.value(keys::title).toString());
    QStringList meta;
    meta << tr("Created %1")
                .arg(ValueFormatter::display(*schema.field(keys::createdAt),
                                             record.value(keys::createdAt)))
         << tr("updated %1")
                .arg(ValueFormatter::display(*schema.field(keys::updatedAt),
                                             record.value(keys::updatedAt)))
         << tr("version %1").arg(record.version());
    if (record.isDeleted())
        meta << tr("in Trash");
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    m_meta->show();
    m_duplicate->setEnabled(true);
    load(m_loaded);
    showErrors({});
    m_wasDirty = false;
    revalidate();
}

void EntityForm::setNew(const QVariantMap &initial)
{
    const EntitySchema &schema = EntitySchema::of(m_kind);
    m_record = Record();
    m_isNew = true;
    m_loaded = schema.newRowValues(initial);
    m_heading->setText(tr("New %1").arg(schema.displayName().toLower()));
    m_meta->hide();
    m_duplicate->setEnabled(false);
    load(m_loaded);
    showErrors({});
    m_wasDirty = !initial.isEmpty();
    revalidate();
}

void EntityForm::setCategories(const QList<Category> &categories)
{
    for (FieldEditor *editor : std::as_const(m_editors))
        editor->setCategories(categories);
}

QVariantMap EntityForm::currentValues() const
{
    QVariantMap values;
    for (FieldEditor *editor : m_editors) {
        const QVariant v = editor->value();
        const bool blank =
            !v.isValid() || (v.typeId() == QMetaType::QString && v.toString().isEmpty());
        if (!blank || m_loaded.contains(editor->field().key()))
            values.insert(editor->field().key(), blank ? QVariant() : v);
    }
    if (m_articles) {
        values.insert(keys::articleIds, m_articles->articleIds());
        values.insert(keys::mainStoryId, m_articles->mainStoryId().isEmpty()
                                             ? QVariant()
                                             : QVariant(m_articles->mainStoryId()));
    }
    return values;
}

QVariantMap EntityForm::changes() const
{
    const QVariantMap now = currentValues();
    if (m_isNew) {
        QVariantMap out;
        for (auto it = now.begin(); it != now.end(); ++it) {
            if (it.value().isValid())
                out.insert(it.key(), it.value());
        }
        return out;
    }
    QVariantMap diff;
    for (auto it = now.begin(); it != now.end(); ++it) {
        const QVariant before = m_loaded.value(it.key());
        const bool same = (before.isNull() && it.value().isNull()) || before == it.value() ||
                          (before.toString().isEmpty() && it.value().toString().isEmpty() &&
                           it.value().typeId() == QMetaType::QString);
        if (!same && !EntitySchema::of(m_kind).field(it.key())->isCreateOnly())
            diff.insert(it.key(), it.value());
    }
    return diff;
}

bool EntityForm::isDirty() const
{
    return m_isNew ? m_wasDirty : !changes().isEmpty();
}

void EntityForm::revalidate()
{
    const EntitySchema &schema = EntitySchema::of(m_kind);
    const QVariantMap values = m_isNew ? changes() : changes();
    QList<FieldError> errors =
        schema.validate(values, m_isNew ? ValidationMode::Create : ValidationMode::Update);
    // Before the first keystroke a new form is allowed to be incomplete.
    if (m_isNew && !m_wasDirty)
        errors.clear();
    errors.erase(std::remove_if(errors.begin(), errors.end(),
                                [this](const FieldError &e) { return !m_errors.contains(e.key); }),
                 errors.end());
    showErrors(errors);
    const bool dirty = isDirty() || m_isNew;
    m_save->setEnabled(dirty);
    m_revert->setEnabled(!m_isNew && isDirty());
    if (dirty != m_wasDirty && !m_isNew) {
        m_wasDirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
    if (m_isNew && sender() && !m_wasDirty) {
        m_wasDirty = true;
        Q_EMIT dirtyChanged(true);
    }
}

void EntityForm::showErrors(const QList<FieldError> &errors)
{
    for (QLabel *label : std::as_const(m_errors))
        label->hide();
    for (const FieldError &e : errors) {
        if (QLabel *label = m_errors.value(e.key)) {
            label->setText(e.message);
            label->show();
        }
    }
}

QString EntityForm::errorText(const QString &key) const
{
    const QLabel *label = m_errors.value(key);
    return label && !label->isHidden() ? label->text() : QString();
}

} // namespace ne
