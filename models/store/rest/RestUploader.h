// SPDX-License-Identifier: MIT
#pragma once

#include "schema/Record.h"
#include "store/MediaRef.h"

#include <QFuture>
#include <QHash>
#include <QObject>

namespace ne {

class RestClient;

/// putMedia over HTTP: a streamed multipart POST /images (the file is read from disk as it
/// is sent, never held whole), with byte progress in KiB on the future and cancel through
/// it. The server stores the bytes by SHA-256 and creates (or finds) the image row; that
/// row is kept so that create(Image) with the same hash completes it instead of failing.
class RestUploader : public QObject
{
    Q_OBJECT
public:
    explicit RestUploader(RestClient *client, QObject *parent = nullptr);

    QFuture<MediaRef> put(const QString &filePath);
    /// The image row an upload of these bytes created or found, if any.
    Record uploadedImage(const QString &sha256) const { return m_rows.value(sha256); }

Q_SIGNALS:
    /// An upload stored its bytes: imageId is the row created (or found, created = false).
    void imageStored(const QString &imageId, bool created);

private:
    RestClient *m_client;
    QHash<QString, Record> m_rows;
};

} // namespace ne
