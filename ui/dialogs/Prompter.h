// SPDX-License-Identifier: MIT
#pragma once

#include "schema/Record.h"

#include <QPointer>
#include <QStringList>
#include <functional>

class QWidget;

namespace ne {

class Store;

enum class ConflictChoice
{
    Reload,    ///< drop my edits, show the current row
    Overwrite, ///< save my edits over the other person's
    KeepMine,  ///< keep editing; save nothing yet
};

/// Every question the UI asks a person goes through here, asynchronously (the dialogs
/// are opened, never exec()'d). Tests install a Prompter that answers by script.
class Prompter
{
public:
    virtual ~Prompter();

    virtual void resolveConflict(QWidget *parent, EntityKind kind, const QVariantMap &mine,
                                 const QVariantMap &theirs,
                                 std::function<void(ConflictChoice)> done);
    virtual void confirm(QWidget *parent, const QString &title, const QString &text,
                         std::function<void(bool)> done);
    /// Lets the person choose articles (id, title) from a searchable list.
    virtual void pickArticles(QWidget *parent, Store *store, const QStringList &exclude,
                              std::function<void(const QList<QPair<QString, QString>> &)> done);
};

} // namespace ne
