// SPDX-License-Identifier: MIT
#include "JsonWriter.h"

#include <QLocale>
#include <QString>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

namespace ne::server {

void JsonWriter::separate()
{
    if (m_afterKey)
        m_afterKey = false;
    else if (!m_first)
        m_out.append(',');
    m_first = false;
}

void JsonWriter::open(char bracket)
{
    separate();
    m_out.append(bracket);
    m_first = true;
}

void JsonWriter::close(char bracket)
{
    m_out.append(bracket);
    m_first = false;
}

void JsonWriter::key(QStringView name)
{
    separate();
    appendString(name);
    m_out.append(':');
    m_afterKey = true;
}

void JsonWriter::encodedKey(const QByteArray &quotedWithColon)
{
    separate();
    m_out.append(quotedWithColon);
    m_afterKey = true;
}

void JsonWriter::value(QStringView text)
{
    separate();
    appendString(text);
}

void JsonWriter::appendString(QStringView text)
{
    // Most values are ASCII: narrow them on the stack, then escape in one pass.
    QVarLengthArray<char, 512> utf8(text.size());
    qsizetype n = 0;
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
        utf8[n++] = char(c.unicode());
    }
    m_out.append('"');
    if (ascii) {
        appendEscaped(utf8.data(), n);
    } else {
        const QByteArray encoded = text.toUtf8();
        appendEscaped(encoded.constData(), encoded.size());
    }
    m_out.append('"');
}

void JsonWriter::value(QLatin1StringView text)
{
    separate();
    appendString(text);
}

void JsonWriter::appendString(QLatin1StringView text)
{
    m_out.append('"');
    const bool ascii = std::all_of(text.begin(), text.end(),
                                   [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (ascii) {
        appendEscaped(text.data(), text.size());
    } else {
        const QByteArray encoded = QString(text).toUtf8();
        appendEscaped(encoded.constData(), encoded.size());
    }
    m_out.append('"');
}

void JsonWriter::value(qint64 number)
{
    separate();
    m_out.append(QByteArray::number(number));
}

void JsonWriter::value(double number)
{
    separate();
    // JSON has no NaN or infinity; QJsonDocument writes null for them too.
    if (!std::isfinite(number))
        m_out.append("null", 4);
    else
        m_out.append(QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
}

void JsonWriter::value(bool flag)
{
    separate();
    m_out.append(flag ? QByteArrayView("true") : QByteArrayView("false"));
}

void JsonWriter::null()
{
    separate();
    m_out.append("null", 4);
}

void JsonWriter::valueUtf8(const char *text, qsizetype size)
{
    separate();
    m_out.append('"');
    appendEscaped(text, size);
    m_out.append('"');
}

void JsonWriter::raw(QByteArrayView json)
{
    separate();
    m_out.append(json);
}

void JsonWriter::appendEscaped(const char *utf8, qsizetype size)
{
    static const char hex[] = "0123456789abcdef";
    qsizetype start = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        m_out.append(utf8 + start, i - start);
        start = i + 1;
        switch (c) {
        case '"':
            m_out.append("\\\"", 2);
            break;
        case '\\':
            m_out.append("\\\\", 2);
            break;
        case '\n':
            m_out.append("\\n", 2);
            break;
        case '\r':
            m_out.append("\\r", 2);
            break;
        case '\t':
            m_out.append("\\t", 2);
            break;
        default: {
            const char escape[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
            m_out.append(escape, sizeof escape);
        }
        }
    }
    m_out.append(utf8 + start, size - start);
}

} // namespace ne::server
