// SPDX-License-Identifier: MIT
#include "SqliteErrors.h"

namespace ne {

namespace {

// SQLite primary result codes (the low byte of extended codes).
enum SqliteCode
{
    Busy = 5,
    Locked = 6,
    NoMemory = 7,
    ReadOnly = 8,
    IoError = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    Constraint = 19,
    NotADatabase = 26,
};

StoreError constraintError(const QString &text, const QString &detail)
{
    using K = StoreError::Kind;
    if (text.contains(QStringLiteral("UNIQUE")) && text.contains(QStringLiteral(".slug")))
        return StoreError(K::Conflict,
                          StoreError::tr("This slug is already used by another item. "
                                         "Choose a different slug."),
                          detail);
    if (text.contains(QStringLiteral("UNIQUE")) && text.contains(QStringLiteral("news_articles")))
        return StoreError(K::Invalid,
                          StoreError::tr("An issue can have only one main story, and "
                                         "each article appears once."),
                          detail);
    if (text.contains(QStringLiteral("UNIQUE")))
        return StoreError(K::Conflict, StoreError::tr("Another item already has this value."),
                          detail);
    if (text.contains(QStringLiteral("FOREIGN KEY")))
        return StoreError(K::Invalid,
                          StoreError::tr("A referenced item (image, article or "
                                         "category) does not exist any more."),
                          detail);
    if (text.contains(QStringLiteral("position")))
        return StoreError(K::Invalid, StoreError::tr("A news issue holds at most 8 articles."),
                          detail);
    return StoreError(K::Invalid,
                      StoreError::tr("The values break a rule of the workspace: %1").arg(text),
                      detail);
}

} // namespace

StoreError sqliteError(const QSqlError &error, const QString &path)
{
    using K = StoreError::Kind;
    const QString detail = error.text() + QStringLiteral(" [") + error.nativeErrorCode() + u']';
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString text = error.databaseText();
    switch (code) {
    case Busy:
    case Locked:
        return StoreError(K::Unavailable,
                          StoreError::tr("The workspace is busy: another program is writing to "
                                         "%1. Try again in a moment.")
                              .arg(path),
                          detail);
    case ReadOnly:
        return StoreError(K::Forbidden,
                          StoreError::tr("The workspace %1 is read-only, so changes cannot be "
                                         "saved. Your edits are still in the form.")
                              .arg(path),
                          detail);
    case Corrupt:
    case NotADatabase:
        return StoreError(K::Unavailable,
                          StoreError::tr("%1 is damaged or is not a NextEvent workspace. Open "
                                         "another file or restore a backup.")
                              .arg(path),
                          detail);
    case Full:
        return StoreError(K::Server,
                          StoreError::tr("The disk is full, so nothing was saved. Free some "
                                         "space and save again; your edits are still here."),
                          detail);
    case CantOpen:
        return StoreError(K::Unavailable,
                          StoreError::tr("Cannot open the workspace %1: check that the folder "
                                         "exists and you may write to it.")
                              .arg(path),
                          detail);
    case IoError:
        return StoreError(K::Server,
                          StoreError::tr("Reading or writing %1 failed (disk error).").arg(path),
                          detail);
    case NoMemory:
        return StoreError(K::Server, StoreError::tr("The computer ran out of memory."), detail);
    case Constraint:
        return constraintError(text, detail);
    default:
        break;
    }
    if (text.contains(QStringLiteral("not a database")))
        return sqliteError(
            QSqlError(error.driverText(), text, error.type(), QString::number(int(NotADatabase))),
            path);
    return StoreError(K::Server, StoreError::tr("The workspace reported an error: %1").arg(text),
                      detail);
}

} // namespace ne
