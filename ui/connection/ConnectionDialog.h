// SPDX-License-Identifier: MIT
#pragma once

#include "ConnectionProfile.h"

#include <QDialog>
#include <QFuture>
#include <functional>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace ne {

class ConnectionForm;
class ProfileStore;
class SecretStore;

/// Checks that a profile can be used, off the UI thread: the future finishes, or fails
/// with a StoreError whose message says exactly what is wrong. Supplied by app/, which
/// alone knows the concrete backends.
using ConnectionTester =
    std::function<QFuture<void>(const ConnectionProfile &profile, const QString &secret)>;

/// File > Connect…: saved profiles on the left, the chosen one's form on the right,
/// "Test connection", Connect / Cancel. Saves profiles to ProfileStore and secrets to
/// SecretStore on Connect or Save. Never blocks: tests run through the tester's future.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionDialog(ProfileStore *profiles, SecretStore *secrets, ConnectionTester tester,
                     QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    /// Shows the named profile (e.g. from --profile or the last one used).
    void selectProfile(const QString &name);
    /// Puts a profile that is not saved yet into the form (e.g. a new one).
    void editProfile(const ConnectionProfile &profile);
    /// The profile and secret chosen when the dialog was accepted.
    ConnectionProfile profile() const;
    QString secret() const;
    /// Shows a message in the result area (e.g. why the last connection failed).
    void showProblem(const QString &text);
    /// Asks for the password or API key (not stored, or no keychain this session).
    void askForSecret(const QString &text);

public Q_SLOTS:
    void testConnection();
    void saveProfile();
    void newProfile();
    void deleteProfile();

private:
    enum class ResultState
    {
        None,
        Busy,
        Success,
        Failure,
        Notice
    };
    void buildLayout();
    void reloadList(const QString &select);
    void onProfileSelected(int row);
    void loadSecret(const ConnectionProfile &profile);
    void setResult(ResultState state, const QString &text);
    bool checkComplete();
    void connectClicked();

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    ConnectionTester m_tester;
    QListWidget *m_list;
    QPushButton *m_new;
    QPushButton *m_delete;
    ConnectionForm *m_form;
    QLabel *m_result;
    QPushButton *m_test;
    QPushButton *m_save;
    QDialogButtonBox *m_buttons;
    quint64 m_generation = 0; ///< bumps on every edit so stale test results are dropped
};

} // namespace ne
