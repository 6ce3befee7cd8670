// SPDX-License-Identifier: MIT
#pragma once

#include <QFuture>
#include <QHash>
#include <QObject>
#include <optional>

namespace ne {

/// Passwords and API keys: the OS keychain through QtKeychain when there is one, and
/// always a per-session cache in memory, so that without a keychain (no D-Bus secret
/// service, CI) the person is asked once per session. Never writes a secret to disk or
/// to a log. UI thread only; futures resolve on the UI thread.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    /// service names the keychain entries ("nextevent-admin"); useKeychain = false keeps
    /// everything in memory (tests).
    explicit SecretStore(QString service, bool useKeychain = true, QObject *parent = nullptr);

    /// The secret for key from this session or the keychain; nullopt when neither has it.
    QFuture<std::optional<QString>> read(const QString &key);
    /// Keeps the secret for this session and, when remember is set, in the keychain.
    void write(const QString &key, const QString &secret, bool remember);
    /// Forgets the secret here and in the keychain.
    void forget(const QString &key);
    /// The session copy only, without asking the keychain.
    std::optional<QString> cached(const QString &key) const;

    /// False once the keychain failed to answer (no backend, locked, timed out).
    bool isKeychainAvailable() const { return m_keychain; }

Q_SIGNALS:
    void keychainUnavailable(const QString &reason);

private:
    void markUnavailable(const QString &reason);

    QString m_service;
    bool m_keychain;
    QHash<QString, QString> m_session;
};

} // namespace ne
