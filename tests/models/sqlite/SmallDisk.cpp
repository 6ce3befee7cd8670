// SPDX-License-Identifier: MIT
#include "SmallDisk.h"

#include <QByteArray>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mount.h>
#include <unistd.h>

namespace {
const QString kFiller = QStringLiteral("filler.bin");
}

SmallDisk::SmallDisk(qint64 bytes)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return;
    }
    const QByteArray options = "size=" + QByteArray::number(bytes);
    m_mounted = ::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", 0,
                        options.constData()) == 0;
    if (!m_mounted)
        m_error = QStringLiteral("cannot mount a tmpfs (needs root): %1")
                      .arg(QString::fromLocal8Bit(std::strerror(errno)));
}

SmallDisk::~SmallDisk()
{
    if (m_mounted)
        ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
}

bool SmallDisk::fill()
{
    // Plain write(2): QFile buffers, and the point is to see ENOSPC at the exact byte.
    const int fd = ::open(QFile::encodeName(filePath(kFiller)).constData(),
                          O_WRONLY | O_CREAT | O_APPEND, 0600);
    if (fd < 0)
        return false;
    const QByteArray block(4096, 'x');
    bool full = false;
    for (;;) {
        const ssize_t wrote = ::write(fd, block.constData(), size_t(block.size()));
        if (wrote == block.size())
            continue;
        full = wrote >= 0 || errno == ENOSPC;
        break;
    }
    // Top up the last partial block so not even one byte is left.
    while (::write(fd, "x", 1) == 1) {
    }
    ::close(fd);
    return full;
}

void SmallDisk::release()
{
    QFile::remove(filePath(kFiller));
}
