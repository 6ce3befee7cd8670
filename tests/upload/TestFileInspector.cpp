// SPDX-License-Identifier: MIT
// FileInspector: each kind of bad input gets its own specific message naming the file;
// good files get type, size, dimensions, SHA-256 and an upright thumbnail.
#include "UploadTestFiles.h"
#include "store/StoreError.h"
#include "upload/FileInspector.h"

#include <QTemporaryDir>
#include <QTest>

#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace ne;
using namespace Qt::StringLiterals;
using test::UploadTestFiles;

/// Root may read any file; this takes the capabilities that allow it from the calling
/// thread (Linux capabilities are per thread) and gives them back on destruction, so an
/// unreadable file is unreadable whoever runs the test.
class WithoutReadOverride
{
public:
    WithoutReadOverride()
    {
        if (syscall(SYS_capget, &m_header, m_saved) != 0)
            return;
        __user_cap_data_struct reduced[2] = {m_saved[0], m_saved[1]};
        const auto drop = (1u << CAP_DAC_OVERRIDE) | (1u << CAP_DAC_READ_SEARCH);
        reduced[0].effective &= ~drop;
        m_changed = syscall(SYS_capset, &m_header, reduced) == 0;
    }
    ~WithoutReadOverride()
    {
        if (m_changed)
            syscall(SYS_capset, &m_header, m_saved);
    }
    WithoutReadOverride(const WithoutReadOverride &) = delete;
    WithoutReadOverride &operator=(const WithoutReadOverride &) = delete;

private:
    __user_cap_header_struct m_header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct m_saved[2]{};
    bool m_changed = false;
};

class TestFileInspector : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FileInspector m_inspector{UploadLimits{200 * 1000, 3 * 1000 * 1000}, QSize(64, 64)};

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void goodJpeg()
    {
        const QByteArray bytes = UploadTestFiles::jpeg(7, QSize(640, 400));
        QVERIFY(UploadTestFiles::write(path(QStringLiteral("good.jpg")), bytes));
        const Inspection in = m_inspector.inspect(path(QStringLiteral("good.jpg")));
        QCOMPARE(in.kind, EntityKind::Image);
        QCOMPARE(in.mimeType, QStringLiteral("image/jpeg"));
        QCOMPARE(in.size, bytes.size());
        QCOMPARE(in.pixelSize, QSize(640, 400));
        QCOMPARE(in.sha256, UploadTestFiles::sha256(bytes));
        QCOMPARE(in.thumbnail.size(), QSize(64, 40));
    }

    void contentNotName()
    {
        // A PNG named .jpg is a PNG; a video without its usual name is still a video.
        QVERIFY(UploadTestFiles::write(path(QStringLiteral("really-png.jpg")),
                                       UploadTestFiles::png(3)));
        QCOMPARE(m_inspector.inspect(path(QStringLiteral("really-png.jpg"))).mimeType,
                 QStringLiteral("image/png"));
        QVERIFY(UploadTestFiles::write(path(QStringLiteral("clip.bin")),
                                       UploadTestFiles::fakeMp4(1, 4096)));
        const Inspection video = m_inspector.inspect(path(QStringLiteral("clip.bin")));
        QCOMPARE(video.kind, EntityKind::Video);
        QVERIFY(video.thumbnail.isNull());
    }

    void exifOrientation()
    {
        // A portrait photo stored landscape with EXIF "rotate 90": the thumbnail is upright.
        QImage wide(400, 200, QImage::Format_RGB32);
        wide.fill(Qt::red);
        QByteArray jpeg = UploadTestFiles::encoded(wide, "jpeg");
        // APP1 Exif segment, big-endian TIFF, one IFD entry: Orientation (0x0112) = 6.
        const QByteArray exif = QByteArray::fromHex("FFE10022457869660000"
                                                    "4D4D002A00000008"
                                                    "0001"
                                                    "011200030000000100060000"
                                                    "00000000");
        jpeg.insert(2, exif);
        QVERIFY(UploadTestFiles::write(path(QStringLiteral("rotated.jpg")), jpeg));
        const Inspection in = m_inspector.inspect(path(QStringLiteral("rotated.jpg")));
        QVERIFY(in.thumbnail.height() > in.thumbnail.width());
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<StoreError::Kind>("kind");
        QTest::addColumn<QString>("says");
        using K = StoreError::Kind;
        const QByteArray jpeg = UploadTestFiles::jpeg(11, QSize(300, 200));
        QByteArray corruptPng = UploadTestFiles::png(5);
        corruptPng.replace(40, 200, QByteArray(200, '\x5a'));
        QTest::newRow("empty") << u"empty.jpg"_s << QByteArray() << K::Invalid << u"empty"_s;
        QTest::newRow("text named .jpg") << u"notes.jpg"_s << QByteArray("just some words\n")
                                         << K::Invalid << u"not an image or a video"_s;
        QTest::newRow("random bytes")
            << u"noise.png"_s << UploadTestFiles::fakeMp4(3, 5000).mid(100) << K::Invalid
            << u"not an image or a video"_s;
        QTest::newRow("truncated jpeg")
            << u"cut.jpg"_s << jpeg.left(jpeg.size() / 2) << K::Invalid << u"truncated"_s;
        QTest::newRow("header only")
            << u"header.jpg"_s << jpeg.left(20) << K::Invalid << u"damaged"_s;
        QTest::newRow("corrupt png")
            << u"corrupt.png"_s << corruptPng << K::Invalid << u"damaged"_s;
        QTest::newRow("image too large")
            << u"huge.png"_s << UploadTestFiles::png(9) + QByteArray(250 * 1000, '\0')
            << K::TooLarge << u"allowed for an image"_s;
        QTest::newRow("video too large")
            << u"long.mp4"_s << UploadTestFiles::fakeMp4(2, 3100 * 1000) << K::TooLarge
            << u"allowed for a video"_s;
    }

    void badInput()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(StoreError::Kind, kind);
        QFETCH(QString, says);
        QVERIFY(UploadTestFiles::write(path(name), bytes));
        try {
            m_inspector.inspect(path(name));
            QFAIL("accepted a bad file");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), kind);
            QVERIFY2(e.message().contains(name), qPrintable(e.message()));
            QVERIFY2(e.message().contains(says), qPrintable(e.message()));
        }
    }

    void missingAndLinks()
    {
        const auto message = [&](const QString &p) {
            try {
                m_inspector.inspect(p);
            } catch (const StoreError &e) {
                return e.message();
            }
            return QString();
        };
        QVERIFY(message(path(QStringLiteral("gone.jpg"))).contains(u"moved or deleted"_s));
        QVERIFY(
            QFile::link(path(QStringLiteral("nowhere.jpg")), path(QStringLiteral("dangling.jpg"))));
        QVERIFY(message(path(QStringLiteral("dangling.jpg"))).contains(u"link"_s));
        QVERIFY(message(m_dir.path()).contains(u"folder"_s));
    }

    void unreadable()
    {
        const QString locked = path(QStringLiteral("locked.jpg"));
        QVERIFY(UploadTestFiles::write(locked, UploadTestFiles::jpeg(5)));
        QVERIFY(QFile::setPermissions(locked, QFileDevice::Permissions()));
        const WithoutReadOverride guard;
        QFile probe(locked);
        QVERIFY2(!probe.open(QIODevice::ReadOnly), "the file is still readable");
        try {
            m_inspector.inspect(locked);
            QFAIL("read an unreadable file");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::Invalid);
            QVERIFY2(e.message().contains(u"locked.jpg cannot be read"_s), qPrintable(e.message()));
            QVERIFY2(e.message().contains(probe.errorString()), qPrintable(e.message()));
        }
    }

    void cancelStopsHashing()
    {
        QVERIFY(UploadTestFiles::write(path(QStringLiteral("big.mp4")),
                                       UploadTestFiles::fakeMp4(4, 2500 * 1000)));
        try {
            m_inspector.inspect(path(QStringLiteral("big.mp4")), [] { return true; });
            QFAIL("not cancelled");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::Cancelled);
        }
    }
};

QTEST_GUILESS_MAIN(TestFileInspector)
#include "TestFileInspector.moc"
