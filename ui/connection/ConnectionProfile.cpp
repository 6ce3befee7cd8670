// SPDX-License-Identifier: MIT
#include "ConnectionProfile.h"

#include <QStringList>

namespace ne {

namespace {

/// libpq quoting: values in single quotes, backslash and quote escaped.
QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString kindKey(ConnectionProfile::Kind kind)
{
    switch (kind) {
    case ConnectionProfile::Kind::Embedded:
        return QStringLiteral("embedded");
    case ConnectionProfile::Kind::PostgreSQL:
        return QStringLiteral("postgresql");
    case ConnectionProfile::Kind::Rest:
        return QStringLiteral("rest");
    }
    return {};
}

} // namespace

QString ConnectionProfile::conninfo(const QString &password) const
{
    QStringList parts;
    const auto add = [&parts](const char *key, const QString &value) {
        if (!value.isEmpty())
            parts.append(QString(QLatin1String(key) + QLatin1Char('=') + quoted(value)));
    };
    add("host", host);
    add("port", QString::number(port));
    add("dbname", database);
    add("user", user);
    add("password", password);
    add("sslmode", sslMode);
    add("sslrootcert", sslRootCert);
    return parts.join(QLatin1Char(' '));
}

QString ConnectionProfile::secretKey() const
{
    switch (kind) {
    case Kind::Embedded:
        return {};
    case Kind::PostgreSQL:
        return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
    case Kind::Rest:
        return QStringLiteral("rest:%1@%2")
            .arg(restAuth == RestAuth::ApiKey ? QStringLiteral("apikey") : restUser, restUrl);
    }
    return {};
}

bool ConnectionProfile::needsSecret() const
{
    return kind != Kind::Embedded;
}

QString ConnectionProfile::summary() const
{
    switch (kind) {
    case Kind::Embedded:
        return filePath;
    case Kind::PostgreSQL:
        return user.isEmpty()
                   ? QStringLiteral("%1:%2/%3").arg(host).arg(port).arg(database)
                   : QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
    case Kind::Rest:
        return restUrl;
    }
    return {};
}

QVariantMap ConnectionProfile::toMap() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("kind"), kindKey(kind)},
            {QStringLiteral("filePath"), filePath},
            {QStringLiteral("host"), host},
            {QStringLiteral("port"), port},
            {QStringLiteral("database"), database},
            {QStringLiteral("user"), user},
            {QStringLiteral("sslMode"), sslMode},
            {QStringLiteral("sslRootCert"), sslRootCert},
            {QStringLiteral("restUrl"), restUrl},
            {QStringLiteral("restAuth"),
             restAuth == RestAuth::ApiKey ? QStringLiteral("apiKey") : QStringLiteral("user")},
            {QStringLiteral("restUser"), restUser},
            {QStringLiteral("restPinnedSha256"), restPinnedSha256}};
}

ConnectionProfile ConnectionProfile::fromMap(const QVariantMap &map)
{
    ConnectionProfile p;
    p.name = map.value(QStringLiteral("name")).toString();
    const QString kind = map.value(QStringLiteral("kind")).toString();
    for (Kind k : {Kind::Embedded, Kind::PostgreSQL, Kind::Rest}) {
        if (kindKey(k) == kind)
            p.kind = k;
    }
    p.filePath = map.value(QStringLiteral("filePath")).toString();
    p.host = map.value(QStringLiteral("host"), p.host).toString();
    p.port = map.value(QStringLiteral("port"), p.port).toInt();
    p.database = map.value(QStringLiteral("database"), p.database).toString();
    p.user = map.value(QStringLiteral("user")).toString();
    p.sslMode = map.value(QStringLiteral("sslMode"), p.sslMode).toString();
    p.sslRootCert = map.value(QStringLiteral("sslRootCert")).toString();
    p.restUrl = map.value(QStringLiteral("restUrl")).toString();
    p.restAuth = map.value(QStringLiteral("restAuth")).toString() == QStringLiteral("user")
                     ? RestAuth::UserName
                     : RestAuth::ApiKey;
    p.restUser = map.value(QStringLiteral("restUser")).toString();
    p.restPinnedSha256 = map.value(QStringLiteral("restPinnedSha256")).toString();
    return p;
}

QString ConnectionProfile::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Embedded:
        return tr("Embedded workspace");
    case Kind::PostgreSQL:
        return tr("PostgreSQL server");
    case Kind::Rest:
        return tr("REST API");
    }
    return {};
}

QStringList ConnectionProfile::sslModes()
{
    return {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
}

} // namespace ne
