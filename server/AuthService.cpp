// SPDX-License-Identifier: MIT
#include "AuthService.h"

#include "PasswordHasher.h"

#include "store/StoreError.h"

#include <QDateTime>
#include <QJsonArray>

#include <pqxx/pqxx>

namespace ne::server {

namespace {

// RFC 3339 UTC text straight from PostgreSQL.
#define NE_PG_TIME(column)                                                                         \
    "to_char(" column " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"

constexpr auto kKeyCacheTtl = std::chrono::seconds(60);

const char *const kSchema = R"SQL(
CREATE TABLE IF NOT EXISTS server_api_keys (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name varchar(100) NOT NULL,
  key_hash char(64) NOT NULL UNIQUE, role text NOT NULL DEFAULT 'admin',
  created_at timestamptz NOT NULL DEFAULT now(), revoked_at timestamptz);
CREATE TABLE IF NOT EXISTS server_users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(), username varchar(100) NOT NULL UNIQUE,
  email varchar(255), password_hash text NOT NULL, role text NOT NULL DEFAULT 'editor',
  created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(),
  last_login_at timestamptz, disabled boolean NOT NULL DEFAULT false);
)SQL";

template<class F> auto withDb(ConnectionPool &pool, F f)
{
    try {
        auto lease = pool.acquire();
        try {
            return f(*lease);
        } catch (const pqxx::broken_connection &) {
            lease.markBroken();
            throw;
        }
    } catch (const StoreError &) {
        throw;
    } catch (const pqxx::unique_violation &) {
        throw StoreError(StoreError::Kind::Conflict, QStringLiteral("That name is taken."));
    } catch (const std::exception &e) {
        throw StoreError(StoreError::Kind::Unavailable, QStringLiteral("The database failed."),
                         QString::fromUtf8(e.what()));
    }
}

QString str(const pqxx::field &f)
{
    return f.is_null() ? QString() : QString::fromStdString(f.as<std::string>());
}

} // namespace

bool Principal::mayWrite() const
{
    return kind != Kind::Anonymous &&
           (role == QStringLiteral("admin") || role == QStringLiteral("editor"));
}

bool Principal::isKnownRole(const QString &role)
{
    return role == QStringLiteral("admin") || role == QStringLiteral("editor") ||
           role == QStringLiteral("viewer");
}

QByteArray Principal::rateKey() const
{
    switch (kind) {
    case Kind::ApiKey:
        return "key:" + id.toLatin1();
    case Kind::User:
        return "user:" + id.toLatin1();
    case Kind::Anonymous:
        break;
    }
    return "ip:" + id.toLatin1();
}

AuthService::AuthService(std::shared_ptr<ConnectionPool> pool, QByteArray jwtSecret,
                         std::chrono::minutes tokenLifetime)
    : m_pool(std::move(pool))
    , m_jwt(std::move(jwtSecret))
    , m_tokenLifetime(tokenLifetime)
{}

void AuthService::migrate(ConnectionPool &pool)
{
    withDb(pool, [](pqxx::connection &c) {
        pqxx::work tx(c);
        tx.exec(kSchema);
        tx.commit();
        return 0;
    });
}

QByteArray AuthService::presentedKey(const HttpRequest &request)
{
    return request.header("x-api-key").trimmed();
}

AuthService::Outcome AuthService::fromBearer(const HttpRequest &request, Principal &principal) const
{
    const QByteArray auth = request.header("authorization");
    if (!auth.startsWith("Bearer ") && !auth.startsWith("bearer "))
        return Outcome::Denied;
    const auto claims = m_jwt.verify(auth.mid(7).trimmed(), QDateTime::currentSecsSinceEpoch());
    if (!claims)
        return Outcome::Denied;
    principal.kind = Principal::Kind::User;
    principal.id = claims->userId;
    principal.name = claims->username;
    principal.role = claims->role;
    return Outcome::Allowed;
}

AuthService::Outcome AuthService::authenticateCached(const HttpRequest &request,
                                                     Principal &principal) const
{
    const QByteArray key = presentedKey(request);
    if (key.isEmpty())
        return fromBearer(request, principal);
    const QByteArray hash = PasswordHasher::apiKeyHash(key);
    std::lock_guard lock(m_mutex);
    const auto it = m_keys.constFind(hash);
    if (it == m_keys.constEnd() || it->expires < std::chrono::steady_clock::now())
        return Outcome::NeedsDatabase;
    if (!it->valid)
        return Outcome::Denied;
    principal = it->principal;
    return Outcome::Allowed;
}

AuthService::Outcome AuthService::authenticate(const HttpRequest &request, Principal &principal)
{
    const Outcome cached = authenticateCached(request, principal);
    if (cached != Outcome::NeedsDatabase)
        return cached;
    const QByteArray hash = PasswordHasher::apiKeyHash(presentedKey(request));
    CachedKey entry = withDb(*m_pool, [&](pqxx::connection &c) {
        pqxx::read_transaction tx(c);
        const pqxx::result r = tx.exec_params("SELECT id::text, name, role FROM server_api_keys "
                                              "WHERE key_hash = $1 AND revoked_at IS NULL",
                                              hash.toStdString());
        CachedKey k;
        k.expires = std::chrono::steady_clock::now() + kKeyCacheTtl;
        if (!r.empty()) {
            k.valid = true;
            k.principal.kind = Principal::Kind::ApiKey;
            k.principal.id = str(r[0][0]);
            k.principal.name = str(r[0][1]);
            k.principal.role = str(r[0][2]);
        }
        return k;
    });
    std::lock_guard lock(m_mutex);
    if (m_keys.size() > 100000)
        m_keys.clear(); // a flood of random keys must not grow memory without bound
    m_keys.insert(hash, entry);
    if (!entry.valid)
        return Outcome::Denied;
    principal = entry.principal;
    return Outcome::Allowed;
}

std::optional<QJsonObject> AuthService::login(const QString &username, const QString &password,
                                              bool rememberMe)
{
    struct Row
    {
        QString id, email, role, hash, created, updated, lastLogin;
        bool found = false;
    };
    const Row row = withDb(*m_pool, [&](pqxx::connection &c) {
        pqxx::work tx(c);
        const pqxx::result r = tx.exec_params(
            "SELECT id::text, email, role, password_hash, " NE_PG_TIME(
                "created_at") ", " NE_PG_TIME("updated_at") ", " NE_PG_TIME("last_login_at") " "
                                                                                             "FROM "
                                                                                             "serve"
                                                                                             "r_"
                                                                                             "users"
                                                                                             " WHER"
                                                                                             "E "
                                                                                             "usern"
                                                                                             "ame "
                                                                                             "= $1 "
                                                                                             "AND "
                                                                                             "NOT "
                                                                                             "disab"
                                                                                             "led",
            username.toStdString());
        Row out;
        if (!r.empty()) {
            out = Row{str(r[0][0]), str(r[0][1]), str(r[0][2]), str(r[0][3]),
                      str(r[0][4]), str(r[0][5]), str(r[0][6]), true};
        }
        tx.commit();
        return out;
    });
    // Hash even for unknown users so that timing does not reveal which names exist.
    static const QString dummy = PasswordHasher::hash(QStringLiteral("dummy"));
    const bool ok = PasswordHasher::verify(password, row.found ? row.hash : dummy) && row.found;
    if (!ok)
        return std::nullopt;
    withDb(*m_pool, [&](pqxx::connection &c) {
        pqxx::work tx(c);
        tx.exec_params("UPDATE server_users SET last_login_at = now() WHERE id = $1::uuid",
                       row.id.toStdString());
        tx.commit();
        return 0;
    });
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 lifetime = rememberMe ? 30 * 24 * 3600 : qint64(m_tokenLifetime.count()) * 60;
    const QByteArray token = m_jwt.sign({row.id, username, row.role, now, now + lifetime});
    auto pgTime = [](const QString &t) { return t.isEmpty() ? QJsonValue() : QJsonValue(t); };
    const QJsonObject user{
        {QStringLiteral("id"), row.id},
        {QStringLiteral("username"), username},
        {QStringLiteral("email"), row.email},
        {QStringLiteral("role"), row.role},
        {QStringLiteral("permissions"),
         QJsonArray{QStringLiteral("read"), QStringLiteral("write")}},
        {QStringLiteral("createdAt"), pgTime(row.created)},
        {QStringLiteral("updatedAt"), pgTime(row.updated)},
        {QStringLiteral("lastLoginAt"),
         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
    };
    return QJsonObject{{QStringLiteral("user"), user},
                       {QStringLiteral("token"), QString::fromLatin1(token)},
                       {QStringLiteral("expiresIn"), lifetime}};
}

QByteArray AuthService::createApiKey(const QString &name, const QString &role)
{
    const QByteArray key = PasswordHasher::newApiKey();
    withDb(*m_pool, [&](pqxx::connection &c) {
        pqxx::work tx(c);
        tx.exec_params("INSERT INTO server_api_keys (name, key_hash, role) VALUES ($1, $2, $3)",
                       name.toStdString(), PasswordHasher::apiKeyHash(key).toStdString(),
                       role.toStdString());
        tx.commit();
        return 0;
    });
    return key;
}

QString AuthService::createUser(const QString &username, const QString &password,
                                const QString &role)
{
    const QString hash = PasswordHasher::hash(password);
    return withDb(*m_pool, [&](pqxx::connection &c) {
        pqxx::work tx(c);
        const pqxx::result r = tx.exec_params(
            "INSERT INTO server_users (username, password_hash, role) VALUES ($1, $2, $3) "
            "ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash, "
            "role = EXCLUDED.role, updated_at = now() RETURNING id::text",
            username.toStdString(), hash.toStdString(), role.toStdString());
        tx.commit();
        return str(r[0][0]);
    });
}

} // namespace ne::server
