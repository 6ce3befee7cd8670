// SPDX-License-Identifier: MIT
#include "Jwt.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace ne::server {

namespace {

constexpr auto kB64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

std::optional<QJsonObject> decodeObject(const QByteArray &part)
{
    const auto raw = QByteArray::fromBase64Encoding(
        part, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!raw)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*raw, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

bool fail(QString *reason, const char *why)
{
    if (reason)
        *reason = QString::fromLatin1(why);
    return false;
}

} // namespace

Jwt::Jwt(QByteArray secret, QString issuer)
    : m_secret(std::move(secret))
    , m_issuer(std::move(issuer))
{}

QByteArray Jwt::hmacSha256(const QByteArray &key, const QByteArray &data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    HMAC(EVP_sha256(), key.constData(), int(key.size()),
         reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()), out, &len);
    return QByteArray(reinterpret_cast<const char *>(out), int(len));
}

QByteArray Jwt::sign(const JwtClaims &claims) const
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QJsonObject payload{
        {QStringLiteral("sub"), claims.userId},
        {QStringLiteral("user_id"), claims.userId},
        {QStringLiteral("username"), claims.username},
        {QStringLiteral("role"), claims.role},
        {QStringLiteral("iss"), m_issuer},
        {QStringLiteral("iat"), claims.issuedAt},
        {QStringLiteral("exp"), claims.expiresAt},
    };
    const QByteArray signingInput =
        QJsonDocument(header).toJson(QJsonDocument::Compact).toBase64(kB64) + '.' +
        QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(kB64);
    return signingInput + '.' + hmacSha256(m_secret, signingInput).toBase64(kB64);
}

std::optional<JwtClaims> Jwt::verify(const QByteArray &token, qint64 nowSeconds,
                                     QString *reason) const
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
        fail(reason, "not three parts");
        return std::nullopt;
    }
    const auto header = decodeObject(parts[0]);
    if (!header) {
        fail(reason, "bad header");
        return std::nullopt;
    }
    // Only HS256: "none" would skip the signature and RS/ES would confuse key types.
    if (header->value(QStringLiteral("alg")).toString() != QStringLiteral("HS256")) {
        fail(reason, "algorithm not HS256");
        return std::nullopt;
    }
    const auto signature = QByteArray::fromBase64Encoding(
        parts[2], QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray expected = hmacSha256(m_secret, parts[0] + '.' + parts[1]);
    if (!signature || (*signature).size() != expected.size() ||
        CRYPTO_memcmp((*signature).constData(), expected.constData(), size_t(expected.size())) !=
            0) {
        fail(reason, "bad signature");
        return std::nullopt;
    }
    const auto payload = decodeObject(parts[1]);
    if (!payload) {
        fail(reason, "bad payload");
        return std::nullopt;
    }
    const QJsonValue exp = payload->value(QStringLiteral("exp"));
    if (!exp.isDouble() || qint64(exp.toDouble()) <= nowSeconds) {
        fail(reason, "expired or no exp");
        return std::nullopt;
    }
    const QJsonValue nbf = payload->value(QStringLiteral("nbf"));
    if (nbf.isDouble() && qint64(nbf.toDouble()) > nowSeconds + 30) {
        fail(reason, "not yet valid");
        return std::nullopt;
    }
    if (payload->value(QStringLiteral("iss")).toString() != m_issuer) {
        fail(reason, "wrong issuer");
        return std::nullopt;
    }
    JwtClaims c;
    c.userId = payload->value(QStringLiteral("sub")).toString();
    if (c.userId.isEmpty())
        c.userId = payload->value(QStringLiteral("user_id")).toString();
    c.username = payload->value(QStringLiteral("username")).toString();
    c.role = payload->value(QStringLiteral("role")).toString();
    c.issuedAt = qint64(payload->value(QStringLiteral("iat")).toDouble());
    c.expiresAt = qint64(exp.toDouble());
    if (c.userId.isEmpty()) {
        fail(reason, "no subject");
        return std::nullopt;
    }
    return c;
}

} // namespace ne::server
