// SPDX-License-Identifier: MIT
#pragma once

#include "dialogs/Prompter.h"

#include <QDialog>

namespace ne {

/// Shows what differs between the person's edits and the row as someone else saved it,
/// and lets them reload, overwrite, or keep their copy in the form.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictDialog(EntityKind kind, const QVariantMap &mine, const QVariantMap &theirs,
                   QWidget *parent = nullptr);

Q_SIGNALS:
    void chosen(ne::ConflictChoice choice);
};

} // namespace ne
