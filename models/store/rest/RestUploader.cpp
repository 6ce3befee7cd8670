// SPDX-License-Identifier: MIT
#include "RestUploader.h"

#include "store/rest/RestClient.h"
#include "store/rest/RestErrors.h"
#include "store/rest/RestRecordCodec.h"
#include "store/rest/TusResumeBook.h"
#include "store/rest/TusUpload.h"

#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHttpMultiPart>
#include <QMimeDatabase>
#include <QPromise>

#include <algorithm>

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
    , m_book(std::make_unique<TusResumeBook>(client->settings().uploadStateFile))
{}

RestUploader::~RestUploader() = default;

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
    auto cancel = std::make_shared<RestCancel>();
    // Cancelling the caller's future aborts the transfer.
    auto *watcher = new QFutureWatcher<MediaRef>(this);
    connect(watcher, &QFutureWatcher<MediaRef>::canceled, this, [cancel] { cancel->cancel(); });
    connect(watcher, &QFutureWatcher<MediaRef>::finished, watcher, &QObject::deleteLater);
    watcher->setFuture(future);
    if (!m_client->settings().useTus) {
        putMultipart(filePath, mime, promise, cancel);
        return future;
    }
    if (m_tus) {
        if (*m_tus)
            putResumable(filePath, mime, promise, cancel);
        else
            putMultipart(filePath, mime, promise, cancel);
        return future;
    }
    RestRequest discovery =
        RestRequest::read(m_client->settings().apiUrl(QStringLiteral("/uploads")));
    discovery.method = "OPTIONS";
    discovery.cancel = cancel;
    m_client->send(discovery)
        .then(this,
              [this, filePath, mime, promise, cancel](const RestReply &reply) {
                  learnTus(reply);
                  if (*m_tus)
                      putResumable(filePath, mime, promise, cancel);
                  else
                      putMultipart(filePath, mime, promise, cancel);
              })
        .onFailed(this, [promise](const StoreError &e) {
            promise->setException(e);
            promise->finish();
        });
    return future;
}

void RestUploader::learnTus(const RestReply &reply)
{
    const QList<QByteArray> extensions = reply.header("tus-extension").split(',');
    const bool creation =
        std::any_of(extensions.begin(), extensions.end(),
                    [](const QByteArray &e) { return e.trimmed() == "creation"; });
    m_tus = reply.isSuccess() && reply.header("tus-version").contains("1.0.0") && creation;
    m_checksum.clear();
    const QByteArray algorithms = reply.header("tus-checksum-algorithm");
    const bool checksum =
        std::any_of(extensions.begin(), extensions.end(),
                    [](const QByteArray &e) { return e.trimmed() == "checksum"; });
    if (checksum && algorithms.contains("sha256"))
        m_checksum = "sha256";
    else if (checksum && algorithms.contains("sha1"))
        m_checksum = "sha1";
}

void RestUploader::putResumable(const QString &filePath, const QString &mime,
                                const std::shared_ptr<QPromise<MediaRef>> &promise,
                                const std::shared_ptr<RestCancel> &cancel)
{
    auto *upload = new TusUpload(m_client, m_book.get(), filePath, mime, m_checksum, cancel, this);
    upload->onProgress = [promise](qint64 bytes) {
        promise->setProgressValue(int(std::min<qint64>(bytes / 1024, INT_MAX)));
    };
    upload->onPatched = [this](qint64 bytes) { m_patched += bytes; };
    upload->start()
        .then(this,
              [this, promise](const TusOutcome &outcome) {
                  stored(outcome.row, outcome.created, *promise);
              })
        .onFailed(this, [promise](const StoreError &e) {
            promise->setException(e);
            promise->finish();
        });
}

void RestUploader::putMultipart(const QString &filePath, const QString &mime,
                                const std::shared_ptr<QPromise<MediaRef>> &promise,
                                const std::shared_ptr<RestCancel> &cancel)
{
    RestRequest request =
        RestRequest::write("POST", m_client->settings().apiUrl(QStringLiteral("/images")));
    request.multipart = [filePath, mime] { return multipartFor(filePath, mime); };
    request.cancel = cancel;
    request.uploadProgress = [promise](qint64 sent, qint64) {
        promise->setProgressValue(int(std::min<qint64>(sent / 1024, INT_MAX)));
    };
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
                  stored(RestRecordCodec::decode(doc.object(), EntitySchema::of(EntityKind::Image)),
                         reply.status != 200, *promise);
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
}

void RestUploader::stored(const Record &row, bool created, QPromise<MediaRef> &promise)
{
    const MediaRef ref = refOf(row, !created);
    m_rows.insert(ref.sha256, row);
    promise.addResult(ref);
    promise.finish();
    Q_EMIT imageStored(row.id(), created);
}

} // namespace ne
