// SPDX-License-Identifier: MIT
#include "PasswordHasher.h"

#include "media/Sha256.h"

#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace ne::server {

namespace {

QByteArray pbkdf2(const QByteArray &password, const QByteArray &salt, int iterations)
{
    QByteArray out(64, Qt::Uninitialized);
    PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()),
                      iterations, EVP_sha512(), int(out.size()),
                      reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

} // namespace

QByteArray PasswordHasher::randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1)
        qFatal("OpenSSL RAND_bytes failed");
    return out;
}

QString PasswordHasher::hash(const QString &password, int iterations)
{
    const QByteArray salt = randomBytes(16);
    const QByteArray derived = pbkdf2(password.toUtf8(), salt, iterations);
    return QStringLiteral("pbkdf2-sha512$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(derived.toBase64()));
}

bool PasswordHasher::verify(const QString &password, const QString &encoded)
{
    const QStringList parts = encoded.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != QStringLiteral("pbkdf2-sha512"))
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < 1000 || iterations > 10000000)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[3].toLatin1());
    if (salt.isEmpty() || expected.size() != 64)
        return false;
    const QByteArray derived = pbkdf2(password.toUtf8(), salt, iterations);
    return CRYPTO_memcmp(derived.constData(), expected.constData(), size_t(expected.size())) == 0;
}

QByteArray PasswordHasher::newApiKey()
{
    return "nek_" +
           randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray PasswordHasher::apiKeyHash(const QByteArray &key)
{
    // On every authenticated request: OpenSSL's SHA-256 uses the CPU's SHA instructions.
    Sha256 hash;
    hash.addData(key);
    return hash.result().toHex();
}

} // namespace ne::server
