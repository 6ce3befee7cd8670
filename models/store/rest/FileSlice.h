// SPDX-License-Identifier: MIT
#pragma once

#include <QCryptographicHash>
#include <QFile>
#include <QIODevice>

namespace ne {

/// A read-only window [offset, offset + length) of a file, as a random-access device: the
/// body of one tus PATCH, read from disk as it is sent (a retry of the request seeks back).
class FileSlice : public QIODevice
{
    Q_OBJECT
public:
    FileSlice(const QString &path, qint64 offset, qint64 length, QObject *parent = nullptr);

    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_length; }
    bool seek(qint64 pos) override;

    /// The digest of the window, read in pieces; empty when the file cannot be read whole.
    static QByteArray hash(const QString &path, qint64 offset, qint64 length,
                           QCryptographicHash::Algorithm algorithm);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QFile m_file;
    qint64 m_offset;
    qint64 m_length;
};

} // namespace ne
