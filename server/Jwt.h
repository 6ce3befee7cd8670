// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace ne::server {

/// The claims nextevent-server puts in and reads from a token.
struct JwtClaims
{
    QString userId; ///< "sub" and "user_id"
    QString username;
    QString role;
    qint64 issuedAt = 0; ///< seconds since the epoch
    qint64 expiresAt = 0;
};

/// HS256 JSON Web Tokens (RFC 7519) signed with OpenSSL HMAC. Only "HS256" is accepted:
/// "none", other HMAC sizes and asymmetric algorithms are refused, as is a missing or past
/// "exp". Immutable after construction, so one instance serves every thread.
class Jwt
{
public:
    explicit Jwt(QByteArray secret, QString issuer = QStringLiteral("nextevent"));

    QByteArray sign(const JwtClaims &claims) const;
    /// The claims of a valid token, or nullopt with why in *reason (for logs, not clients).
    std::optional<JwtClaims> verify(const QByteArray &token, qint64 nowSeconds,
                                    QString *reason = nullptr) const;

    static QByteArray hmacSha256(const QByteArray &key, const QByteArray &data);

private:
    QByteArray m_secret;
    QString m_issuer;
};

} // namespace ne::server
