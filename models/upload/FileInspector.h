// SPDX-License-Identifier: MIT
#pragma once

#include "schema/EntityKind.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QSize>
#include <QString>
#include <functional>

namespace ne {

/// How large a file each kind may be. Images follow the platform's 50 MB; videos are
/// configurable because deployments differ.
struct UploadLimits
{
    qint64 maxImageBytes = 50LL * 1000 * 1000;
    qint64 maxVideoBytes = 4LL * 1000 * 1000 * 1000;
};

/// What inspecting a file found out, before any byte goes to the backend.
struct Inspection
{
    EntityKind kind = EntityKind::Image;
    QString mimeType;
    qint64 size = 0;
    QString sha256;  ///< lowercase hex, computed while streaming
    QSize pixelSize; ///< images only, probed from the header without decoding
    QImage thumbnail;
};

/// Checks one file the way an upload needs it: type sniffed from content, size limits,
/// dimensions from the header, SHA-256 while streaming, a thumbnail by scaled decode with
/// EXIF orientation. Reads the file in chunks, never whole. Thread-safe (const): call it
/// on the cpu pool. Failures are StoreErrors (Invalid, TooLarge, Cancelled) whose message
/// names the file and says what is wrong with it.
class FileInspector
{
    Q_DECLARE_TR_FUNCTIONS(ne::FileInspector)
public:
    FileInspector(UploadLimits limits, QSize thumbnailSize);

    /// cancelled() is polled between chunks; returning true aborts with Cancelled.
    Inspection inspect(const QString &path, const std::function<bool()> &cancelled = {}) const;

    const UploadLimits &limits() const { return m_limits; }

private:
    void checkImage(const QString &path, Inspection &out) const;
    void hash(const QString &path, Inspection &out, const std::function<bool()> &cancelled) const;

    UploadLimits m_limits;
    QSize m_thumbnailSize;
};

} // namespace ne
