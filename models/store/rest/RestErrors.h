// SPDX-License-Identifier: MIT
#pragma once

#include "store/StoreError.h"
#include "store/rest/RestMessage.h"

#include <QSslError>

namespace ne {

/// Turns what an API answered (any of the platform's three error bodies, an HTML page from
/// a proxy, or no answer at all) into a StoreError a person can act on.
class RestErrors
{
    Q_DECLARE_TR_FUNCTIONS(ne::RestErrors)
public:
    static StoreError fromReply(const RestReply &reply);
    static StoreError transport(const RestReply &reply);
    /// "Subject, issuer, validity, SHA-256" of the certificate the errors are about.
    static QString certificateDetails(const QList<QSslError> &errors);
    /// A body that is not the JSON the client expected (truncated, HTML, wrong type).
    static StoreError malformed(const RestReply &reply, const QString &what);

private:
    static StoreError::Kind kindOf(int status);
};

} // namespace ne
