// SPDX-License-Identifier: MIT
#pragma once

#include "store/StoreError.h"
#include "store/rest/RestMessage.h"
#include "store/rest/RestSettings.h"

#include <QDateTime>
#include <QNetworkRequest>

#include <optional>

namespace ne {

/// Who the client is to the API: an X-API-Key, or a JWT obtained by POST /auth/login with
/// a user name and password. Holds secrets in memory only and never prints them.
/// generation() grows with every new token, so RestClient can tell a request refused
/// with an old token (replay it) from one refused with the current token (give up).
class RestAuth
{
    Q_DECLARE_TR_FUNCTIONS(ne::RestAuth)
public:
    explicit RestAuth(const RestSettings &settings);

    bool usesLogin() const { return m_apiKey.isEmpty(); }
    /// True when a request cannot go out before a login (no token yet, or it expired).
    bool needsLogin() const;
    quint64 generation() const { return m_generation; }
    void apply(QNetworkRequest &request) const;

    RestRequest loginRequest(const RestSettings &settings) const;
    /// Takes the token from a login reply, or returns why the login failed.
    std::optional<StoreError> acceptLogin(const RestReply &reply);
    /// A token kept from an earlier session; the first 401 replaces it by a login.
    void setToken(const QByteArray &token, const QDateTime &expiresAt = {});
    const QByteArray &token() const { return m_token; }

private:
    QString m_apiKey;
    QString m_username;
    QString m_password;
    QByteArray m_token;
    QDateTime m_expiresAt;
    quint64 m_generation = 0;
};

} // namespace ne
