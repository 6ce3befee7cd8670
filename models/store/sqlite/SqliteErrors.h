// SPDX-License-Identifier: MIT
#pragma once

#include "store/StoreError.h"

#include <QSqlError>

namespace ne {

/// Turns a SQLite failure into a StoreError a person can act on: a locked, read-only,
/// corrupt or full workspace each gets its own message; constraint failures name the field.
StoreError sqliteError(const QSqlError &error, const QString &path);

} // namespace ne
