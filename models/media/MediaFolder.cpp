// SPDX-License-Identifier: MIT
#include "MediaFolder.h"

#include "media/Sha256.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QMimeDatabase>
#include <QTemporaryFile>

namespace ne {

namespace {
constexpr qsizetype kChunk = 1 << 20;
}

MediaFolder::MediaFolder(QString root)
    : m_root(std::move(root))
{}

QString MediaFolder::relativePathOf(const QString &sha256)
{
    return QStringLiteral("media/%1/%2").arg(sha256.left(2), sha256.mid(2));
}

QString MediaFolder::pathOf(const QString &sha256) const
{
    return m_root + u'/' + relativePathOf(sha256);
}

MediaRef MediaFolder::put(const QString &filePath, const Progress &progress) const
{
    using K = StoreError::Kind;
    QFile in(filePath);
    const QString name = QFileInfo(filePath).fileName();
    if (!in.open(QIODevice::ReadOnly))
        throw StoreError(K::Invalid,
                         StoreError::tr("Cannot read %1: %2").arg(name, in.errorString()));
    const qint64 total = in.size();
    if (total == 0)
        throw StoreError(K::Invalid, StoreError::tr("%1 is empty.").arg(name));

    QDir().mkpath(m_root + QStringLiteral("/media/tmp"));
    // A uniquely named temporary file: parallel uploads of same-named files never meet.
    QTemporaryFile out(m_root + QStringLiteral("/media/tmp/upload-XXXXXX"));
    if (!out.open())
        throw StoreError(K::Server, StoreError::tr("Cannot write into the workspace's media "
                                                   "folder: %1")
                                        .arg(out.errorString()));
    Sha256 hash;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    qint64 done = 0;
    while (true) {
        const qint64 n = in.read(buffer.data(), kChunk);
        if (n < 0)
            throw StoreError(K::Invalid,
                             StoreError::tr("Reading %1 failed: %2").arg(name, in.errorString()));
        if (n == 0)
            break;
        hash.addData(buffer.constData(), n);
        if (out.write(buffer.constData(), n) != n)
            throw StoreError(K::Server, StoreError::tr("Writing to the media folder failed "
                                                       "(is the disk full?): %1")
                                            .arg(out.errorString()));
        done += n;
        if (progress && !progress(done, total))
            throw StoreError(K::Cancelled, StoreError::tr("Cancelled."));
    }
    if (done != total || QFileInfo(filePath).size() != total)
        throw StoreError(K::Invalid, StoreError::tr("%1 changed while it was being read; add it "
                                                    "again when it is complete.")
                                         .arg(name));

    MediaRef ref;
    ref.sha256 = hash.hexResult();
    ref.size = total;
    ref.url = relativePathOf(ref.sha256);
    ref.mimeType = QMimeDatabase().mimeTypeForFile(filePath, QMimeDatabase::MatchContent).name();
    const QSize size = QImageReader(filePath).size();
    ref.width = size.isValid() ? size.width() : 0;
    ref.height = size.isValid() ? size.height() : 0;

    const QString target = m_root + u'/' + ref.url;
    if (QFileInfo::exists(target)) {
        ref.alreadyPresent = true;
        return ref;
    }
    QDir().mkpath(QFileInfo(target).absolutePath());
    if (out.flush() && out.rename(target)) {
        out.setAutoRemove(false); // the file now lives at target; the destructor must keep it
    } else {
        if (!QFileInfo::exists(target))
            throw StoreError(K::Server, StoreError::tr("Could not store %1 in the media folder: %2")
                                            .arg(name, out.errorString()));
        ref.alreadyPresent = true; // another writer published the same bytes first
    }
    return ref;
}

} // namespace ne
