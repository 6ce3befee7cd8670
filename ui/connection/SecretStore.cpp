// SPDX-License-Identifier: MIT
#include "SecretStore.h"

#include <QPromise>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace ne {

namespace {
/// A keychain that takes longer than this is treated as absent (a D-Bus session without
/// a secret service can otherwise hang for the D-Bus timeout).
constexpr int s_keychainTimeoutMs = 3000;
} // namespace

SecretStore::SecretStore(QString service, bool useKeychain, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
    , m_keychain(useKeychain)
{}

QFuture<std::optional<QString>> SecretStore::read(const QString &key)
{
    if (auto value = cached(key); value || !m_keychain)
        return QtFuture::makeReadyFuture(value);

    auto promise = std::make_shared<QPromise<std::optional<QString>>>();
    promise->start();
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    const auto finish = [promise](std::optional<QString> value) {
        if (promise->future().isFinished())
            return;
        promise->addResult(std::move(value));
        promise->finish();
    };
    connect(job, &QKeychain::Job::finished, this, [this, key, finish](QKeychain::Job *done) {
        const auto *reader = static_cast<QKeychain::ReadPasswordJob *>(done);
        if (reader->error() == QKeychain::NoError) {
            m_session.insert(key, reader->textData());
            finish(reader->textData());
            return;
        }
        if (reader->error() != QKeychain::EntryNotFound)
            markUnavailable(reader->errorString());
        finish(std::nullopt);
    });
    QTimer::singleShot(s_keychainTimeoutMs, this, [this, promise, finish] {
        if (promise->future().isFinished())
            return;
        markUnavailable(tr("The keychain did not answer."));
        finish(std::nullopt);
    });
    job->start();
    return promise->future();
}

void SecretStore::write(const QString &key, const QString &secret, bool remember)
{
    m_session.insert(key, secret);
    if (!m_keychain || !remember)
        return;
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *done) {
        if (done->error() != QKeychain::NoError)
            markUnavailable(done->errorString());
    });
    job->start();
}

void SecretStore::forget(const QString &key)
{
    m_session.remove(key);
    if (!m_keychain)
        return;
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->start();
}

std::optional<QString> SecretStore::cached(const QString &key) const
{
    if (auto it = m_session.constFind(key); it != m_session.constEnd())
        return *it;
    return std::nullopt;
}

void SecretStore::markUnavailable(const QString &reason)
{
    if (!m_keychain)
        return;
    m_keychain = false;
    Q_EMIT keychainUnavailable(reason);
}

} // namespace ne
