// SPDX-License-Identifier: MIT
#include "shell/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace ne {

QString Translations::install(QCoreApplication &app, const QLocale &locale)
{
    // Parented to the application, so they live as long as the strings they translate.
    auto *own = new QTranslator(&app);
    if (!own->load(locale, QStringLiteral("nextevent-admin"), QStringLiteral("_"),
                   QStringLiteral(":/i18n"))) {
        delete own;
        return {};
    }
    QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return own->language();
}

} // namespace ne
