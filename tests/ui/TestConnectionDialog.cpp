// SPDX-License-Identifier: MIT
// ConnectionDialog offscreen, driven by objectName: profiles persist without secrets, and
// "Test connection" says what happened against the PostgreSQL of scripts/with-services
// (NE_TEST_PG_URI), each run in a throwaway database.
#include "connection/ConnectionDialog.h"
#include "connection/ConnectionProfile.h"
#include "connection/ProfileStore.h"
#include "connection/SecretStore.h"
#include "store/StoreError.h"

#include "store/postgres/PgRepository.h"

#include <pqxx/connection>
#include <pqxx/nontransaction>

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPromise>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QUrl>
#include <QUuid>
#include <QtConcurrent>

using namespace ne;

class TestConnectionDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void testSucceeds();
    void testKeepsTheDialogResponsive();
    void wrongPortIsRefused();
    void databaseWithoutSchema();
    void profilesPersistWithoutSecrets();
    void secretAskedOncePerSession();
    void conninfoQuotes_data();
    void conninfoQuotes();

private:
    std::unique_ptr<ConnectionDialog> makeDialog(ConnectionTester tester = {});
    template<typename T> T *child(const char *name) const
    {
        auto *widget = m_dialog->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    QString host() const
    {
        return m_server.isEmpty() ? QStringLiteral("db.example.org") : m_server.host();
    }
    void fillPostgres(const QString &name, const QString &database, int port);
    void clickTestAndWait();
    int resultState() const { return child<QLabel>("testResultLabel")->property("state").toInt(); }
    QString resultText() const { return child<QLabel>("testResultLabel")->text(); }

    ProfileStore m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ConnectionDialog> m_dialog;
    QUrl m_server;      ///< NE_TEST_PG_URI
    QString m_database; ///< throwaway database with the schema
};

void TestConnectionDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("NextEvent"));
    QCoreApplication::setApplicationName(QStringLiteral("nextevent-admin-test"));
    QSettings().clear();
    m_server = QUrl(qEnvironmentVariable("NE_TEST_PG_URI"));
    if (m_server.isEmpty())
        return;
    m_database = QStringLiteral("ne_ui_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    pqxx::connection admin(m_server.toString().toStdString());
    pqxx::nontransaction(admin).exec("CREATE DATABASE " + m_database.toStdString());
    QUrl uri = m_server;
    uri.setPath(QLatin1Char('/') + m_database);
    PgRepository::connect(uri.toString())->migrate();
}

void TestConnectionDialog::cleanupTestCase()
{
    m_dialog.reset();
    if (m_database.isEmpty())
        return;
    pqxx::connection admin(m_server.toString().toStdString());
    pqxx::nontransaction(admin).exec("DROP DATABASE IF EXISTS " + m_database.toStdString() +
                                     " WITH (FORCE)");
}

void TestConnectionDialog::init()
{
    m_dialog.reset();
    m_secrets = std::make_unique<SecretStore>(QStringLiteral("nextevent-admin-test"), false);
    m_dialog = makeDialog();
}

std::unique_ptr<ConnectionDialog> TestConnectionDialog::makeDialog(ConnectionTester tester)
{
    // By default the same tester app/ wires: PgRepository::checkConnection on a worker thread.
    if (!tester) {
        tester = [](const ConnectionProfile &p, const QString &secret) {
            return QtConcurrent::run([conninfo = p.conninfo(secret)] {
                guardStoreCall([&] { PgRepository::connect(conninfo)->checkConnection(); });
            });
        };
    }
    auto dialog = std::make_unique<ConnectionDialog>(&m_profiles, m_secrets.get(), tester);
    dialog->show();
    return dialog;
}

void TestConnectionDialog::fillPostgres(const QString &name, const QString &database, int port)
{
    QTest::mouseClick(child<QPushButton>("newButton"), Qt::LeftButton);
    auto *kind = child<QComboBox>("kindCombo");
    kind->setCurrentIndex(kind->findData(int(ConnectionProfile::Kind::PostgreSQL)));
    const auto type = [](QLineEdit *edit, const QString &text) {
        edit->clear();
        QTest::keyClicks(edit, text);
    };
    type(child<QLineEdit>("nameEdit"), name);
    type(child<QLineEdit>("hostEdit"), host());
    child<QSpinBox>("portSpin")->setValue(port);
    type(child<QLineEdit>("databaseEdit"), database);
    type(child<QLineEdit>("userEdit"), m_server.userName());
    child<QComboBox>("sslModeCombo")->setCurrentText(QStringLiteral("disable"));
}

void TestConnectionDialog::clickTestAndWait()
{
    QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("testButton")->isEnabled(), 20000);
}

void TestConnectionDialog::testSucceeds()
{
    if (m_server.isEmpty())
        QSKIP("needs NE_TEST_PG_URI (scripts/with-services)");
    fillPostgres(QStringLiteral("Local"), m_database, m_server.port(5432));
    clickTestAndWait();
    QCOMPARE(resultState(), 2); // Success
    QVERIFY2(resultText().contains(QStringLiteral("Connected")), qPrintable(resultText()));
}

void TestConnectionDialog::testKeepsTheDialogResponsive()
{
    // A tester that finishes only when the test says so: while it runs, the button is
    // disabled, the label says so and the dialog still takes input. Editing the form makes
    // the running test's answer stale, so it must not be shown when it arrives.
    std::vector<std::unique_ptr<QPromise<void>>> gates;
    m_dialog = makeDialog([&gates](const ConnectionProfile &, const QString &) {
        gates.push_back(std::make_unique<QPromise<void>>());
        gates.back()->start();
        return gates.back()->future();
    });
    fillPostgres(QStringLiteral("Slow"), QStringLiteral("slow"), 5432);
    const auto finishLast = [this, &gates] {
        gates.back()->finish();
        QTRY_VERIFY(child<QPushButton>("testButton")->isEnabled());
    };

    QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
    QVERIFY(!child<QPushButton>("testButton")->isEnabled());
    QCOMPARE(resultState(), 1); // Busy
    finishLast();
    QCOMPARE(resultState(), 2); // Success

    QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
    QCOMPARE(resultState(), 1);
    QTest::keyClicks(child<QLineEdit>("nameEdit"), QStringLiteral(" typed"));
    QCOMPARE(child<QLineEdit>("nameEdit")->text(), QStringLiteral("Slow typed"));
    finishLast();
    QCOMPARE(resultState(), 0); // the answer was for the profile before the edit
    QCOMPARE(gates.size(), size_t(2));
}

void TestConnectionDialog::wrongPortIsRefused()
{
    if (m_server.isEmpty())
        QSKIP("needs NE_TEST_PG_URI (scripts/with-services)");
    QTcpServer probe; // a port nobody listens on
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const int port = probe.serverPort();
    probe.close();
    fillPostgres(QStringLiteral("Closed port"), m_database, port);
    clickTestAndWait();
    QCOMPARE(resultState(), 3); // Failure
    QVERIFY2(resultText().contains(QStringLiteral("refused")), qPrintable(resultText()));
}

void TestConnectionDialog::databaseWithoutSchema()
{
    if (m_server.isEmpty())
        QSKIP("needs NE_TEST_PG_URI (scripts/with-services)");
    fillPostgres(QStringLiteral("No schema"), m_server.path().mid(1), m_server.port(5432));
    clickTestAndWait();
    QCOMPARE(resultState(), 3);
    QVERIFY2(resultText().contains(QStringLiteral("schema")), qPrintable(resultText()));
}

void TestConnectionDialog::profilesPersistWithoutSecrets()
{
    const QString password = QStringLiteral("pw-Never-On-Disk-42");
    fillPostgres(QStringLiteral("Staging"), QStringLiteral("nextevent"), 6543);
    QTest::keyClicks(child<QLineEdit>("passwordEdit"), password);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);

    m_dialog = makeDialog(); // a new dialog reads the profiles back from QSettings
    auto *list = child<QListWidget>("profileList");
    const auto items = list->findItems(QStringLiteral("Staging"), Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    list->setCurrentItem(items.first());
    QCOMPARE(child<QSpinBox>("portSpin")->value(), 6543);
    QCOMPARE(child<QLineEdit>("databaseEdit")->text(), QStringLiteral("nextevent"));
    QCOMPARE(child<QLineEdit>("hostEdit")->text(), host());

    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("Staging"));
    QVERIFY(text.contains("6543"));
    QVERIFY2(!text.contains(password.toUtf8()), text.constData());
    QVERIFY(!text.contains("password"));
}

void TestConnectionDialog::secretAskedOncePerSession()
{
    // No keychain here: the secret typed once comes back for the rest of the session.
    fillPostgres(QStringLiteral("Session"), QStringLiteral("nextevent"), 5433);
    QTest::keyClicks(child<QLineEdit>("passwordEdit"), QStringLiteral("typed-once"));
    QTest::mouseClick(child<QPushButton>("connectButton"), Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->secret(), QStringLiteral("typed-once"));
    QCOMPARE(m_profiles.lastUsed(), QStringLiteral("Session"));

    m_dialog = makeDialog(); // opens on the last used profile
    QCOMPARE(child<QLineEdit>("nameEdit")->text(), QStringLiteral("Session"));
    QTRY_COMPARE(child<QLineEdit>("passwordEdit")->text(), QStringLiteral("typed-once"));
}

void TestConnectionDialog::conninfoQuotes_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("password='abc'");
    QTest::newRow("space") << QStringLiteral("a b") << QStringLiteral("password='a b'");
    QTest::newRow("quote") << QStringLiteral("it's") << QStringLiteral("password='it\\'s'");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("password='a\\\\b'");
}

void TestConnectionDialog::conninfoQuotes()
{
    QFETCH(QString, password);
    QFETCH(QString, expected);
    ConnectionProfile p;
    p.user = QStringLiteral("editor");
    QVERIFY2(p.conninfo(password).contains(expected), qPrintable(p.conninfo(password)));
    QVERIFY(!p.conninfo().contains(QStringLiteral("password")));
}

QTEST_MAIN(TestConnectionDialog)
#include "TestConnectionDialog.moc"
