// SPDX-License-Identifier: MIT
// The shipped translations: each one loads for its locale, and every message in every
// .ts file is translated without losing a placeholder, a mnemonic or markup.
#include "paging/ValueFormatter.h"
#include "schema/EntitySchema.h"
#include "shell/Translations.h"

#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void englishPlurals();
    void chineseLoads();
    void schemaTextsTranslated();
    void everyMessageTranslated_data();
    void everyMessageTranslated();
};

namespace {

/// Placeholders (%1, %L2, %n), mnemonics (& not followed by &) and tags, counted, as
/// "key×count" in a stable order.
QString markers(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(%L?\d|%n|<[^>]+>|&(?!&)(?=\w)|&&)"));
    QMap<QString, int> out;
    for (const auto &m : pattern.globalMatch(text)) {
        QString key = m.captured();
        if (key.startsWith(QLatin1Char('&')) && key != QStringLiteral("&&"))
            key = QStringLiteral("&");
        ++out[key];
    }
    QStringList parts;
    for (auto it = out.cbegin(); it != out.cend(); ++it)
        parts.append(it.key() + QStringLiteral("×") + QString::number(it.value()));
    return parts.join(QLatin1Char(' '));
}

} // namespace

void TestTranslations::englishPlurals()
{
    // English ships plural forms only: "%n item(s)" reads "1 item" / "2 items".
    QCoreApplication &app = *QCoreApplication::instance();
    QCOMPARE(ne::Translations::install(app, QLocale(QLocale::Icelandic)), QString());
    QCOMPARE(
        QCoreApplication::translate("ne::EntityPage", "%n item(s) moved to Trash.", nullptr, 2),
        QStringLiteral("2 item(s) moved to Trash."));
    QCOMPARE(ne::Translations::install(app, QLocale(QLocale::English, QLocale::UnitedStates)),
             QStringLiteral("en"));
    QCOMPARE(
        QCoreApplication::translate("ne::EntityPage", "%n item(s) moved to Trash.", nullptr, 1),
        QStringLiteral("1 item moved to Trash."));
    QCOMPARE(
        QCoreApplication::translate("ne::EntityPage", "%n item(s) moved to Trash.", nullptr, 2),
        QStringLiteral("2 items moved to Trash."));
    QCOMPARE(QCoreApplication::translate("ne::MainWindow", "&File"), QStringLiteral("&File"));
}

void TestTranslations::chineseLoads()
{
    QCOMPARE(ne::Translations::install(*QCoreApplication::instance(),
                                       QLocale(QLocale::Chinese, QLocale::China)),
             QStringLiteral("zh_CN"));
    const QString file = QCoreApplication::translate("ne::MainWindow", "&File");
    QVERIFY2(file != QStringLiteral("&File") && file.contains(QStringLiteral("(&F)")),
             qPrintable(file));
    const QString title = QCoreApplication::translate("ne::MainWindow", "NextEvent Admin");
    QVERIFY(!title.isEmpty());
    const QString plural =
        QCoreApplication::translate("ne::UploadTotalsText", "%n failed", nullptr, 3);
    QVERIFY2(plural.contains(QLatin1Char('3')), qPrintable(plural));
    // Qt's own strings (standard buttons) come along when the system has them.
    const QString cancel = QCoreApplication::translate("QPlatformTheme", "Cancel");
    if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                      QStringLiteral("/qtbase_zh_CN.qm")))
        QVERIFY2(cancel != QStringLiteral("Cancel"), qPrintable(cancel));
}

void TestTranslations::schemaTextsTranslated()
{
    // Field labels and enum values are translated by their text at run time, so lupdate
    // sees them only where they are marked: each one must have a Chinese message.
    QTranslator zh;
    QVERIFY(zh.load(QStringLiteral(":/i18n/nextevent-admin_zh_CN")));
    for (const ne::EntityKind kind : {ne::EntityKind::Image, ne::EntityKind::Article,
                                      ne::EntityKind::News, ne::EntityKind::Video}) {
        for (const ne::Field &f : ne::EntitySchema::of(kind).fields()) {
            if (f.untranslatedLabel())
                QVERIFY2(!zh.translate("ne::Field", f.untranslatedLabel()).isEmpty(),
                         f.untranslatedLabel());
            for (const QString &value : f.enumValues()) {
                const QByteArray label = ne::ValueFormatter::untranslatedEnumLabel(value);
                QVERIFY2(label.isEmpty() ||
                             !zh.translate("ne::EnumValue", label.constData()).isEmpty(),
                         label.constData());
            }
        }
    }
}

void TestTranslations::everyMessageTranslated_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("translations");
    const QDir dir(QStringLiteral(NE_TRANSLATIONS_DIR));
    const QStringList files = dir.entryList({QStringLiteral("*.ts")});
    QVERIFY(!files.isEmpty());
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString context, source;
        QStringList forms;
        bool unfinished = false;
        bool numerus = false;
        // English needs only the plural forms; its other messages are the source itself.
        const bool englishOnlyPlurals = name.endsWith(QStringLiteral("_en.ts"));
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == u"message")
                    numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
                else if (xml.name() == u"name")
                    context = xml.readElementText();
                else if (xml.name() == u"source")
                    source = xml.readElementText();
                else if (xml.name() == u"translation") {
                    unfinished = xml.attributes().value(QStringLiteral("type")) == u"unfinished";
                    forms.clear();
                    if (xml.attributes().value(QStringLiteral("type")) != u"vanished") {
                        // Either plain text or <numerusform> children.
                        QString text;
                        while (!(xml.isEndElement() && xml.name() == u"translation")) {
                            xml.readNext();
                            if (xml.isCharacters())
                                text += xml.text();
                            if (xml.isStartElement() && xml.name() == u"numerusform")
                                forms.append(xml.readElementText());
                        }
                        if (forms.isEmpty())
                            forms.append(text);
                    }
                }
            } else if (xml.isEndElement() && xml.name() == u"message" &&
                       (numerus || !englishOnlyPlurals)) {
                QTest::addRow("%s %s: %s", qPrintable(name), qPrintable(context),
                              qPrintable(source.left(60)))
                    << context << source << (unfinished ? QStringList() : forms);
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    }
}

void TestTranslations::everyMessageTranslated()
{
    QFETCH(QString, source);
    QFETCH(QStringList, translations);
    QVERIFY2(!translations.isEmpty(), "unfinished");
    for (const QString &t : translations) {
        QVERIFY(!t.trimmed().isEmpty() || source.trimmed().isEmpty());
        QCOMPARE(markers(t), markers(source));
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
