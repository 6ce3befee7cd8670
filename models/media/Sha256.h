// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
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
    void addData(const QByteArray &data) { addData(data.constData(), data.size()); }
    /// Lowercase hex digest; the object cannot be fed afterwards.
    QString hexResult();

    static QString hex(const QByteArray &data);

private:
    struct Deleter
    {
        void operator()(evp_md_ctx_st *ctx) const;
    };
    std::unique_ptr<evp_md_ctx_st, Deleter> m_ctx;
};

} // namespace ne
