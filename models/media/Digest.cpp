// SPDX-License-Identifier: MIT
#include "Digest.h"

namespace ne {

Digest::Digest(QCryptographicHash::Algorithm algorithm)
{
    if (algorithm == QCryptographicHash::Sha256)
        m_sha256.emplace();
    else
        m_other.emplace(algorithm);
}

void Digest::addData(QByteArrayView data)
{
    if (m_sha256)
        m_sha256->addData(data);
    else
        m_other->addData(data);
}

QByteArray Digest::result()
{
    return m_sha256 ? m_sha256->result() : m_other->result();
}

} // namespace ne
