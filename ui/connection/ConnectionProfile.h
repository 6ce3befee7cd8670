// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

namespace ne {

/// A saved way to reach content: an embedded workspace file, a PostgreSQL server or a
/// REST API. A plain value; it never holds a password or API key (SecretStore does).
struct ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(ne::ConnectionProfile)
public:
    enum class Kind
    {
        Embedded,
        PostgreSQL,
        Rest
    };
    enum class RestAuth
    {
        ApiKey,
        UserName
    };

    QString name;
    Kind kind = Kind::PostgreSQL;
    QString filePath; ///< Embedded
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database = QStringLiteral("nextevent");
    QString user;
    QString sslMode = QStringLiteral("prefer");
    QString sslRootCert;
    QString restUrl;
    RestAuth restAuth = RestAuth::ApiKey;
    QString restUser;
    /// Hex SHA-256 of a self-signed certificate the person chose to trust; empty = the
    /// system's trust store only. A fingerprint is public, so it may live in settings.
    QString restPinnedSha256;

    /// libpq keyword/value string; the password (if any) is added here and nowhere else.
    QString conninfo(const QString &password = {}) const;
    /// Where the secret lives in the keychain: one entry per server, database and user.
    QString secretKey() const;
    /// True when connecting needs a password or API key.
    bool needsSecret() const;
    /// "editor@db.example:5432/nextevent", for the status bar and the profile list.
    QString summary() const;

    /// Settings representation; has no secret in it by construction.
    QVariantMap toMap() const;
    static ConnectionProfile fromMap(const QVariantMap &map);
    static QString kindName(Kind kind);
    static QStringList sslModes();

    bool operator==(const ConnectionProfile &other) const = default;
};

} // namespace ne
