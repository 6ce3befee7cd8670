// SPDX-License-Identifier: MIT
#include "UploadJournal.h"

#include "concurrency/PoolRun.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace ne {

namespace {

const char *const kSchema = "CREATE TABLE IF NOT EXISTS upload_items ("
                            "id INTEGER PRIMARY KEY, path TEXT NOT NULL, state INTEGER NOT NULL, "
                            "size INTEGER NOT NULL, kind TEXT, mime_type TEXT, sha256 TEXT, "
                            "width INTEGER, height INTEGER, record_id TEXT, message TEXT, "
                            "edits TEXT, interrupted INTEGER NOT NULL DEFAULT 0)";

QSqlDatabase open(const QString &connection, const QString &path)
{
    if (QSqlDatabase::contains(connection))
        return QSqlDatabase::database(connection);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(path);
    if (!db.open())
        throw StoreError(StoreError::Kind::Server,
                         StoreError::tr("The upload queue file %1 cannot be opened.")
                             .arg(QDir::toNativeSeparators(path)),
                         db.lastError().text());
    QSqlQuery q(db);
    // WAL + NORMAL: a crash loses at most the last transaction, never the file.
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    if (!q.exec(QString::fromLatin1(kSchema)))
        throw StoreError(StoreError::Kind::Server,
                         StoreError::tr("The upload queue file %1 cannot be used.")
                             .arg(QDir::toNativeSeparators(path)),
                         q.lastError().text());
    return db;
}

UploadItem readItem(const QSqlQuery &q)
{
    UploadItem item;
    item.id = q.value(0).toLongLong();
    item.path = q.value(1).toString();
    item.state = UploadItem::State(q.value(2).toInt());
    item.size = q.value(3).toLongLong();
    item.kind = entityKindFromName(q.value(4).toString()).value_or(EntityKind::Image);
    item.mimeType = q.value(5).toString();
    item.sha256 = q.value(6).toString();
    item.pixelSize = QSize(q.value(7).toInt(), q.value(8).toInt());
    item.recordId = q.value(9).toString();
    item.message = q.value(10).toString();
    item.edits = QJsonDocument::fromJson(q.value(11).toByteArray()).object().toVariantMap();
    item.interrupted = q.value(12).toBool();
    return item;
}

} // namespace

UploadJournal::UploadJournal(QString path)
    : m_path(std::move(path))
    , m_connection(QStringLiteral("upload-journal-") +
                   QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_thread.setMaxThreadCount(1);
    m_thread.setExpiryTimeout(-1); // the connection belongs to this one thread
    m_thread.setObjectName(QStringLiteral("upload-journal"));
}

UploadJournal::~UploadJournal()
{
    // Not QFuture::waitForFinished: it may run the task on this thread, and the
    // connection belongs to the journal's own thread.
    m_thread.start([connection = m_connection] {
        if (QSqlDatabase::contains(connection)) {
            QSqlDatabase::database(connection).close();
            QSqlDatabase::removeDatabase(connection);
        }
    });
    m_thread.waitForDone();
}

QFuture<QList<UploadItem>> UploadJournal::load()
{
    return runOnPool(&m_thread, [this] {
        return guardStoreCall([&] {
            QSqlQuery q(open(m_connection, m_path));
            q.exec(QStringLiteral("SELECT id, path, state, size, kind, mime_type, sha256, width, "
                                  "height, record_id, message, edits, interrupted FROM "
                                  "upload_items ORDER BY id"));
            QList<UploadItem> items;
            while (q.next())
                items.append(readItem(q));
            return items;
        });
    });
}

void UploadJournal::save(const QList<UploadItem> &items)
{
    if (!items.isEmpty())
        enqueue(items);
}

void UploadJournal::remove(const QList<qint64> &ids)
{
    if (!ids.isEmpty())
        enqueue(ids);
}

void UploadJournal::enqueue(Op op)
{
    QMutexLocker lock(&m_mutex);
    m_pending.append(std::move(op));
    if (m_scheduled)
        return;
    m_scheduled = true;
    m_thread.start([this] { writePending(); });
}

void UploadJournal::flush()
{
    // The thread runs tasks in order: a marker queued now runs after every write.
    QSemaphore done;
    m_thread.start([&done] { done.release(); });
    done.acquire();
}

QString UploadJournal::lastError() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastError;
}

void UploadJournal::writePending()
{
    QList<Op> ops;
    {
        QMutexLocker lock(&m_mutex);
        ops.swap(m_pending);
        m_scheduled = false;
    }
    QString error;
    try {
        QSqlDatabase db = open(m_connection, m_path);
        db.transaction();
        QSqlQuery upsert(db);
        upsert.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO upload_items (id, path, state, size, kind, mime_type, sha256, "
            "width, height, record_id, message, edits, interrupted) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery erase(db);
        erase.prepare(QStringLiteral("DELETE FROM upload_items WHERE id = ?"));
        for (const Op &op : ops) {
            if (const auto *items = std::get_if<QList<UploadItem>>(&op)) {
                for (const UploadItem &i : *items) {
                    const QVariantList values{
                        i.id,
                        i.path,
                        int(i.state),
                        i.size,
                        entityName(i.kind),
                        i.mimeType,
                        i.sha256,
                        i.pixelSize.width(),
                        i.pixelSize.height(),
                        i.recordId,
                        i.message,
                        QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(i.edits))
                                              .toJson(QJsonDocument::Compact)),
                        i.interrupted};
                    for (int k = 0; k < values.size(); ++k)
                        upsert.bindValue(k, values.at(k));
                    if (!upsert.exec())
                        error = upsert.lastError().text();
                }
            } else {
                for (qint64 id : std::get<QList<qint64>>(op)) {
                    erase.bindValue(0, id);
                    if (!erase.exec())
                        error = erase.lastError().text();
                }
            }
        }
        if (!db.commit())
            error = db.lastError().text();
    } catch (const StoreError &e) {
        error = e.message() + QLatin1Char(' ') + e.detail();
    }
    if (!error.isEmpty()) {
        qWarning("upload journal %s: %s", qPrintable(m_path), qPrintable(error));
        QMutexLocker lock(&m_mutex);
        m_lastError = error;
    }
}

} // namespace ne
