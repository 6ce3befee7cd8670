// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QTemporaryDir>

/// A tmpfs of a few MiB mounted on a temporary folder, so that a test can make a disk
/// really run out of space (SQLite then fails with SQLITE_FULL, as on a full laptop disk).
/// Mounting needs root (CAP_SYS_ADMIN): isMounted() says whether it worked so that tests
/// can skip where it does not. Unmounts on destruction.
class SmallDisk
{
public:
    explicit SmallDisk(qint64 bytes);
    ~SmallDisk();
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool isMounted() const { return m_mounted; }
    /// Why mounting failed, for QSKIP.
    const QString &error() const { return m_error; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    /// Takes every free byte with a filler file. Returns false if the disk never filled.
    bool fill();
    /// Deletes the filler file again.
    void release();

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_error;
};
