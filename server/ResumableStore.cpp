// SPDX-License-Identifier: MIT
#include "ResumableStore.h"

#include "PasswordHasher.h"

#include "store/StoreError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace ne::server {

namespace {

bool validId(const QString &id)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{32}$"));
    return hex.match(id).hasMatch(); // never a path: refuses traversal
}

} // namespace

ResumableStore::Lock::Lock(ResumableStore &store, QString id)
    : m_store(store)
    , m_id(std::move(id))
{
    std::lock_guard guard(m_store.m_mutex);
    auto &hash = m_store.m_hashes[m_id];
    if (!hash)
        hash = std::make_shared<ContentHash>();
    m_hash = hash;
}

ResumableStore::Lock::~Lock()
{
    std::lock_guard guard(m_store.m_mutex);
    m_store.m_locked.remove(m_id);
    m_store.m_heldBack.remove(m_id);
}

void ResumableStore::Lock::holdBackOffset(qint64 offset)
{
    std::lock_guard guard(m_store.m_mutex);
    m_store.m_heldBack.insert(m_id, offset);
}

ResumableStore::ResumableStore(QString directory, std::chrono::seconds expiry)
    : m_dir(std::move(directory))
    , m_expiry(expiry)
{}

QString ResumableStore::infoPath(const QString &id) const
{
    return m_dir + QLatin1Char('/') + id + QStringLiteral(".json");
}

QString ResumableStore::dataPath(const QString &id) const
{
    return m_dir + QLatin1Char('/') + id + QStringLiteral(".part");
}

ResumableUpload ResumableStore::create(qint64 length, const QByteArray &metadataHeader,
                                       const QVariantMap &metadata, const QString &owner,
                                       bool video)
{
    ResumableUpload u;
    u.id = QString::fromLatin1(PasswordHasher::randomBytes(16).toHex());
    u.length = length;
    u.metadataHeader = metadataHeader;
    u.metadata = metadata;
    u.owner = owner;
    u.video = video;
    u.expires = QDateTime::currentDateTimeUtc().addSecs(m_expiry.count());
    QDir().mkpath(m_dir);
    QFile data(dataPath(u.id));
    if (!data.open(QIODevice::WriteOnly) || !save(u))
        throw StoreError(StoreError::Kind::Server, QStringLiteral("Cannot store the upload."),
                         QStringLiteral("%1 is not writable").arg(m_dir));
    return u;
}

bool ResumableStore::save(const ResumableUpload &u) const
{
    const QJsonObject o{{QStringLiteral("length"), u.length},
                        {QStringLiteral("metadataHeader"), QString::fromLatin1(u.metadataHeader)},
                        {QStringLiteral("metadata"), QJsonObject::fromVariantMap(u.metadata)},
                        {QStringLiteral("owner"), u.owner},
                        {QStringLiteral("expires"), u.expires.toMSecsSinceEpoch()},
                        {QStringLiteral("video"), u.video},
                        {QStringLiteral("resultLocation"), QString::fromLatin1(u.resultLocation)},
                        {QStringLiteral("resultStatus"), u.resultStatus}};
    QSaveFile f(infoPath(u.id));
    return f.open(QIODevice::WriteOnly) &&
           f.write(QJsonDocument(o).toJson(QJsonDocument::Compact)) > 0 && f.commit();
}

std::optional<ResumableUpload> ResumableStore::find(const QString &id) const
{
    if (!validId(id))
        return std::nullopt;
    QFile f(infoPath(id));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    if (o.isEmpty())
        return std::nullopt;
    ResumableUpload u;
    u.id = id;
    u.length = qint64(o.value(QStringLiteral("length")).toDouble());
    u.metadataHeader = o.value(QStringLiteral("metadataHeader")).toString().toLatin1();
    u.metadata = o.value(QStringLiteral("metadata")).toObject().toVariantMap();
    u.owner = o.value(QStringLiteral("owner")).toString();
    u.expires = QDateTime::fromMSecsSinceEpoch(
        qint64(o.value(QStringLiteral("expires")).toDouble()), Qt::UTC);
    u.video = o.value(QStringLiteral("video")).toBool();
    u.resultLocation = o.value(QStringLiteral("resultLocation")).toString().toLatin1();
    u.resultStatus = o.value(QStringLiteral("resultStatus")).toInt();
    return u;
}

qint64 ResumableStore::offset(const QString &id) const
{
    const QFileInfo data(dataPath(id));
    const qint64 size = data.exists() ? data.size() : 0;
    std::lock_guard guard(m_mutex);
    return std::min(size, m_heldBack.value(id, size));
}

void ResumableStore::remove(const QString &id)
{
    if (!validId(id))
        return;
    QFile::remove(dataPath(id));
    QFile::remove(infoPath(id));
    std::lock_guard guard(m_mutex);
    m_hashes.remove(id);
}

std::unique_ptr<ResumableStore::Lock> ResumableStore::tryLock(const QString &id)
{
    {
        std::lock_guard guard(m_mutex);
        if (m_locked.contains(id))
            return nullptr;
        m_locked.insert(id);
    }
    return std::make_unique<Lock>(*this, id);
}

int ResumableStore::sweepExpired()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int removed = 0;
    const QStringList infos = QDir(m_dir).entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &name : infos) {
        const QString id = name.chopped(5);
        const auto upload = find(id);
        if (upload && !upload->isExpired(now))
            continue;
        const auto lock = tryLock(id);
        if (!lock)
            continue; // being written: its expiry moves on when the PATCH ends
        remove(id);
        ++removed;
    }
    return removed;
}

} // namespace ne::server
