// SPDX-License-Identifier: MIT
#include "UploadBatchEditDialog.h"

#include "schema/EntitySchema.h"
#include "store/Store.h"
#include "upload/UploadRecordDraft.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace ne {

UploadBatchEditDialog::UploadBatchEditDialog(Store *store, int fileCount, QWidget *parent)
    : QDialog(parent)
    , m_prefix(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_tags(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_altText(new QLineEdit(this))
{
    setObjectName(QStringLiteral("uploadBatchEditDialog"));
    setWindowTitle(tr("Edit %n uploads", nullptr, fileCount));
    m_prefix->setObjectName(QStringLiteral("titlePrefixEdit"));
    m_prefix->setPlaceholderText(tr("e.g. “Summit 2026 – ”"));
    m_type->setObjectName(QStringLiteral("typeCombo"));
    m_type->addItem(tr("Keep (guessed from the file name)"));
    const Field *type = EntitySchema::of(EntityKind::Image).field(u"type");
    for (const QString &value : type->enumValues())
        m_type->addItem(value, value);
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. keynote, day 1"));
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    m_category->addItem(tr("Keep"));
    m_category->setEnabled(false);
    m_altText->setObjectName(QStringLiteral("altTextEdit"));
    m_altText->setMaxLength(500);

    auto *form = new QFormLayout;
    form->addRow(tr("Title prefix:"), m_prefix);
    form->addRow(tr("Image type:"), m_type);
    form->addRow(tr("Add tags:"), m_tags);
    form->addRow(tr("Category:"), m_category);
    form->addRow(tr("Alt text:"), m_altText);
    auto *note = new QLabel(tr("Empty fields keep what each file has. Files already uploaded "
                               "are updated in the library."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());

    store->categories(EntityKind::Image)
        .then(this,
              [this](const QList<Category> &categories) {
                  for (const Category &c : categories)
                      m_category->addItem(c.name, c.id);
                  m_category->setEnabled(!categories.isEmpty());
              })
        .onFailed(this, [this](const StoreError &e) { m_category->setToolTip(e.message()); });
}

QVariantMap UploadBatchEditDialog::edits() const
{
    QVariantMap out;
    if (!m_prefix->text().isEmpty())
        out.insert(UploadRecordDraft::kTitlePrefix, m_prefix->text());
    if (m_type->currentData().isValid())
        out.insert(QStringLiteral("type"), m_type->currentData());
    QStringList tags;
    for (const QString &tag : m_tags->text().split(u',', Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            tags.append(tag.trimmed());
    }
    if (!tags.isEmpty())
        out.insert(QStringLiteral("tags"), tags);
    if (m_category->currentData().isValid())
        out.insert(QStringLiteral("categoryId"), m_category->currentData());
    if (!m_altText->text().trimmed().isEmpty())
        out.insert(QStringLiteral("altText"), m_altText->text().trimmed());
    return out;
}

} // namespace ne
