// SPDX-License-Identifier: MIT
#include "StoreError.h"

namespace ne {

StoreError::StoreError(Kind kind, QString message, QString detail)
    : m_kind(kind)
    , m_message(std::move(message))
    , m_detail(std::move(detail))
{
    m_what = (kindName(m_kind) + QStringLiteral(": ") + m_message).toUtf8();
}

StoreError StoreError::invalid(QList<FieldError> errors)
{
    QString message;
    if (errors.size() == 1)
        message = errors.first().message;
    else
        message = tr("%n field(s) need attention.", nullptr, int(errors.size()));
    StoreError e(Kind::Invalid, message);
    e.m_fieldErrors = std::move(errors);
    return e;
}

QString StoreError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Unavailable:
        return QStringLiteral("unavailable");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::Invalid:
        return QStringLiteral("invalid");
    case Kind::TooLarge:
        return QStringLiteral("too-large");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    Q_UNREACHABLE();
}

const char *StoreError::what() const noexcept
{
    return m_what.constData();
}

} // namespace ne
