// SPDX-License-Identifier: MIT
#include "ImageUploadSink.h"

#include "ErrorTable.h"

#include <QRegularExpression>

namespace ne::server {

namespace {
constexpr qsizetype kMaxTextPart = 64 * 1024;
constexpr qsizetype kMaxPartHeaders = 8 * 1024;
} // namespace

ImageUploadSink::ImageUploadSink(MediaIngest &ingest, QByteArray boundary, QString tempDir)
    : m_ingest(ingest)
    , m_delimiter("\r\n--" + boundary)
    , m_tempDir(std::move(tempDir))
{
    // The first delimiter has no CRLF before it; pretend it had one.
    m_pending = "\r\n";
}

QByteArray ImageUploadSink::boundaryOf(const QByteArray &contentType)
{
    if (!contentType.toLower().startsWith("multipart/form-data"))
        return {};
    const qsizetype i = contentType.indexOf("boundary=");
    if (i < 0)
        return {};
    QByteArray b = contentType.mid(i + 9).split(';').first().trimmed();
    if (b.startsWith('"') && b.endsWith('"') && b.size() >= 2)
        b = b.mid(1, b.size() - 2);
    return b.size() <= 70 ? b : QByteArray();
}

bool ImageUploadSink::write(const char *data, size_t size)
{
    if (m_failed)
        return false;
    m_pending.append(data, qsizetype(size));
    return process(false);
}

void ImageUploadSink::startPart(const QByteArray &headers)
{
    static const QRegularExpression name(QStringLiteral("name=\"([^\"]*)\""));
    static const QRegularExpression file(QStringLiteral("filename=\"([^\"]*)\""));
    const QString h = QString::fromUtf8(headers);
    m_field = name.match(h).captured(1);
    m_inFile = m_field == QStringLiteral("file") || m_field == QStringLiteral("image");
    m_text.clear();
    if (m_inFile && !m_sawFile) {
        // Only the last path component, and no control characters: a file name is a label.
        QString original =
            file.match(h).captured(1).section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
        original.remove(QRegularExpression(QStringLiteral("[\\x00-\\x1f]")));
        m_fileName = original.left(255);
        m_file = std::make_unique<QTemporaryFile>(m_tempDir + QStringLiteral("/upload-XXXXXX"));
        m_failed = !m_file->open();
        m_sawFile = true;
    }
}

bool ImageUploadSink::emitContent(const char *data, qsizetype size)
{
    if (m_inFile && m_file) {
        m_hash.addData(QByteArrayView(data, size));
        m_fileSize += size;
        return m_file->write(data, size) == size;
    }
    if (m_text.size() + size > kMaxTextPart)
        return false;
    m_text.append(data, size);
    return true;
}

bool ImageUploadSink::process(bool final)
{
    for (;;) {
        switch (m_state) {
        case State::Preamble:
        case State::Content: {
            const qsizetype at = m_pending.indexOf(m_delimiter);
            if (at < 0) {
                const qsizetype keep = m_delimiter.size() - 1;
                if (m_state == State::Content && m_pending.size() > keep) {
                    if (!emitContent(m_pending.constData(), m_pending.size() - keep))
                        return false;
                }
                if (m_pending.size() > keep)
                    m_pending.remove(0, m_pending.size() - keep);
                return !final;
            }
            if (m_state == State::Content) {
                if (!emitContent(m_pending.constData(), at))
                    return false;
                if (!m_inFile)
                    m_values.insert(m_field, QString::fromUtf8(m_text));
            }
            m_pending.remove(0, at + m_delimiter.size());
            m_state = State::AfterDelimiter;
            break;
        }
        case State::AfterDelimiter:
            if (m_pending.size() < 2)
                return !final;
            if (m_pending.startsWith("--")) {
                m_state = State::Done;
                m_pending.clear();
                return true;
            }
            if (!m_pending.startsWith("\r\n"))
                return false;
            m_pending.remove(0, 2);
            m_state = State::Headers;
            break;
        case State::Headers: {
            const qsizetype end = m_pending.indexOf("\r\n\r\n");
            if (end < 0)
                return m_pending.size() <= kMaxPartHeaders && !final;
            startPart(m_pending.left(end));
            m_pending.remove(0, end + 4);
            m_state = State::Content;
            if (m_failed)
                return false;
            break;
        }
        case State::Done:
            m_pending.clear();
            return true;
        }
    }
}

HttpResponse ImageUploadSink::finish(HttpRequest &request)
{
    if (m_state != State::Done || !m_sawFile || !m_file || m_failed)
        return ErrorTable::response(
            ApiError::Validation, request.requestId,
            QStringLiteral("Send multipart/form-data with a “file” part."),
            {{QStringLiteral("file"), QStringLiteral("required"), QStringLiteral("required")}});
    m_file->flush();
    QVariantMap fields = m_values;
    if (const QString tags = m_values.value(QStringLiteral("tags")).toString(); !tags.isEmpty())
        fields.insert(QStringLiteral("tags"), tags.split(QLatin1Char(','), Qt::SkipEmptyParts));
    const QString sha = m_hash.hexResult();
    return m_ingest
        .ingest(*m_file, sha, m_fileName, fields, MediaIngest::Accept::Images, request.requestId)
        .response;
}

void ImageUploadSink::abort()
{
    m_file.reset(); // QTemporaryFile removes itself
}

} // namespace ne::server
