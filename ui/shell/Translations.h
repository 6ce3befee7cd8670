// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>

class QCoreApplication;

namespace ne {

/// Installs the client's translation for the user's languages (LANGUAGE, LC_ALL, LANG),
/// and Qt's own for its standard dialogs and buttons. English has one too, for its
/// plural forms ("1 item", "2 items") only.
class Translations
{
public:
    /// Returns the language installed ("zh_CN", "en"), or an empty string if none matched.
    static QString install(QCoreApplication &app, const QLocale &locale = QLocale::system());
};

} // namespace ne
