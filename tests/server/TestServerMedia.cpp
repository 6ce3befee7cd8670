// SPDX-License-Identifier: MIT
// End to end: tus 1.0 resumable uploads and server-side thumbnails on the real
// nextevent-server over a throwaway PostgreSQL database (scripts/with-services).
#include "ServerHarness.h"
#include "TestImages.h"
#include "store/StoreError.h"
#include "store/postgres/PgRepository.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QTcpSocket>
#include <QtTest>

class TestServerMedia : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void discovery();
    void creationRules_data();
    void creationRules();
    void resumeAfterCutConnection();
    void checksums();
    void cutChecksummedChunkIsDropped();
    void terminationAndOwnership();
    void expiry();
    void videoUpload();
    void thumbnails();
    void thumbnailRefusals();
    void mediaStorage();
    void directClientImage();

private:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    /// POST /api/v2/uploads; returns the upload path or empty.
    QString createUpload(qint64 length, const QByteArray &metadata = {}, int instance = 0);
    HttpResult patch(const QString &path, qint64 offset, const QByteArray &bytes,
                     Headers extra = {}, int instance = 0);
    qint64 offsetOf(const QString &path, int instance = 0);
    /// Sends a PATCH announcing `announced` bytes but only `bytes`, then closes.
    void cutPatch(const QString &path, qint64 offset, const QByteArray &bytes, qint64 announced,
                  const QByteArray &extraHeaders = {});
    /// Sends only the headers of a PATCH of `announced` bytes; returns the status line start.
    QByteArray announcePatch(const QString &path, qint64 offset, qint64 announced);
    static QByteArray meta(const QList<QPair<QByteArray, QByteArray>> &pairs);

    ServerHarness m_h;
};

QByteArray TestServerMedia::meta(const QList<QPair<QByteArray, QByteArray>> &pairs)
{
    QByteArrayList items;
    for (const auto &[k, v] : pairs)
        items.append(k + ' ' + v.toBase64());
    return items.join(',');
}

void TestServerMedia::initTestCase()
{
    const QString error = m_h.setUp(QStringLiteral("media"));
    if (!error.isEmpty())
        QFAIL(qPrintable(error));
    QVERIFY(m_h.start() == 0);
}

QString TestServerMedia::createUpload(qint64 length, const QByteArray &metadata, int instance)
{
    Headers h{{"Tus-Resumable", "1.0.0"}, {"Upload-Length", QByteArray::number(length)}};
    if (!metadata.isEmpty())
        h.append({"Upload-Metadata", metadata});
    const HttpResult r = m_h.request("POST", QStringLiteral("/api/v2/uploads"), {}, h, instance);
    if (r.status != 201) {
        qWarning("create: %d %s", r.status, r.body.constData());
        return {};
    }
    return QString::fromLatin1(r.header("Location"));
}

HttpResult TestServerMedia::patch(const QString &path, qint64 offset, const QByteArray &bytes,
                                  Headers extra, int instance)
{
    Headers h{{"Tus-Resumable", "1.0.0"},
              {"Upload-Offset", QByteArray::number(offset)},
              {"Content-Type", "application/offset+octet-stream"}};
    h += extra;
    return m_h.request("PATCH", path, bytes, h, instance);
}

qint64 TestServerMedia::offsetOf(const QString &path, int instance)
{
    const HttpResult r = m_h.request("HEAD", path, {}, {{"Tus-Resumable", "1.0.0"}}, instance);
    if (r.status != 200)
        return -r.status;
    return r.header("Upload-Offset").toLongLong();
}

void TestServerMedia::cutPatch(const QString &path, qint64 offset, const QByteArray &bytes,
                               qint64 announced, const QByteArray &extraHeaders)
{
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), m_h.port());
    QVERIFY(s.waitForConnected(5000));
    s.write("PATCH " + path.toLatin1() +
            " HTTP/1.1\r\nHost: x\r\nX-API-Key: " + m_h.apiKey().toLatin1() +
            "\r\nTus-Resumable: 1.0.0\r\nContent-Type: "
            "application/offset+octet-stream\r\nUpload-Offset: " +
            QByteArray::number(offset) + "\r\nContent-Length: " + QByteArray::number(announced) +
            "\r\n" + extraHeaders + "\r\n");
    s.write(bytes);
    while (s.bytesToWrite() > 0)
        QVERIFY(s.waitForBytesWritten(10000));
    s.disconnectFromHost(); // the rest never comes
    if (s.state() != QAbstractSocket::UnconnectedState)
        s.waitForDisconnected(10000);
}

QByteArray TestServerMedia::announcePatch(const QString &path, qint64 offset, qint64 announced)
{
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), m_h.port());
    if (!s.waitForConnected(5000))
        return "not connected";
    s.write("PATCH " + path.toLatin1() +
            " HTTP/1.1\r\nHost: x\r\nX-API-Key: " + m_h.apiKey().toLatin1() +
            "\r\nTus-Resumable: 1.0.0\r\nContent-Type: "
            "application/offset+octet-stream\r\nUpload-Offset: " +
            QByteArray::number(offset) + "\r\nContent-Length: " + QByteArray::number(announced) +
            "\r\n\r\n");
    QByteArray got;
    while (!got.contains("\r\n") && s.waitForReadyRead(10000))
        got += s.readAll();
    return got.left(12);
}

void TestServerMedia::discovery()
{
    const HttpResult r =
        m_h.request("OPTIONS", QStringLiteral("/api/v2/uploads"), {}, {}, 0, false);
    QCOMPARE(r.status, 204);
    QCOMPARE(r.header("Tus-Version"), QByteArray("1.0.0"));
    QCOMPARE(r.header("Tus-Resumable"), QByteArray("1.0.0"));
    const QByteArray ext = r.header("Tus-Extension");
    for (const char *e : {"creation", "checksum", "termination", "expiration"})
        QVERIFY2(ext.split(',').contains(e), e);
    QVERIFY(r.header("Tus-Max-Size").toLongLong() > 0);
    QVERIFY(r.header("Tus-Checksum-Algorithm").split(',').contains("sha256"));
}

void TestServerMedia::creationRules_data()
{
    QTest::addColumn<QByteArray>("tusVersion");
    QTest::addColumn<QByteArray>("length");
    QTest::addColumn<QByteArray>("metadata");
    QTest::addColumn<bool>("authenticated");
    QTest::addColumn<int>("status");
    const QByteArray ok = meta({{"filename", "a.jpg"}});
    QTest::newRow("fine") << QByteArray("1.0.0") << QByteArray("1000") << ok << true << 201;
    QTest::newRow("no credentials")
        << QByteArray("1.0.0") << QByteArray("1000") << ok << false << 401;
    QTest::newRow("no Tus-Resumable") << QByteArray() << QByteArray("1000") << ok << true << 412;
    QTest::newRow("old protocol") << QByteArray("0.2.2") << QByteArray("1000") << ok << true << 412;
    QTest::newRow("no length") << QByteArray("1.0.0") << QByteArray() << ok << true << 400;
    QTest::newRow("negative length")
        << QByteArray("1.0.0") << QByteArray("-5") << ok << true << 400;
    QTest::newRow("image over 50 MB")
        << QByteArray("1.0.0") << QByteArray("52428801") << ok << true << 413;
    QTest::newRow("video over 4 GB") << QByteArray("1.0.0") << QByteArray("4294967297")
                                     << meta({{"kind", "video"}}) << true << 413;
    QTest::newRow("video of 1 GB") << QByteArray("1.0.0") << QByteArray("1073741824")
                                   << meta({{"filetype", "video/mp4"}}) << true << 201;
    QTest::newRow("bad base64") << QByteArray("1.0.0") << QByteArray("10")
                                << QByteArray("filename !!!") << true << 400;
    QTest::newRow("duplicate key")
        << QByteArray("1.0.0") << QByteArray("10") << QByteArray("a YQ==,a Yg==") << true << 400;
    QTest::newRow("traversal in filename")
        << QByteArray("1.0.0") << QByteArray("10") << meta({{"filename", "../../etc/passwd"}})
        << true << 201;
}

void TestServerMedia::creationRules()
{
    QFETCH(QByteArray, tusVersion);
    QFETCH(QByteArray, length);
    QFETCH(QByteArray, metadata);
    QFETCH(bool, authenticated);
    QFETCH(int, status);
    Headers h{{"Upload-Metadata", metadata}};
    if (!tusVersion.isEmpty())
        h.append({"Tus-Resumable", tusVersion});
    if (!length.isEmpty())
        h.append({"Upload-Length", length});
    const HttpResult r =
        m_h.request("POST", QStringLiteral("/api/v2/uploads"), {}, h, 0, authenticated);
    QCOMPARE(r.status, status);
    if (status != 401)
        QCOMPARE(r.header("Tus-Resumable"), QByteArray("1.0.0"));
    if (status == 201) {
        QVERIFY(
            QString::fromLatin1(r.header("Location"))
                .contains(QRegularExpression(QStringLiteral("^/api/v2/uploads/[0-9a-f]{32}$"))));
        QVERIFY(!r.header("Upload-Expires").isEmpty());
        QCOMPARE(offsetOf(QString::fromLatin1(r.header("Location"))), 0);
    } else if (status != 401) {
        QVERIFY(!r.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString()
                     .isEmpty());
    }
}

void TestServerMedia::resumeAfterCutConnection()
{
    const QByteArray file = TestImages::noiseJpeg(3 * 1024 * 1024, 7);
    const QByteArray sha = QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex();
    const QString path = createUpload(
        file.size(), meta({{"filename", "noise.jpg"}, {"title", "Noise"}, {"type", "gallery"}}));
    QVERIFY(!path.isEmpty());
    const qint64 half = file.size() / 2 + 12345;
    cutPatch(path, 0, file.left(half), file.size());
    // The server keeps every byte it received before the cut and says so.
    QTRY_COMPARE_WITH_TIMEOUT(offsetOf(path), half, 10000);
    // A client that missed the reply and resends from 0 is told where to go on (once the
    // server has noticed the cut and let go of the upload).
    HttpResult r;
    QTRY_COMPARE_WITH_TIMEOUT(
        (r = patch(path, 0, file.left(100))).header("Upload-Offset").toLongLong(), half, 10000);
    QCOMPARE(r.status, 409);
    // A body longer than what is left is refused before a byte is read.
    QCOMPARE(announcePatch(path, half, file.size() - half + 5), QByteArray("HTTP/1.1 413"));
    QCOMPARE(offsetOf(path), half);
    r = patch(path, half, file.mid(half));
    QVERIFY2(r.status == 204, r.body.constData());
    QCOMPARE(r.header("Upload-Offset").toLongLong(), qint64(file.size()));
    QCOMPARE(r.header("Upload-Resource-Status"), QByteArray("201"));
    const QString resource = QString::fromLatin1(r.header("Upload-Resource"));
    QVERIFY2(resource.startsWith(QStringLiteral("/api/v2/images/")), qPrintable(resource));
    const QJsonObject image = m_h.request("GET", resource).json();
    QCOMPARE(image.value(QStringLiteral("contentSha256")).toString().toLatin1(), sha);
    QCOMPARE(image.value(QStringLiteral("title")).toString(), QStringLiteral("Noise"));
    QCOMPARE(image.value(QStringLiteral("fileSize")).toInteger(), file.size());
    QCOMPARE(image.value(QStringLiteral("mimeType")).toString(), QStringLiteral("image/jpeg"));
    const HttpResult media = m_h.request("GET", image.value(QStringLiteral("url")).toString());
    QCOMPARE(media.status, 200);
    QCOMPARE(QCryptographicHash::hash(media.body, QCryptographicHash::Sha256).toHex(), sha);
    QCOMPARE(offsetOf(path), qint64(file.size())); // a finished upload still answers HEAD
    // The same bytes again, resumably: the existing image, like multipart dedupe.
    const QString again = createUpload(file.size(), meta({{"filename", "copy.jpg"}}));
    r = patch(again, 0, file);
    QCOMPARE(r.status, 204);
    QCOMPARE(r.header("Upload-Resource-Status"), QByteArray("200"));
    QCOMPARE(QString::fromLatin1(r.header("Upload-Resource")), resource);
}

void TestServerMedia::checksums()
{
    const QByteArray file = TestImages::encoded({300, 200}, "PNG", Qt::darkMagenta);
    const QString path = createUpload(file.size());
    const QByteArray first = file.left(100);
    auto digest = [](const QByteArray &b, QCryptographicHash::Algorithm a) {
        return QCryptographicHash::hash(b, a).toBase64();
    };
    // Wrong bytes under a checksum: refused, and they must not reach the content hash.
    const QByteArray wrong(100, 'z');
    HttpResult r =
        patch(path, 0, wrong,
              {{"Upload-Checksum", "sha1 " + digest("something else", QCryptographicHash::Sha1)}});
    QCOMPARE(r.status, 460);
    QCOMPARE(offsetOf(path), 0); // mismatching bytes are not kept
    r = patch(path, 0, first,
              {{"Upload-Checksum", "md5 " + digest(first, QCryptographicHash::Md5)}});
    QCOMPARE(r.status, 400); // not an offered algorithm
    r = patch(path, 0, first,
              {{"Upload-Checksum", "sha1 " + digest(first, QCryptographicHash::Sha1)}});
    QCOMPARE(r.status, 204);
    QCOMPARE(offsetOf(path), 100);
    r = patch(path, 100, QByteArray(file.size() - 100, 'z'),
              {{"Upload-Checksum", "sha256 " + digest(file.mid(100), QCryptographicHash::Sha256)}});
    QCOMPARE(r.status, 460);
    QCOMPARE(offsetOf(path), 100);
    r = patch(path, 100, file.mid(100),
              {{"Upload-Checksum", "sha256 " + digest(file.mid(100), QCryptographicHash::Sha256)}});
    QCOMPARE(r.status, 204);
    QVERIFY(r.header("Upload-Resource").startsWith("/api/v2/images/"));
    const QJsonObject image =
        m_h.request("GET", QString::fromLatin1(r.header("Upload-Resource"))).json();
    QCOMPARE(image.value(QStringLiteral("contentSha256")).toString().toLatin1(),
             QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex());
    r = m_h.request("PATCH", path, "x",
                    {{"Tus-Resumable", "1.0.0"},
                     {"Upload-Offset", "0"},
                     {"Content-Type", "application/octet-stream"}});
    QCOMPARE(r.status, 415);
}

void TestServerMedia::cutChecksummedChunkIsDropped()
{
    const QByteArray file = TestImages::noiseJpeg(400 * 1024, 11);
    const QString path = createUpload(file.size());
    const QByteArray checksum =
        "Upload-Checksum: sha256 " +
        QCryptographicHash::hash(file, QCryptographicHash::Sha256).toBase64() + "\r\n";
    cutPatch(path, 0, file.left(200 * 1024), file.size(), checksum);
    // Unverifiable bytes are dropped: wait until the server has let go of the upload.
    QTRY_COMPARE_WITH_TIMEOUT(patch(path, 0, {}).status, 204, 10000);
    QCOMPARE(offsetOf(path), 0);
}

void TestServerMedia::terminationAndOwnership()
{
    const QString path = createUpload(5000);
    QVERIFY(patch(path, 0, QByteArray(1000, 'x')).status == 204);
    // Someone else (a signed-in user, not the API key) cannot see or touch it.
    const HttpResult login =
        m_h.request("POST", QStringLiteral("/api/v2/auth/login"),
                    R"({"username":"alice","password":"wonderland-42"})", {}, 0, false);
    const QByteArray bearer =
        "Bearer " + login.json().value(QStringLiteral("token")).toString().toLatin1();
    HttpResult r = m_h.request("HEAD", path, {},
                               {{"Tus-Resumable", "1.0.0"}, {"Authorization", bearer}}, 0, false);
    QCOMPARE(r.status, 404);
    r = m_h.request("DELETE", path, {}, {{"Tus-Resumable", "1.0.0"}, {"Authorization", bearer}}, 0,
                    false);
    QCOMPARE(r.status, 404);
    QCOMPARE(offsetOf(path), 1000);
    r = m_h.request("DELETE", path, {}, {{"Tus-Resumable", "1.0.0"}});
    QCOMPARE(r.status, 204);
    QCOMPARE(offsetOf(path), -404);
    QCOMPARE(patch(path, 1000, "more").status, 404);
    QCOMPARE(offsetOf(QStringLiteral("/api/v2/uploads/..%2F..%2Fetc%2Fpasswd")), -404);
}

void TestServerMedia::expiry()
{
    const int shortLived =
        m_h.start({QStringLiteral("--media.resumable_expiry_seconds"), QStringLiteral("1")});
    QVERIFY(shortLived > 0);
    const QString path = createUpload(5000, {}, shortLived);
    QVERIFY(!path.isEmpty());
    QCOMPARE(patch(path, 0, QByteArray(10, 'x'), {}, shortLived).status, 204);
    QTest::qWait(2100); // let it expire (a wait, not a timed assertion)
    QCOMPARE(offsetOf(path, shortLived), -410);
    QCOMPARE(offsetOf(path, shortLived), -404); // and its bytes are gone
    m_h.stop(shortLived);
}

void TestServerMedia::videoUpload()
{
    // An MP4 is recognised by its ftyp box; the rest is payload.
    QByteArray mp4("\x00\x00\x00\x18"
                   "ftypmp42\x00\x00\x00\x00mp42isom",
                   24);
    mp4 += QByteArray(300 * 1024, 'v');
    const QString path = createUpload(
        mp4.size(), meta({{"kind", "video"}, {"filename", "clip.mp4"}, {"title", "Clip"}}));
    HttpResult r = patch(path, 0, mp4);
    QVERIFY2(r.status == 204, r.body.constData());
    QCOMPARE(r.header("Upload-Resource-Status"), QByteArray("201"));
    const QString resource = QString::fromLatin1(r.header("Upload-Resource"));
    QVERIFY2(resource.startsWith(QStringLiteral("/api/v2/videos/")), qPrintable(resource));
    const QJsonObject video = m_h.request("GET", resource).json();
    QCOMPARE(video.value(QStringLiteral("title")).toString(), QStringLiteral("Clip"));
    QCOMPARE(video.value(QStringLiteral("fileSize")).toInteger(), mp4.size());
    const HttpResult bytes =
        m_h.request("GET", video.value(QStringLiteral("playbackUrl")).toString(), {},
                    {{"Range", "bytes=4-11"}});
    QCOMPARE(bytes.status, 206);
    QCOMPARE(bytes.body, QByteArray("ftypmp42"));
    const QString again = createUpload(mp4.size(), meta({{"kind", "video"}}));
    r = patch(again, 0, mp4);
    QCOMPARE(r.header("Upload-Resource-Status"), QByteArray("200"));
    QCOMPARE(QString::fromLatin1(r.header("Upload-Resource")), resource);
    // Neither picture nor video: refused, and the upload is gone.
    const QString junk = createUpload(100);
    r = patch(junk, 0, QByteArray(100, 'z'));
    QCOMPARE(r.status, 415);
    QCOMPARE(offsetOf(junk), -404);
}

void TestServerMedia::thumbnails()
{
    const QByteArray jpeg = TestImages::twoColourJpeg({1200, 600}, 6);
    const QString path = createUpload(jpeg.size(), meta({{"filename", "turned.jpg"}}));
    const HttpResult done = patch(path, 0, jpeg);
    QCOMPARE(done.status, 204);
    const QJsonObject image =
        m_h.request("GET", QString::fromLatin1(done.header("Upload-Resource"))).json();
    QCOMPARE(image.value(QStringLiteral("width")).toInt(), 600); // as shown, after EXIF
    QCOMPARE(image.value(QStringLiteral("height")).toInt(), 1200);
    const QString thumbUrl = image.value(QStringLiteral("thumbnailUrl")).toString();
    QVERIFY2(thumbUrl.endsWith(QStringLiteral("/thumbnail")), qPrintable(thumbUrl));
    HttpResult r = m_h.request("GET", thumbUrl);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), QByteArray("image/jpeg"));
    const QImage thumb = QImage::fromData(r.body, "JPEG");
    QCOMPARE(thumb.size(), QSize(160, 320)); // default edge 320, turned upright
    QVERIFY(thumb.pixelColor(80, 20).red() > 200 &&
            thumb.pixelColor(80, 20).blue() < 60); // stored left = top
    QVERIFY(thumb.pixelColor(80, 300).blue() > 200 &&
            thumb.pixelColor(80, 300).red() < 60); // stored right = bottom
    const QByteArray etag = r.header("ETag");
    QVERIFY(!etag.isEmpty());
    QCOMPARE(m_h.request("GET", thumbUrl, {}, {{"If-None-Match", etag}}).status, 304);
    HttpResult part = m_h.request("GET", thumbUrl, {}, {{"Range", "bytes=10-29"}});
    QCOMPARE(part.status, 206);
    QCOMPARE(part.body, r.body.mid(10, 20));
    QCOMPARE(part.header("Content-Range"), "bytes 10-29/" + QByteArray::number(r.body.size()));
    r = m_h.request("GET", thumbUrl + QStringLiteral("?size=64"));
    QCOMPARE(QImage::fromData(r.body, "JPEG").size(), QSize(32, 64));
    QVERIFY(r.header("ETag") != etag);
}

void TestServerMedia::thumbnailRefusals()
{
    const QByteArray gif("GIF89a\x02\x00\x02\x00\x00\x00\x00;", 14);
    const QString path = createUpload(gif.size());
    const HttpResult done = patch(path, 0, gif);
    QCOMPARE(done.status, 204);
    const QJsonObject image =
        m_h.request("GET", QString::fromLatin1(done.header("Upload-Resource"))).json();
    const QString thumbUrl = image.value(QStringLiteral("thumbnailUrl")).toString();
    HttpResult r = m_h.request("GET", thumbUrl);
    QCOMPARE(r.status, 415);
    QVERIFY(r.json()
                .value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("JPEG")));
    r = m_h.request("GET", thumbUrl + QStringLiteral("?size=77"));
    QCOMPARE(r.status, 400);
    QCOMPARE(
        m_h.request("GET",
                    QStringLiteral("/api/v2/media/%1/thumbnail").arg(QString(64, QLatin1Char('0'))))
            .status,
        404);
    QCOMPARE(
        m_h.request("GET", QStringLiteral("/api/v2/media/..%2F..%2Fetc%2Fpasswd/thumbnail")).status,
        404);
    QCOMPARE(m_h.request("GET", thumbUrl, {}, {}, 0, false).status, 401);
}

void TestServerMedia::mediaStorage()
{
    using ne::PgRepository;
    using ne::StoreError;
    const auto repo = PgRepository::connect(m_h.databaseUri());
    const auto upload = [&](const QByteArray &bytes, int instance) {
        const QString path = createUpload(bytes.size(), meta({{"filename", "s.jpg"}}), instance);
        const HttpResult r = patch(path, 0, bytes, {}, instance);
        return r.status == 204 ? r.header("Upload-Resource-Status") : QByteArray(r.body);
    };
    // media.storage = files (the default): the bytes are a file in the data folder, the row
    // in PostgreSQL has no chunks, and a reader going to PostgreSQL directly is told so.
    const QByteArray inFile = TestImages::noiseJpeg(700 * 1024, 31);
    const QString fileSha =
        QString::fromLatin1(QCryptographicHash::hash(inFile, QCryptographicHash::Sha256).toHex());
    QCOMPARE(upload(inFile, 0), QByteArray("201"));
    QFile stored(m_h.dataDir() + QStringLiteral("/media/") + fileSha.left(2) + QLatin1Char('/') +
                 fileSha);
    QVERIFY2(stored.open(QIODevice::ReadOnly), qPrintable(stored.fileName()));
    QCOMPARE(stored.readAll(), inFile);
    QCOMPARE(repo->mediaInfo(fileSha)->size, qint64(inFile.size()));
    try {
        repo->readMediaRange(fileSha, 0, 16);
        QFAIL("PostgreSQL handed out bytes it does not have");
    } catch (const StoreError &e) {
        QCOMPARE(e.kind(), StoreError::Kind::NotFound);
        QVERIFY2(e.message().contains(QStringLiteral("server")), qPrintable(e.message()));
    }
    HttpResult served = m_h.request("GET", QStringLiteral("/api/v2/media/") + fileSha);
    QCOMPARE(served.status, 200);
    QCOMPARE(served.body, inFile);

    // media.storage = database, on an instance with a data folder of its own: the bytes go
    // into media_chunks, and the first instance serves them by copying them from there.
    QTemporaryDir otherData;
    const int db = m_h.start({QStringLiteral("--media.storage"), QStringLiteral("database"),
                              QStringLiteral("--data-dir"), otherData.path()});
    QVERIFY(db > 0);
    const QByteArray inDb = TestImages::noiseJpeg(900 * 1024, 32);
    const QString dbSha =
        QString::fromLatin1(QCryptographicHash::hash(inDb, QCryptographicHash::Sha256).toHex());
    QCOMPARE(upload(inDb, db), QByteArray("201"));
    QCOMPARE(repo->readMediaRange(dbSha, 0, inDb.size()), inDb);
    QVERIFY(!QFile::exists(otherData.path() + QStringLiteral("/media/") + dbSha.left(2) +
                           QLatin1Char('/') + dbSha));
    served = m_h.request("GET", QStringLiteral("/api/v2/media/") + dbSha);
    QCOMPARE(served.status, 200);
    QCOMPARE(served.body, inDb);
    m_h.stop(db);

    int exitCode = 0;
    const QString complaint = m_h.runTool(
        {QStringLiteral("--media.storage"), QStringLiteral("disk"), QStringLiteral("--migrate")},
        &exitCode);
    QVERIFY(exitCode != 0);
    QVERIFY2(complaint.contains(QStringLiteral("media.storage")), qPrintable(complaint));
}

void TestServerMedia::directClientImage()
{
    // An editor in PostgreSQL mode stores the bytes in media_chunks and the row names them
    // "pgmedia:<sha256>"; a REST client must still get a URL it can fetch and a thumbnail.
    const auto repo = ne::PgRepository::connect(m_h.databaseUri());
    QByteArray jpeg = TestImages::twoColourJpeg({640, 480}, 1);
    QBuffer source(&jpeg);
    source.open(QIODevice::ReadOnly);
    const ne::MediaRef media =
        repo->putMedia(source, QStringLiteral("image/jpeg"), {}, {}, {640, 480});
    QVERIFY2(!media.url.startsWith(QLatin1Char('/')), qPrintable(media.url));
    const ne::Record created = repo->create(
        ne::EntityKind::Image, {{QStringLiteral("title"), QStringLiteral("From psql")},
                                {QStringLiteral("contentSha256"), media.sha256},
                                {QStringLiteral("originalName"), QStringLiteral("direct.jpg")},
                                {QStringLiteral("type"), QStringLiteral("gallery")}});
    const QJsonObject image =
        m_h.request("GET", QStringLiteral("/api/v2/images/") + created.id()).json();
    QCOMPARE(image.value(QStringLiteral("url")).toString(),
             QStringLiteral("/api/v2/media/") + media.sha256);
    HttpResult r = m_h.request("GET", image.value(QStringLiteral("url")).toString());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, jpeg);
    r = m_h.request("GET", image.value(QStringLiteral("thumbnailUrl")).toString());
    QCOMPARE(r.status, 200);
    QCOMPARE(QImage::fromData(r.body, "JPEG").size(), QSize(320, 240));
}

QTEST_GUILESS_MAIN(TestServerMedia)
#include "TestServerMedia.moc"
