// SPDX-License-Identifier: MIT
#include "RestSettings.h"

namespace ne {

namespace {

/// The base URL's path without a trailing slash or /api/v2 (a URL copied from a browser).
QString rootPath(const QUrl &base)
{
    QString path = base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.endsWith(QStringLiteral("/api/v2")))
        path.chop(7);
    return path;
}

} // namespace

QUrl RestSettings::apiUrl(const QString &path) const
{
    return rootUrl(QStringLiteral("/api/v2") + path);
}

QUrl RestSettings::rootUrl(const QString &path) const
{
    QUrl url = baseUrl;
    url.setPath(rootPath(baseUrl) + path);
    url.setQuery(QString());
    return url;
}

} // namespace ne
