// SPDX-License-Identifier: MIT
#include "ConnectionForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QUrl>

namespace ne {

namespace {

QLineEdit *lineEdit(QWidget *parent, const char *objectName, const QString &placeholder = {})
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setPlaceholderText(placeholder);
    return edit;
}

QFormLayout *formLayout(QWidget *page)
{
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 8, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return form;
}

} // namespace

ConnectionForm::ConnectionForm(QWidget *parent)
    : QWidget(parent)
    , m_name(lineEdit(this, "nameEdit", tr("e.g. Production")))
    , m_kind(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
{
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (auto kind : {ConnectionProfile::Kind::Embedded, ConnectionProfile::Kind::PostgreSQL,
                      ConnectionProfile::Kind::Rest})
        m_kind->addItem(ConnectionProfile::kindName(kind), int(kind));
    m_pages->setObjectName(QStringLiteral("kindStack"));
    m_pages->addWidget(buildEmbeddedPage());
    m_pages->addWidget(buildPostgresPage());
    m_pages->addWidget(buildRestPage());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = formLayout(nullptr);
    top->setContentsMargins(0, 0, 0, 0);
    top->addRow(tr("&Name:"), m_name);
    top->addRow(tr("&Kind:"), m_kind);
    layout->addLayout(top);
    layout->addWidget(m_pages);
    layout->addStretch(1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_pages->setCurrentIndex(index);
        Q_EMIT edited();
    });
    connect(m_name, &QLineEdit::textEdited, this, &ConnectionForm::edited);
    setKeychainAvailable(true);
}

QWidget *ConnectionForm::buildEmbeddedPage()
{
    auto *page = new QWidget(this);
    auto *form = formLayout(page);
    m_filePath = lineEdit(page, "filePathEdit", tr("Workspace file (*.nextevent)"));
    auto *browse = new QToolButton(page);
    browse->setObjectName(QStringLiteral("browseFileButton"));
    browse->setText(tr("Browse…"));
    connect(browse, &QToolButton::clicked, this, [this] {
        browseFile(m_filePath, tr("Workspace file"), tr("NextEvent workspaces (*.nextevent)"),
                   true);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_filePath, 1);
    row->addWidget(browse);
    auto *fileLabel = new QLabel(tr("&File:"), page);
    fileLabel->setBuddy(m_filePath);
    form->addRow(fileLabel, row);
    auto *note = new QLabel(tr("A single file on this computer; created with sample content if "
                               "it does not exist."),
                            page);
    note->setWordWrap(true);
    note->setEnabled(false);
    form->addRow(QString(), note);
    return page;
}

QWidget *ConnectionForm::buildPostgresPage()
{
    auto *page = new QWidget(this);
    auto *form = formLayout(page);
    m_host = lineEdit(page, "hostEdit", tr("db.example.org"));
    m_port = new QSpinBox(page);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(new QLabel(tr("Port:"), page));
    hostRow->addWidget(m_port);
    auto *hostLabel = new QLabel(tr("&Host:"), page);
    hostLabel->setBuddy(m_host);
    form->addRow(hostLabel, hostRow);
    m_database = lineEdit(page, "databaseEdit", tr("nextevent"));
    form->addRow(tr("&Database:"), m_database);
    m_user = lineEdit(page, "userEdit", tr("editor"));
    form->addRow(tr("&User:"), m_user);
    m_password = lineEdit(page, "passwordEdit");
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    m_remember = new QCheckBox(tr("Remember in the system keychain"), page);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setChecked(true);
    m_rememberNote = new QLabel(page);
    m_rememberNote->setObjectName(QStringLiteral("rememberNoteLabel"));
    m_rememberNote->setWordWrap(true);
    m_rememberNote->setEnabled(false);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_rememberNote);
    m_sslMode = new QComboBox(page);
    m_sslMode->setObjectName(QStringLiteral("sslModeCombo"));
    m_sslMode->addItems(ConnectionProfile::sslModes());
    form->addRow(tr("&SSL mode:"), m_sslMode);
    m_sslRootCert = lineEdit(page, "sslRootCertEdit", tr("CA certificate (optional)"));
    auto *browse = new QToolButton(page);
    browse->setObjectName(QStringLiteral("browseCertButton"));
    browse->setText(tr("Browse…"));
    connect(browse, &QToolButton::clicked, this, [this] {
        browseFile(m_sslRootCert, tr("CA certificate"),
                   tr("Certificates (*.pem *.crt);;All files (*)"), false);
    });
    auto *certRow = new QHBoxLayout;
    certRow->addWidget(m_sslRootCert, 1);
    certRow->addWidget(browse);
    auto *certLabel = new QLabel(tr("&CA file:"), page);
    certLabel->setBuddy(m_sslRootCert);
    form->addRow(certLabel, certRow);
    for (QLineEdit *edit : {m_host, m_database, m_user, m_password, m_sslRootCert})
        connect(edit, &QLineEdit::textEdited, this, &ConnectionForm::edited);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectionForm::edited);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &ConnectionForm::edited);
    return page;
}

QWidget *ConnectionForm::buildRestPage()
{
    auto *page = new QWidget(this);
    auto *form = formLayout(page);
    m_restUrl = lineEdit(page, "restUrlEdit", tr("https://api.example.org"));
    form->addRow(tr("&Base URL:"), m_restUrl);
    m_restAuth = new QComboBox(page);
    m_restAuth->setObjectName(QStringLiteral("restAuthCombo"));
    m_restAuth->addItem(tr("API key"), int(ConnectionProfile::RestAuth::ApiKey));
    m_restAuth->addItem(tr("User name and password"), int(ConnectionProfile::RestAuth::UserName));
    form->addRow(tr("&Sign in with:"), m_restAuth);
    m_restUser = lineEdit(page, "restUserEdit");
    form->addRow(tr("U&ser:"), m_restUser);
    m_restSecret = lineEdit(page, "restSecretEdit");
    m_restSecret->setEchoMode(QLineEdit::Password);
    m_restSecretLabel = new QLabel(page);
    form->addRow(m_restSecretLabel, m_restSecret);
    m_restPin = lineEdit(page, "restPinEdit", tr("only for a self-signed certificate"));
    m_restPin->setToolTip(tr("The SHA-256 fingerprint of a certificate to trust although no "
                             "authority signed it. A refused connection shows the fingerprint."));
    form->addRow(tr("Trusted &certificate (SHA-256):"), m_restPin);
    connect(m_restAuth, &QComboBox::currentIndexChanged, this, [this] {
        updateRestAuth();
        Q_EMIT edited();
    });
    for (QLineEdit *edit : {m_restUrl, m_restUser, m_restSecret, m_restPin})
        connect(edit, &QLineEdit::textEdited, this, &ConnectionForm::edited);
    updateRestAuth();
    return page;
}

void ConnectionForm::updateRestAuth()
{
    const bool byUser =
        m_restAuth->currentData().toInt() == int(ConnectionProfile::RestAuth::UserName);
    m_restUser->setEnabled(byUser);
    m_restSecretLabel->setText(byUser ? tr("Pass&word:") : tr("API &key:"));
    m_restSecretLabel->setBuddy(m_restSecret);
}

void ConnectionForm::browseFile(QLineEdit *edit, const QString &title, const QString &filter,
                                bool save)
{
    auto *dialog = new QFileDialog(this, title, edit->text(), filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setOption(QFileDialog::DontConfirmOverwrite);
    connect(dialog, &QFileDialog::fileSelected, edit, [this, edit](const QString &path) {
        edit->setText(path);
        Q_EMIT edited();
    });
    dialog->open();
}

void ConnectionForm::setProfile(const ConnectionProfile &p)
{
    m_name->setText(p.name);
    m_kind->setCurrentIndex(m_kind->findData(int(p.kind)));
    m_pages->setCurrentIndex(m_kind->currentIndex());
    m_filePath->setText(p.filePath);
    m_host->setText(p.host);
    m_port->setValue(p.port);
    m_database->setText(p.database);
    m_user->setText(p.user);
    m_sslMode->setCurrentText(p.sslMode);
    m_sslRootCert->setText(p.sslRootCert);
    m_restUrl->setText(p.restUrl);
    m_restAuth->setCurrentIndex(m_restAuth->findData(int(p.restAuth)));
    m_restUser->setText(p.restUser);
    m_restPin->setText(p.restPinnedSha256);
    setSecret({});
}

ConnectionProfile ConnectionForm::profile() const
{
    ConnectionProfile p;
    p.name = m_name->text().trimmed();
    p.kind = ConnectionProfile::Kind(m_kind->currentData().toInt());
    p.filePath = m_filePath->text().trimmed();
    p.host = m_host->text().trimmed();
    p.port = m_port->value();
    p.database = m_database->text().trimmed();
    p.user = m_user->text().trimmed();
    p.sslMode = m_sslMode->currentText();
    p.sslRootCert = m_sslRootCert->text().trimmed();
    p.restUrl = m_restUrl->text().trimmed();
    p.restAuth = ConnectionProfile::RestAuth(m_restAuth->currentData().toInt());
    p.restUser = m_restUser->text().trimmed();
    // "AB:CD:…" as shown in the refusal, or plain hex: stored as lowercase hex.
    p.restPinnedSha256 =
        m_restPin->text().remove(QLatin1Char(':')).remove(QLatin1Char(' ')).toLower();
    return p;
}

QString ConnectionForm::secret() const
{
    return profile().kind == ConnectionProfile::Kind::Rest ? m_restSecret->text()
                                                           : m_password->text();
}

void ConnectionForm::setSecret(const QString &secret)
{
    m_password->setText(secret);
    m_restSecret->setText(secret);
}

void ConnectionForm::focusSecret()
{
    if (profile().kind == ConnectionProfile::Kind::Rest)
        m_restSecret->setFocus();
    else
        m_password->setFocus();
}

bool ConnectionForm::rememberSecret() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

void ConnectionForm::setKeychainAvailable(bool available)
{
    m_remember->setEnabled(available);
    m_remember->setChecked(available);
    m_rememberNote->setText(available ? tr("Passwords never go into the settings file.")
                                      : tr("No system keychain is available: the password is "
                                           "kept in memory for this session only."));
}

QString ConnectionForm::incompleteReason() const
{
    const ConnectionProfile p = profile();
    if (p.name.isEmpty())
        return tr("Give the profile a name.");
    switch (p.kind) {
    case ConnectionProfile::Kind::Embedded:
        return p.filePath.isEmpty() ? tr("Choose a workspace file.") : QString();
    case ConnectionProfile::Kind::PostgreSQL:
        if (p.host.isEmpty() || p.database.isEmpty())
            return tr("Enter the host and the database.");
        return {};
    case ConnectionProfile::Kind::Rest: {
        const QUrl url(p.restUrl);
        if (p.restUrl.isEmpty())
            return tr("Enter the API's base URL.");
        if (!url.isValid() ||
            (url.scheme() != QStringLiteral("http") && url.scheme() != QStringLiteral("https")) ||
            url.host().isEmpty())
            return tr("The base URL must start with https:// (or http://) and name a host.");
        if (p.restAuth == ConnectionProfile::RestAuth::UserName && p.restUser.isEmpty())
            return tr("Enter the user name.");
        static const QRegularExpression hex(QStringLiteral("^([0-9a-f]{64})?$"));
        if (!hex.match(p.restPinnedSha256).hasMatch())
            return tr("A certificate fingerprint is 64 hexadecimal digits (SHA-256).");
        return {};
    }
    }
    return {};
}

} // namespace ne
