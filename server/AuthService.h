// SPDX-License-Identifier: MIT
#pragma once

#include "HttpMessage.h"
#include "Jwt.h"

#include "store/postgres/ConnectionPool.h"

#include <QHash>
#include <QJsonObject>

#include <chrono>
#include <memory>
#include <mutex>
#include <optional>

namespace ne::server {

/// Who is calling.
struct Principal
{
    enum class Kind
    {
        Anonymous,
        ApiKey,
        User
    };
    Kind kind = Kind::Anonymous;
    QString id;
    QString name;
    QString role;
    /// The rate limiter's bucket: the key id, the user id or the remote address.
    QByteArray rateKey() const;
    /// Roles: viewer reads; editor and admin also write content and upload (admin is kept
    /// apart for provisioning and future administration). Unknown roles only read.
    bool mayWrite() const;
    static bool isKnownRole(const QString &role);
};

/// API keys (stored as SHA-256, looked up once a minute at most per key), users with
/// PBKDF2 password hashes, and HS256 tokens. The tables live beside the content schema
/// (server_api_keys, server_users) and are created by migrate(). Thread-safe.
class AuthService
{
public:
    enum class Outcome
    {
        Allowed,
        Denied,
        NeedsDatabase
    };

    AuthService(std::shared_ptr<ConnectionPool> pool, QByteArray jwtSecret,
                std::chrono::minutes tokenLifetime);

    /// Creates the server's own tables if missing.
    static void migrate(ConnectionPool &pool);

    /// From memory only (io thread): a JWT, or an API key seen within the last minute.
    Outcome authenticateCached(const HttpRequest &request, Principal &principal) const;
    /// Full check, may query the database (worker thread).
    Outcome authenticate(const HttpRequest &request, Principal &principal);

    /// POST /api/v2/auth/login: the OA/GO login reply, or nullopt for wrong credentials.
    std::optional<QJsonObject> login(const QString &username, const QString &password,
                                     bool rememberMe);

    /// Command-line provisioning. Returns the new key (shown once) / the user's id.
    QByteArray createApiKey(const QString &name, const QString &role);
    QString createUser(const QString &username, const QString &password, const QString &role);

    const Jwt &jwt() const { return m_jwt; }

private:
    struct CachedKey
    {
        Principal principal;
        std::chrono::steady_clock::time_point expires;
        bool valid = false;
    };
    static QByteArray presentedKey(const HttpRequest &request);
    Outcome fromBearer(const HttpRequest &request, Principal &principal) const;

    std::shared_ptr<ConnectionPool> m_pool;
    Jwt m_jwt;
    std::chrono::minutes m_tokenLifetime;
    mutable std::mutex m_mutex;
    QHash<QByteArray, CachedKey> m_keys; ///< key hash -> principal (or a negative entry)
};

} // namespace ne::server
