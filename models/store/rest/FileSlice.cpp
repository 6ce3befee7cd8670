// SPDX-License-Identifier: MIT
#include "FileSlice.h"

#include "media/Digest.h"

namespace ne {

FileSlice::FileSlice(const QString &path, qint64 offset, qint64 length, QObject *parent)
    : QIODevice(parent)
    , m_file(path)
    , m_offset(offset)
    , m_length(length)
{}

bool FileSlice::open(OpenMode mode)
{
    if ((mode & WriteOnly) || !m_file.open(QIODevice::ReadOnly) || !m_file.seek(m_offset))
        return false;
    return QIODevice::open(mode);
}

void FileSlice::close()
{
    m_file.close();
    QIODevice::close();
}

bool FileSlice::seek(qint64 pos)
{
    if (pos < 0 || pos > m_length || !m_file.seek(m_offset + pos))
        return false;
    return QIODevice::seek(pos);
}

qint64 FileSlice::readData(char *data, qint64 maxSize)
{
    const qint64 left = m_length - pos();
    if (left <= 0)
        return -1;
    return m_file.read(data, std::min(maxSize, left));
}

QByteArray FileSlice::hash(const QString &path, qint64 offset, qint64 length,
                           QCryptographicHash::Algorithm algorithm)
{
    FileSlice slice(path, offset, length);
    if (!slice.open(QIODevice::ReadOnly))
        return {};
    Digest digest(algorithm);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 total = 0;
    for (qint64 n; (n = slice.read(buffer.data(), buffer.size())) > 0; total += n)
        digest.addData(QByteArrayView(buffer.constData(), n));
    if (total != length)
        return {};
    return digest.result();
}

} // namespace ne
