// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

struct evp_md_ctx_st;

namespace ne {

/// Streaming SHA-256 through OpenSSL's libcrypto, which uses the CPU's SHA instructions
/// (several times faster than QCryptographicHash on these machines).
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(const char *data, qsizetype size);
    void addData(QByteArrayView data) { addData(data.data(), data.size()); }
    /// Starts over, as if just constructed.
    void reset();
    /// The 32-byte digest; the object cannot be fed afterwards (until reset()).
    QByteArray result();
    /// Lowercase hex digest; the object cannot be fed afterwards.
    QString hexResult() { return QString::fromLatin1(result().toHex()); }

    static QString hex(const QByteArray &data);

private:
    struct Deleter
    {
        void operator()(evp_md_ctx_st *ctx) const;
    };
    std::unique_ptr<evp_md_ctx_st, Deleter> m_ctx;
};

} // namespace ne
