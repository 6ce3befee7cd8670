// SPDX-License-Identifier: MIT
#include "store/postgres/PgNotifier.h"

#include "store/StoreError.h"
#include "store/postgres/PgError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <pqxx/notification>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace ne {

namespace {

const std::string kChannel = "ne_changes";

class Receiver : public pqxx::notification_receiver
{
public:
    Receiver(pqxx::connection_base &c, const PgNotifier::ChangeHandler &handler)
        : pqxx::notification_receiver(c, kChannel)
        , m_handler(handler)
    {}

    void operator()(const std::string &payload, int backendPid) override
    {
        const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(payload)).object();
        const auto kind = entityKindFromName(o.value(QStringLiteral("entity")).toString());
        if (!kind)
            return;
        PgChange change;
        change.kind = *kind;
        change.op = o.value(QStringLiteral("op")).toString();
        for (const QJsonValue &id : o.value(QStringLiteral("ids")).toArray())
            change.ids.append(id.toString());
        change.backendPid = backendPid;
        if (m_handler)
            m_handler(change);
    }

private:
    const PgNotifier::ChangeHandler &m_handler;
};

} // namespace

struct PgNotifier::Private
{
    std::shared_ptr<ConnectionPool> pool;
    ChangeHandler onChange;
    AvailabilityHandler onAvailability;
    std::atomic<bool> stop{false};
    std::atomic<bool> listening{false};
    std::atomic<int> pid{0};
    std::mutex mutex;
    std::condition_variable wake;
    std::thread thread;

    void run();
    void sleepFor(std::chrono::milliseconds ms)
    {
        std::unique_lock lock(mutex);
        wake.wait_for(lock, ms, [this] { return stop.load(); });
    }
};

void PgNotifier::Private::run()
{
    bool everConnected = false;
    bool reportedDown = false;
    auto backoff = std::chrono::milliseconds(250);
    while (!stop) {
        try {
            std::unique_ptr<pqxx::connection> c = pool->openConnection();
            Receiver receiver(*c, onChange);
            c->get_notifs(); // makes sure LISTEN went through
            pid = c->backendpid();
            listening = true;
            backoff = std::chrono::milliseconds(250);
            if (reportedDown && onAvailability)
                onAvailability(true, {});
            reportedDown = false;
            if (everConnected && onChange) {
                // Changes made while we were away were not announced: reload everything.
                for (EntityKind kind : allEntityKinds())
                    onChange(PgChange{kind, QStringLiteral("resync"), {}, 0});
            }
            everConnected = true;
            while (!stop)
                c->await_notification(0, 200000);
        } catch (const std::exception &e) {
            listening = false;
            pid = 0;
            if (stop)
                break;
            if (!reportedDown && onAvailability) {
                const auto *known = dynamic_cast<const StoreError *>(&e);
                const QString why = known ? known->message() : pg::toStoreError(e).message();
                onAvailability(false, StoreError::tr("Lost the live connection to the database; "
                                                     "reconnecting… (%1)")
                                          .arg(why));
            }
            reportedDown = true;
            sleepFor(backoff);
            backoff = std::min(backoff * 2, std::chrono::milliseconds(5000));
        }
    }
    listening = false;
    pid = 0;
}

PgNotifier::PgNotifier(std::shared_ptr<ConnectionPool> pool, ChangeHandler onChange,
                       AvailabilityHandler onAvailability)
    : d(std::make_unique<Private>())
{
    d->pool = std::move(pool);
    d->onChange = std::move(onChange);
    d->onAvailability = std::move(onAvailability);
    d->thread = std::thread([p = d.get()] { p->run(); });
}

PgNotifier::~PgNotifier()
{
    {
        std::lock_guard lock(d->mutex);
        d->stop = true;
    }
    d->wake.notify_all();
    if (d->thread.joinable())
        d->thread.join();
}

bool PgNotifier::isListening() const
{
    return d->listening;
}

int PgNotifier::backendPid() const
{
    return d->pid;
}

} // namespace ne
