// SPDX-License-Identifier: MIT
#include "ValueFormatter.h"

#include <QDateTime>
#include <QLocale>

namespace ne {

QString ValueFormatter::enumLabel(const QString &value)
{
    if (value.isEmpty())
        return value;
    QString label = value;
    label.replace(u'_', u' ');
    label[0] = label[0].toUpper();
    return QCoreApplication::translate("ne::EnumValue", label.toUtf8().constData());
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
