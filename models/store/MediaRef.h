// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

namespace ne {

/// Where a stored file's bytes live. Files are addressed by SHA-256, so the same bytes
/// are stored once: alreadyPresent says an upload found them there already.
struct MediaRef
{
    QString sha256; ///< lowercase hex
    qint64 size = 0;
    QString mimeType;
    QString url;   ///< what records keep in url / storage_path
    int width = 0; ///< images only, 0 when unknown
    int height = 0;
    bool alreadyPresent = false;
};

} // namespace ne

Q_DECLARE_METATYPE(ne::MediaRef)
