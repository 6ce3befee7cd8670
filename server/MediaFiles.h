// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QFile;

namespace ne::server {

/// The server's content-addressed media folder, dataDir/media/ab/<sha256>. Uploads are kept
/// here (their rows go to PostgreSQL without the bytes, media.storage = files), and media a
/// direct client stored in PostgreSQL is copied here on first read. Files never change once
/// they exist, so any thread may read them; writers publish by rename.
class MediaFiles
{
public:
    explicit MediaFiles(QString dataDir);

    QString pathOf(const QString &sha256) const;
    bool contains(const QString &sha256) const;
    /// Makes the whole of file (open, any position; left where it was) pathOf(sha256),
    /// flushed to disk first, so a row that names it never outlives it in a crash: a hard
    /// link on the same file system (so the caller must never write to file again, only
    /// remove it), else a copy in the kernel. An existing copy is kept. false with *error.
    bool store(QFile &file, const QString &sha256, QString *error) const;

private:
    QString m_root;
};

} // namespace ne::server
