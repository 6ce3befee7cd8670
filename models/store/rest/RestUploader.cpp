// SPDX-License-Identifier: MIT
#include "RestUploader.h"

#include "store/rest/RestClient.h"
#include "store/rest/RestErrors.h"
#include "store/rest/RestRecordCodec.h"

#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHttpMultiPart>
#include <QMimeDatabase>
#include <QPromise>

namespace ne {

namespace {

QHttpMultiPart *multipartFor(const QString &filePath, const QString &mime)
{
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    auto *file = new QFile(filePath, multipart);
    if (!file->open(QIODevice::ReadOnly))
        return multipart; // an empty form: the server names the missing file part
    QHttpPart part;
    QString name = QFileInfo(filePath).fileName();
    name.replace(QLatin1Char('"'), QLatin1Char('_'));
    part.setHeader(
        QNetworkRequest::ContentDispositionHeader,
        QString(QStringLiteral("form-data; name=\"file\"; filename=\"") + name + QLatin1Char('"'))
            .toUtf8());
    part.setHeader(QNetworkRequest::ContentTypeHeader, mime.toLatin1());
    part.setBodyDevice(file);
    multipart->append(part);
    return multipart;
}

MediaRef refOf(const Record &row, bool alreadyPresent)
{
    MediaRef ref;
    ref.sha256 = row.value(QStringLiteral("contentSha256")).toString();
    ref.size = row.value(QStringLiteral("fileSize")).toLongLong();
    ref.mimeType = row.value(QStringLiteral("mimeType")).toString();
    ref.url = row.value(QStringLiteral("url")).toString();
    ref.width = row.value(QStringLiteral("width")).toInt();
    ref.height = row.value(QStringLiteral("height")).toInt();
    ref.alreadyPresent = alreadyPresent;
    return ref;
}

} // namespace

RestUploader::RestUploader(RestClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

QFuture<MediaRef> RestUploader::put(const QString &filePath)
{
    auto promise = std::make_shared<QPromise<MediaRef>>();
    promise->start();
    QFuture<MediaRef> future = promise->future();
    const QFileInfo info(filePath);
    if (!info.isFile() || !info.isReadable()) {
        promise->setException(
            StoreError(StoreError::Kind::Invalid,
                       RestErrors::tr("Could not open %1 for reading.").arg(info.fileName())));
        promise->finish();
        return future;
    }
    promise->setProgressRange(0, int(std::min<qint64>(info.size() / 1024, INT_MAX)));
    const QString mime = QMimeDatabase().mimeTypeForFile(filePath).name();
    RestRequest request =
        RestRequest::write("POST", m_client->settings().apiUrl(QStringLiteral("/images")));
    request.multipart = [filePath, mime] { return multipartFor(filePath, mime); };
    request.cancel = std::make_shared<RestCancel>();
    request.uploadProgress = [promise](qint64 sent, qint64) {
        promise->setProgressValue(int(std::min<qint64>(sent / 1024, INT_MAX)));
    };
    // Cancelling the caller's future aborts the transfer.
    auto *watcher = new QFutureWatcher<MediaRef>(this);
    connect(watcher, &QFutureWatcher<MediaRef>::canceled, this,
            [cancel = request.cancel] { cancel->cancel(); });
    connect(watcher, &QFutureWatcher<MediaRef>::finished, watcher, &QObject::deleteLater);
    watcher->setFuture(future);
    m_client->send(request)
        .then(this,
              [this, promise](const RestReply &reply) {
                  if (reply.status == 0)
                      throw RestErrors::transport(reply);
                  if (!reply.isSuccess())
                      throw RestErrors::fromReply(reply);
                  const QJsonDocument doc = QJsonDocument::fromJson(reply.body);
                  if (!doc.isObject())
                      throw RestErrors::malformed(reply, RestErrors::tr("the uploaded image"));
                  const Record row =
                      RestRecordCodec::decode(doc.object(), EntitySchema::of(EntityKind::Image));
                  const MediaRef ref = refOf(row, reply.status == 200);
                  m_rows.insert(ref.sha256, row);
                  promise->addResult(ref);
                  promise->finish();
                  Q_EMIT imageStored(row.id(), !ref.alreadyPresent);
              })
        .onFailed(this,
                  [promise](const StoreError &e) {
                      promise->setException(e);
                      promise->finish();
                  })
        .onFailed(this, [promise] {
            promise->setException(StoreError(StoreError::Kind::Server,
                                             RestErrors::tr("The upload failed unexpectedly.")));
            promise->finish();
        });
    return future;
}

} // namespace ne
