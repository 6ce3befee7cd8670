// SPDX-License-Identifier: MIT
#include "Sha256.h"

#include <QString>
#include <openssl/evp.h>
#include <stdexcept>

namespace ne {

void Sha256::Deleter::operator()(evp_md_ctx_st *ctx) const
{
    EVP_MD_CTX_free(ctx);
}

Sha256::Sha256()
    : m_ctx(EVP_MD_CTX_new())
{
    if (!m_ctx)
        throw std::runtime_error("SHA-256 initialisation failed");
    reset();
}

void Sha256::reset()
{
    if (EVP_DigestInit_ex(m_ctx.get(), EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("SHA-256 initialisation failed");
}

Sha256::~Sha256() = default;

void Sha256::addData(const char *data, qsizetype size)
{
    if (EVP_DigestUpdate(m_ctx.get(), data, size_t(size)) != 1)
        throw std::runtime_error("SHA-256 update failed");
}

QByteArray Sha256::result()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_ctx.get(), digest, &length) != 1)
        throw std::runtime_error("SHA-256 finalisation failed");
    return QByteArray(reinterpret_cast<const char *>(digest), int(length));
}

QString Sha256::hex(const QByteArray &data)
{
    Sha256 hash;
    hash.addData(data);
    return hash.hexResult();
}

} // namespace ne
