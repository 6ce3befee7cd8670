// SPDX-License-Identifier: MIT
#pragma once

#include "ConnectionProfile.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace ne {

/// The right half of the connection dialog: the fields of one profile, a page per kind.
/// Knows nothing about storing or testing; it only turns widgets into a profile and back.
class ConnectionForm : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionForm(QWidget *parent = nullptr);

    void setProfile(const ConnectionProfile &profile);
    ConnectionProfile profile() const;

    /// The password (PostgreSQL) or API key / password (REST) typed in; never stored here.
    QString secret() const;
    void setSecret(const QString &secret);
    bool rememberSecret() const;
    void focusSecret();
    /// Without a keychain the "Remember" box is off and says the secret lasts the session.
    void setKeychainAvailable(bool available);

    /// What is missing before this profile can be tested or used; empty when complete.
    QString incompleteReason() const;

Q_SIGNALS:
    void edited();

private:
    QWidget *buildEmbeddedPage();
    QWidget *buildPostgresPage();
    QWidget *buildRestPage();
    void updateRestAuth();
    void browseFile(QLineEdit *edit, const QString &title, const QString &filter, bool save);

    QLineEdit *m_name;
    QComboBox *m_kind;
    QStackedWidget *m_pages;
    QLineEdit *m_filePath = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_rememberNote = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLineEdit *m_sslRootCert = nullptr;
    QLineEdit *m_restUrl = nullptr;
    QComboBox *m_restAuth = nullptr;
    QLineEdit *m_restUser = nullptr;
    QLineEdit *m_restSecret = nullptr;
    QLabel *m_restSecretLabel = nullptr;
    QLineEdit *m_restPin = nullptr;
};

} // namespace ne
