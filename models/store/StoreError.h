// SPDX-License-Identifier: MIT
#pragma once

#include "schema/EntitySchema.h"

#include <QCoreApplication>
#include <QException>
#include <QList>
#include <QString>

namespace ne {

/// Why a Store call failed. It travels inside a QFuture and reaches the UI thread,
/// where .onFailed() shows message() to the person and logs detail().
class StoreError : public QException
{
    Q_DECLARE_TR_FUNCTIONS(ne::StoreError)
public:
    enum class Kind
    {
        Unavailable,  ///< the backend cannot be reached or opened; retrying later may work
        Unauthorized, ///< credentials missing, wrong or expired
        Forbidden,    ///< known user, not allowed (or a read-only workspace)
        NotFound,     ///< the row is gone (deleted by someone else)
        Conflict,     ///< someone changed the row since it was read, or a unique value is taken
        Invalid,      ///< the input breaks the schema; fieldErrors() says where
        TooLarge,     ///< a file or value beyond the limit
        Server,       ///< the backend failed in a way the user cannot fix (disk full, bug)
        Cancelled,    ///< the caller cancelled the operation
    };

    StoreError(Kind kind, QString message, QString detail = {});
    static StoreError invalid(QList<FieldError> errors);

    Kind kind() const { return m_kind; }
    const QString &message() const { return m_message; }
    const QString &detail() const { return m_detail; }
    const QList<FieldError> &fieldErrors() const { return m_fieldErrors; }
    /// The current row when kind() is Conflict and the backend could read it.
    const QVariantMap &current() const { return m_current; }
    void setCurrent(const QVariantMap &current) { m_current = current; }

    static QString kindName(Kind kind);

    void raise() const override { throw *this; }
    StoreError *clone() const override { return new StoreError(*this); }
    const char *what() const noexcept override;

private:
    Kind m_kind;
    QString m_message;
    QString m_detail;
    QList<FieldError> m_fieldErrors;
    QVariantMap m_current;
    QByteArray m_what;
};

/// Runs f and turns anything it throws into a StoreError, so no foreign exception
/// (SQL driver, parser, std::bad_alloc) crosses a thread or a slot.
template<typename F> auto guardStoreCall(F &&f) -> decltype(f());

} // namespace ne

#include "StoreError.inl"
