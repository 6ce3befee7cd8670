// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QJsonValue>
#include <QString>
#include <QVariant>

namespace ne {

/// A forward-only reader of UTF-8 JSON for decoders that build their own values instead of
/// a QJsonDocument tree. It accepts strict RFC 8259 JSON only, a subset of what Qt's parser
/// accepts, and gives numbers, strings and nested values exactly as QJsonValue would: a
/// caller may leave anything it refuses to QJsonDocument and get the same answer.
/// An error is sticky: every later call fails fast and returns an empty value.
class JsonScanner
{
public:
    /// A string's bytes between its quotes, escapes not yet resolved; points into the text.
    struct Text
    {
        QByteArrayView raw;
        bool escaped = false;
        bool ascii = true; ///< apart from escapes

        QString toString() const;
        /// Whether the decoded text is name (ASCII).
        bool operator==(QByteArrayView name) const;
    };

    explicit JsonScanner(QByteArrayView json);

    bool failed() const { return m_failed; }
    /// The first byte of the next value after whitespace ('{', '[', '"', 'n', …), or 0.
    char peek()
    {
        skipSpace();
        return m_pos < m_end ? *m_pos : '\0';
    }
    /// Consumes c after whitespace; false, with nothing consumed, when something else is next.
    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    /// take(c), failing when something else is next.
    bool expect(char c) { return take(c) || fail(); }
    /// Inside an object or array: whether another member or element follows; consumes the
    /// comma between them and the closing bracket. first starts true.
    bool more(bool &first, char close)
    {
        if (first) {
            first = false;
            return !take(close) && !m_failed;
        }
        if (take(','))
            return true;
        expect(close);
        return false;
    }
    /// Consumes a null if one is next.
    bool takeNull();
    /// Whether nothing but whitespace is left.
    bool atEnd();

    Text string();
    /// A number, true, false or null, stored as Qt's parser stores it (no allocation).
    QJsonValue scalar();
    /// Any value, as QJsonValue::toVariant would give it.
    QVariant variant();
    void skip();

private:
    bool fail();
    void skipSpace()
    {
        // Every byte above ' ' ends the run, so most calls test one byte.
        while (m_pos < m_end && uchar(*m_pos) <= ' ' &&
               (*m_pos == ' ' || *m_pos == '\n' || *m_pos == '\r' || *m_pos == '\t'))
            ++m_pos;
    }
    void skipPlain();
    bool literal(QByteArrayView word);
    QJsonValue number();
    bool escape();
    bool utf8();
    bool enter();

    const char *m_pos;
    const char *m_end;
    int m_depth = 0;
    bool m_failed = false;
};

} // namespace ne
