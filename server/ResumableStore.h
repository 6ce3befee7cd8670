// SPDX-License-Identifier: MIT
#pragma once

#include "media/Sha256.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>
#include <QVariantMap>

#include <chrono>
#include <memory>
#include <mutex>
#include <optional>

namespace ne::server {

/// One tus upload as kept on disk: <id>.json beside the received bytes in <id>.part. The
/// offset is the .part file's size, so it survives cut connections and restarts.
struct ResumableUpload
{
    QString id;
    qint64 length = 0;
    QByteArray metadataHeader; ///< Upload-Metadata as sent, echoed by HEAD
    QVariantMap metadata;      ///< decoded values
    QString owner;             ///< the principal that created it; nobody else sees it
    QDateTime expires;
    bool video = false;        ///< declared kind: decides the size limit
    QByteArray resultLocation; ///< "/api/v2/images/<id>" once completed
    int resultStatus = 0;      ///< 201 created, 200 it existed

    bool isExpired(const QDateTime &now) const { return expires < now; }
    bool isCompleted() const { return !resultLocation.isEmpty(); }
};

/// The folder of unfinished resumable uploads. Thread-safe; at most one writer per upload
/// at a time (Lock). The running SHA-256 of each upload's bytes is kept between PATCH
/// requests so that completion need not read the file again.
class ResumableStore
{
public:
    /// The content hash of [0, hashed) of an upload's bytes.
    struct ContentHash
    {
        Sha256 sha256;
        qint64 hashed = 0;
    };

    /// Exclusive right to write one upload; released on destruction.
    class Lock
    {
    public:
        Lock(ResumableStore &store, QString id);
        ~Lock();
        Lock(const Lock &) = delete;
        Lock &operator=(const Lock &) = delete;
        ContentHash &hash() { return *m_hash; }
        /// While held, offset() reports at most this: bytes past it are not yet verified.
        void holdBackOffset(qint64 offset);

    private:
        ResumableStore &m_store;
        QString m_id;
        std::shared_ptr<ContentHash> m_hash;
    };

    ResumableStore(QString directory, std::chrono::seconds expiry);

    /// Creates the empty upload. Throws StoreError when the folder is not writable.
    ResumableUpload create(qint64 length, const QByteArray &metadataHeader,
                           const QVariantMap &metadata, const QString &owner, bool video);
    std::optional<ResumableUpload> find(const QString &id) const;
    /// Stores changed fields (result, expiry). False when the disk refused.
    bool save(const ResumableUpload &upload) const;
    /// The bytes received and kept: the .part file's size, less unverified bytes.
    qint64 offset(const QString &id) const;
    QString dataPath(const QString &id) const;
    /// Deletes both files and the hash state.
    void remove(const QString &id);
    /// Null when another request is writing this upload.
    std::unique_ptr<Lock> tryLock(const QString &id);
    /// Removes expired uploads nobody is writing. Returns how many.
    int sweepExpired();
    std::chrono::seconds expiry() const { return m_expiry; }

private:
    QString infoPath(const QString &id) const;

    QString m_dir;
    std::chrono::seconds m_expiry;
    mutable std::mutex m_mutex;
    QSet<QString> m_locked;
    QHash<QString, std::shared_ptr<ContentHash>> m_hashes;
    QHash<QString, qint64> m_heldBack; ///< upload -> verified end while a checksummed PATCH runs
};

} // namespace ne::server
