// SPDX-License-Identifier: MIT
#include "ConnectionDialog.h"

#include "ConnectionForm.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "shell/Icons.h"
#include "store/StoreError.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ne {

ConnectionDialog::ConnectionDialog(ProfileStore *profiles, SecretStore *secrets,
                                   ConnectionTester tester, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_tester(std::move(tester))
    , m_list(new QListWidget(this))
    , m_new(new QPushButton(Icons::get("add"), tr("&New"), this))
    , m_delete(new QPushButton(Icons::get("delete"), tr("De&lete"), this))
    , m_form(new ConnectionForm(this))
    , m_result(new QLabel(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_save(new QPushButton(Icons::get("save"), tr("&Save"), this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connect"));
    m_list->setObjectName(QStringLiteral("profileList"));
    m_new->setObjectName(QStringLiteral("newButton"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_result->setObjectName(QStringLiteral("testResultLabel"));
    m_test->setObjectName(QStringLiteral("testButton"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_buttons->setObjectName(QStringLiteral("dialogButtonBox"));
    auto *connectButton = m_buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    connectButton->setObjectName(QStringLiteral("connectButton"));
    connectButton->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    buildLayout();

    m_form->setKeychainAvailable(m_secrets->isKeychainAvailable());
    connect(m_secrets, &SecretStore::keychainUnavailable, m_form,
            [this] { m_form->setKeychainAvailable(false); });
    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionDialog::onProfileSelected);
    connect(m_new, &QPushButton::clicked, this, &ConnectionDialog::newProfile);
    connect(m_delete, &QPushButton::clicked, this, &ConnectionDialog::deleteProfile);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_save, &QPushButton::clicked, this, &ConnectionDialog::saveProfile);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::connectClicked);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &ConnectionForm::edited, this, [this] {
        ++m_generation;
        setResult(ResultState::None, {});
    });

    reloadList(m_profiles->lastUsed());
    if (m_list->count() == 0)
        newProfile();
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::buildLayout()
{
    m_list->setFixedWidth(220);
    m_list->setIconSize(QSize(20, 20));
    m_list->setSpacing(1);
    auto *left = new QVBoxLayout;
    auto *listTitle = new QLabel(tr("<b>Saved profiles</b>"), this);
    left->addWidget(listTitle);
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_delete);
    left->addLayout(listButtons);

    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setMinimumHeight(48);
    m_result->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_result, 1);

    auto *right = new QVBoxLayout;
    right->addWidget(m_form, 1);
    right->addLayout(testRow);

    auto *body = new QHBoxLayout;
    body->setSpacing(18);
    body->addLayout(left);
    body->addLayout(right, 1);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_save);
    bottom->addStretch(1);
    bottom->addWidget(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 18, 18, 14);
    layout->addLayout(body, 1);
    layout->addLayout(bottom);
    resize(780, 500);
    setResult(ResultState::None, {});
}

void ConnectionDialog::reloadList(const QString &select)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int row = m_list->count() > 0 ? 0 : -1;
    const QList<ConnectionProfile> profiles = m_profiles->profiles();
    for (const ConnectionProfile &profile : profiles) {
        const char *icon = profile.kind == ConnectionProfile::Kind::Embedded ? "archive" : "grid";
        auto *item = new QListWidgetItem(Icons::get(icon), profile.name, m_list);
        item->setToolTip(ConnectionProfile::kindName(profile.kind) + QLatin1Char('\n') +
                         profile.summary());
        item->setSizeHint(QSize(0, 32));
        if (profile.name == select)
            row = m_list->count() - 1;
    }
    if (row < 0 && m_list->count() > 0)
        row = 0;
    m_list->setCurrentRow(row);
    m_delete->setEnabled(m_list->count() > 0);
    if (row >= 0)
        onProfileSelected(row);
}

void ConnectionDialog::selectProfile(const QString &name)
{
    reloadList(name);
}

void ConnectionDialog::editProfile(const ConnectionProfile &profile)
{
    const QSignalBlocker blocker(m_list);
    m_list->clearSelection();
    m_list->setCurrentRow(-1);
    ++m_generation;
    m_form->setProfile(profile);
    setResult(ResultState::None, {});
    loadSecret(profile);
}

void ConnectionDialog::onProfileSelected(int row)
{
    if (row < 0)
        return;
    const QString name = m_list->item(row)->text();
    if (auto profile = m_profiles->find(name))
        editProfile(*profile);
    const QSignalBlocker blocker(m_list);
    m_list->setCurrentRow(row);
}

void ConnectionDialog::loadSecret(const ConnectionProfile &profile)
{
    if (!profile.needsSecret())
        return;
    const quint64 generation = m_generation;
    m_secrets->read(profile.secretKey()).then(this, [this, generation](std::optional<QString> s) {
        if (s && generation == m_generation)
            m_form->setSecret(*s);
    });
}

ConnectionProfile ConnectionDialog::profile() const
{
    return m_form->profile();
}

QString ConnectionDialog::secret() const
{
    return m_form->secret();
}

void ConnectionDialog::showProblem(const QString &text)
{
    setResult(ResultState::Failure, text);
}

void ConnectionDialog::askForSecret(const QString &text)
{
    setResult(ResultState::Notice, text);
    m_form->focusSecret();
}

bool ConnectionDialog::checkComplete()
{
    const QString reason = m_form->incompleteReason();
    if (reason.isEmpty())
        return true;
    setResult(ResultState::Failure, reason);
    return false;
}

void ConnectionDialog::testConnection()
{
    if (!checkComplete())
        return;
    const quint64 generation = ++m_generation;
    const ConnectionProfile p = m_form->profile();
    setResult(ResultState::Busy, tr("Testing the connection to %1…").arg(p.summary()));
    m_test->setEnabled(false);
    const auto stale = [this, generation] {
        m_test->setEnabled(true);
        return generation != m_generation;
    };
    m_tester(p, m_form->secret())
        .then(this,
              [this, stale] {
                  if (!stale())
                      setResult(ResultState::Success,
                                tr("Connected. The schema is ready for this version."));
              })
        .onFailed(this,
                  [this, stale](const StoreError &error) {
                      if (!stale())
                          setResult(ResultState::Failure, error.message());
                  })
        .onFailed(this, [this, stale] {
            if (!stale())
                setResult(ResultState::Failure, tr("The connection test failed unexpectedly."));
        });
}

void ConnectionDialog::saveProfile()
{
    if (!checkComplete())
        return;
    const ConnectionProfile p = m_form->profile();
    m_profiles->save(p);
    if (p.needsSecret() && !m_form->secret().isEmpty())
        m_secrets->write(p.secretKey(), m_form->secret(), m_form->rememberSecret());
    const QString secret = m_form->secret();
    reloadList(p.name);
    m_form->setSecret(secret);
}

void ConnectionDialog::newProfile()
{
    ConnectionProfile p;
    p.name = tr("New profile");
    for (int n = 2; m_profiles->find(p.name); ++n)
        p.name = tr("New profile %1").arg(n);
    editProfile(p);
    m_form->setFocus();
}

void ConnectionDialog::deleteProfile()
{
    const QString name = m_form->profile().name;
    if (auto p = m_profiles->find(name)) {
        m_secrets->forget(p->secretKey());
        m_profiles->remove(name);
    }
    reloadList({});
    if (m_list->count() == 0)
        newProfile();
}

void ConnectionDialog::connectClicked()
{
    if (!checkComplete())
        return;
    saveProfile();
    m_profiles->setLastUsed(m_form->profile().name);
    accept();
}

void ConnectionDialog::setResult(ResultState state, const QString &text)
{
    static const QString base =
        QStringLiteral("QLabel#testResultLabel { border-radius: 6px; padding: 6px 10px; %1 }");
    QString colours;
    switch (state) {
    case ResultState::None:
    case ResultState::Busy:
        colours = QStringLiteral("color: palette(text);");
        break;
    case ResultState::Success:
        colours = QStringLiteral("background: #e6f4ea; color: #1e4620; border: 1px solid #a8d5b5;");
        break;
    case ResultState::Notice:
        colours = QStringLiteral("background: #e8f0fe; color: #174ea6; border: 1px solid #aecbfa;");
        break;
    case ResultState::Failure:
        colours = QStringLiteral("background: #fdecea; color: #611a15; border: 1px solid #f1aeb5;");
        break;
    }
    m_result->setStyleSheet(base.arg(colours));
    m_result->setProperty("state", int(state));
    m_result->setText(text);
}

} // namespace ne
