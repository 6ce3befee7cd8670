// SPDX-License-Identifier: MIT
#pragma once

#include "store/MediaRef.h"

#include <QString>
#include <functional>

namespace ne {

/// A content-addressed folder of files: media/ab/cdef… named by SHA-256, so the same
/// bytes are stored once and a retried copy cannot duplicate. Thread-safe: writers stream
/// into a private temporary file and publish it with an atomic rename.
class MediaFolder
{
public:
    /// progress(bytesDone, bytesTotal) returns false to cancel.
    using Progress = std::function<bool(qint64, qint64)>;

    explicit MediaFolder(QString root);

    const QString &root() const { return m_root; }
    /// Copies the file in, hashing while streaming. Throws StoreError (unreadable file,
    /// empty file, disk full, cancelled, a file that changed size while being read).
    MediaRef put(const QString &filePath, const Progress &progress = {}) const;
    /// The absolute path of stored bytes, whether or not they exist.
    QString pathOf(const QString &sha256) const;
    /// The relative form kept in records ("media/ab/cdef…").
    static QString relativePathOf(const QString &sha256);

private:
    QString m_root;
};

} // namespace ne
