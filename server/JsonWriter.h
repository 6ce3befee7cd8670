// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QStringView>

namespace ne::server {

/// Writes compact JSON straight into a byte buffer. List responses are the server's hot
/// path, and building a QJsonObject tree per row only to serialise it at once cost more
/// than the database query (profiled: tree and serialisation were half the CPU of a
/// 100-row page). Commas are placed by the writer; the caller keeps the nesting right.
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray &out)
        : m_out(out)
    {}

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    /// The name of the next member of the current object.
    void key(QStringView name);
    /// A name already quoted, escaped and followed by ':' ("\"title\":").
    void encodedKey(const QByteArray &quotedWithColon);

    void value(QStringView text);
    void value(QLatin1StringView text);
    /// A string given as UTF-8 bytes (as PostgreSQL sends text): escaped, not converted.
    void valueUtf8(const char *text, qsizetype size);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(double number);
    void value(bool flag);
    void null();
    /// An already-encoded JSON value, written as is.
    void raw(QByteArrayView json);

private:
    void open(char bracket);
    void close(char bracket);
    void separate();
    void appendString(QStringView text);
    void appendString(QLatin1StringView text);
    void appendEscaped(const char *utf8, qsizetype size);

    QByteArray &m_out;
    bool m_first = true; // no member or element written yet at this level
    bool m_afterKey = false;
};

} // namespace ne::server
