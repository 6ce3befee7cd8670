// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>
#include <QThreadPool>
#include <QUrl>

namespace ne {

/// Remembers the tus upload URL of every file whose upload has not finished, so that the
/// next attempt (a retry by the upload queue, also after the app restarted) asks the
/// server how far it got and continues there. Keyed by server, path, size and modification
/// time: a file changed since is a new upload. Kept in a small JSON file (or only in memory
/// when no file is given); written at once on every change, as the app may be killed, but
/// on a writer thread of its own: the book lives on the UI thread, and a safe write waits
/// for the disk. Writes keep their order; destroying the book waits for the last one.
class TusResumeBook
{
public:
    explicit TusResumeBook(QString filePath);

    /// The key of filePath's current contents on the server at baseUrl; empty when the file
    /// cannot be read.
    static QString keyOf(const QUrl &baseUrl, const QString &filePath);

    QUrl find(const QString &key) const;
    void remember(const QString &key, const QUrl &uploadUrl, const QString &filePath);
    void forget(const QString &key);

private:
    void save();

    QString m_filePath;
    QJsonObject m_entries;
    QThreadPool m_writer; // one thread: writes land in the order they were made
};

} // namespace ne
