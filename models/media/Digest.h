// SPDX-License-Identifier: MIT
#pragma once

#include "media/Sha256.h"

#include <QByteArrayView>
#include <QCryptographicHash>

#include <optional>

namespace ne {

/// A streaming digest of a tus checksum algorithm: SHA-256 goes through OpenSSL (Sha256,
/// several times QCryptographicHash's speed here), anything else through Qt.
class Digest
{
public:
    explicit Digest(QCryptographicHash::Algorithm algorithm);

    void addData(QByteArrayView data);
    /// The raw digest; the object cannot be fed afterwards.
    QByteArray result();

private:
    std::optional<Sha256> m_sha256;
    std::optional<QCryptographicHash> m_other;
};

} // namespace ne
