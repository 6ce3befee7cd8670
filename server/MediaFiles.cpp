// SPDX-License-Identifier: MIT
#include "MediaFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#include <vector>

namespace ne::server {

namespace {

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

/// copy_file_range where the file systems allow it (no user-space copy, reflinks where the
/// file system has them), else read/write through a small buffer.
bool copyAll(int from, int to, qint64 size)
{
    loff_t in = 0;
    while (in < size) {
        const ssize_t n = ::copy_file_range(from, &in, to, nullptr, size_t(size - in), 0);
        if (n > 0)
            continue;
        if (n == 0)
            return false; // the file got shorter under us
        if (errno == EINTR)
            continue;
        if (errno != EXDEV && errno != ENOSYS && errno != EINVAL && errno != EOPNOTSUPP)
            return false;
        std::vector<char> buffer(1 << 20);
        while (in < size) {
            const ssize_t r = ::pread(from, buffer.data(), buffer.size(), in);
            if (r <= 0)
                return false;
            for (ssize_t done = 0; done < r;) {
                const ssize_t w = ::write(to, buffer.data() + done, size_t(r - done));
                if (w < 0 && errno != EINTR)
                    return false;
                done += std::max<ssize_t>(w, 0);
            }
            in += r;
        }
    }
    return true;
}

} // namespace

MediaFiles::MediaFiles(QString dataDir)
    : m_root(std::move(dataDir) + QStringLiteral("/media/"))
{}

QString MediaFiles::pathOf(const QString &sha256) const
{
    return m_root + sha256.left(2) + QLatin1Char('/') + sha256;
}

bool MediaFiles::contains(const QString &sha256) const
{
    return QFileInfo::exists(pathOf(sha256));
}

bool MediaFiles::store(QFile &file, const QString &sha256, QString *error) const
{
    const QString target = pathOf(sha256);
    if (QFileInfo::exists(target))
        return true;
    const QString dir = QFileInfo(target).path();
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create %1").arg(dir);
        return false;
    }
    file.flush(); // Qt's write buffer, so that the descriptor sees every byte
    const auto syncDir = [&dir] {
        // The new name itself must survive a crash before PostgreSQL's row names the file.
        const int d =
            ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (d >= 0) {
            ::fsync(d);
            ::close(d);
        }
    };
    // Same file system: a second name for the received file, no copy. Its first name is
    // only ever removed afterwards, never written to again.
    if (::fdatasync(file.handle()) == 0 && ::link(QFile::encodeName(file.fileName()).constData(),
                                                  QFile::encodeName(target).constData()) == 0) {
        syncDir();
        return true;
    }
    if (QFileInfo::exists(target))
        return true; // someone else stored the same bytes meanwhile
    const QByteArray temp =
        QFile::encodeName(target + QStringLiteral(".part-%1").arg(quintptr(&file), 0, 16));
    const int to = ::open(temp.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (to < 0) {
        *error = QStringLiteral("cannot create %1: %2").arg(QFile::decodeName(temp), systemError());
        return false;
    }
    const bool ok = copyAll(file.handle(), to, file.size()) && ::fdatasync(to) == 0;
    const QString why = systemError();
    ::close(to);
    if (!ok || ::rename(temp.constData(), QFile::encodeName(target).constData()) != 0) {
        *error = QStringLiteral("cannot write %1: %2").arg(target, ok ? systemError() : why);
        ::unlink(temp.constData());
        return false;
    }
    syncDir();
    return true;
}

} // namespace ne::server
