// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QVariantMap>

class QComboBox;
class QLineEdit;
class QLabel;

namespace ne {

class Store;

/// Sets the same details on many uploads at once: a title prefix, the image type, tags,
/// a category and alt text. Only what the user fills in is changed. Categories load
/// off the UI thread while the dialog is open.
class UploadBatchEditDialog : public QDialog
{
    Q_OBJECT
public:
    UploadBatchEditDialog(Store *store, int fileCount, QWidget *parent = nullptr);

    /// UploadRecordDraft keys for the fields filled in.
    QVariantMap edits() const;

private:
    QLineEdit *m_prefix;
    QComboBox *m_type;
    QLineEdit *m_tags;
    QComboBox *m_category;
    QLineEdit *m_altText;
};

} // namespace ne
