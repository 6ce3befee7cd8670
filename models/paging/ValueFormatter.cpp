// SPDX-License-Identifier: MIT
#include "ValueFormatter.h"

#include <QDateTime>
#include <QLocale>

namespace ne {

namespace {

// The labels enumLabel() makes of the schemas' enum values, for lupdate to collect:
// enumLabel() translates by the same text. TestTranslations checks none is missing.
[[maybe_unused]] const char *const kEnumLabels[] = {
    QT_TRANSLATE_NOOP("ne::EnumValue", "Cover"),
    QT_TRANSLATE_NOOP("ne::EnumValue", "Thumbnail"),
    QT_TRANSLATE_NOOP("ne::EnumValue", "Gallery"),
    QT_TRANSLATE_NOOP("ne::EnumValue", "Profile"),
    QT_TRANSLATE_NOOP("ne::EnumValue", "Banner"),
    QT_TRANSLATE_NOOP("ne::EnumValue", "Icon"),
    QT_TRANSLATE_NOOP("ne::EnumValue", "Background"),
    QT_TRANSLATE_NOOP("ne::EnumValue", "Active"),
    QT_TRANSLATE_NOOP("ne::EnumValue", "Archived"),
    QT_TRANSLATE_NOOP("ne::EnumValue", "Deleted"),
    QT_TRANSLATE_NOOP("ne::EnumValue", "Standard"),
    QT_TRANSLATE_NOOP("ne::EnumValue", "Featured"),
    QT_TRANSLATE_NOOP("ne::EnumValue", "News"),
    QT_TRANSLATE_NOOP("ne::EnumValue", "Blog"),
    QT_TRANSLATE_NOOP("ne::EnumValue", "Guide"),
    QT_TRANSLATE_NOOP("ne::EnumValue", "Draft"),
    QT_TRANSLATE_NOOP("ne::EnumValue", "Published"),
    QT_TRANSLATE_NOOP("ne::EnumValue", "Breaking"),
    QT_TRANSLATE_NOOP("ne::EnumValue", "Urgent"),
    QT_TRANSLATE_NOOP("ne::EnumValue", "Low"),
    QT_TRANSLATE_NOOP("ne::EnumValue", "Normal"),
    QT_TRANSLATE_NOOP("ne::EnumValue", "High"),
    QT_TRANSLATE_NOOP("ne::EnumValue", "Scheduled"),
    QT_TRANSLATE_NOOP("ne::EnumValue", "None"),
    QT_TRANSLATE_NOOP("ne::EnumValue", "Failed"),
    QT_TRANSLATE_NOOP("ne::EnumValue", "Live"),
    QT_TRANSLATE_NOOP("ne::EnumValue", "On demand"),
    QT_TRANSLATE_NOOP("ne::EnumValue", "Recorded"),
    QT_TRANSLATE_NOOP("ne::EnumValue", "Streaming"),
    QT_TRANSLATE_NOOP("ne::EnumValue", "Ended"),
    QT_TRANSLATE_NOOP("ne::EnumValue", "Auto"),
    QT_TRANSLATE_NOOP("ne::EnumValue", "360p"),
    QT_TRANSLATE_NOOP("ne::EnumValue", "480p"),
    QT_TRANSLATE_NOOP("ne::EnumValue", "720p"),
    QT_TRANSLATE_NOOP("ne::EnumValue", "1080p"),
    QT_TRANSLATE_NOOP("ne::EnumValue", "4k"),
};

} // namespace

QByteArray ValueFormatter::untranslatedEnumLabel(const QString &value)
{
    if (value.isEmpty())
        return {};
    QString label = value;
    label.replace(u'_', u' ');
    label[0] = label[0].toUpper();
    return label.toUtf8();
}

QString ValueFormatter::enumLabel(const QString &value)
{
    if (value.isEmpty())
        return value;
    return QCoreApplication::translate("ne::EnumValue", untranslatedEnumLabel(value).constData());
}

QString ValueFormatter::display(const Field &field, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QString();
    const QLocale locale;
    switch (field.type()) {
    case FieldType::DateTime:
        return locale.toString(value.toDateTime().toLocalTime(), QLocale::ShortFormat);
    case FieldType::Boolean:
        if (field.key() == QStringLiteral("isOpen"))
            return value.toBool() ? tr("Public") : tr("Private");
        return value.toBool() ? tr("Yes") : tr("No");
    case FieldType::Integer:
        if (field.key() == QStringLiteral("fileSize"))
            return locale.formattedDataSize(value.toLongLong(), 1,
                                            QLocale::DataSizeTraditionalFormat);
        if (field.key() == QStringLiteral("duration")) {
            const qint64 s = value.toLongLong();
            return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
        }
        return locale.toString(value.toLongLong());
    case FieldType::Real:
        return locale.toString(value.toDouble(), 'g', 4);
    case FieldType::Enum:
        return enumLabel(value.toString());
    case FieldType::StringList:
    case FieldType::UuidList:
        return value.toStringList().join(QStringLiteral(", "));
    case FieldType::String:
    case FieldType::Text: {
        // One line in a cell: a summary's line breaks would make rows uneven.
        QString text = value.toString().left(300);
        text.replace(u'\n', u' ');
        return text;
    }
    case FieldType::Uuid:
    case FieldType::Json:
        return value.toString();
    }
    return value.toString();
}

} // namespace ne
