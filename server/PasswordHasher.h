// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace ne::server {

/// Salted, deliberately slow password hashes (PBKDF2-HMAC-SHA512 through OpenSSL), and
/// fast hashes for high-entropy API keys. Stateless; safe on any thread.
class PasswordHasher
{
public:
    static constexpr int kDefaultIterations = 210000; ///< OWASP 2023 for PBKDF2-SHA512

    /// "pbkdf2-sha512$<iterations>$<salt b64>$<hash b64>"
    static QString hash(const QString &password, int iterations = kDefaultIterations);
    static bool verify(const QString &password, const QString &encoded);

    /// A new API key: "nek_" + 32 random bytes, base64url. Shown once, stored hashed.
    static QByteArray newApiKey();
    /// SHA-256 hex of an API key, what the api_keys table stores.
    static QByteArray apiKeyHash(const QByteArray &key);
    static QByteArray randomBytes(int count);
};

} // namespace ne::server
