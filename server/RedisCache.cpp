// SPDX-License-Identifier: MIT
#include "RedisCache.h"

#include "PasswordHasher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <hiredis/hiredis.h>

#include <memory>

namespace ne::server {

namespace {

struct ReplyDeleter
{
    void operator()(redisReply *r) const { freeReplyObject(r); }
};
using Reply = std::unique_ptr<redisReply, ReplyDeleter>;

timeval toTimeval(std::chrono::milliseconds ms)
{
    return timeval{long(ms.count() / 1000), long((ms.count() % 1000) * 1000)};
}

} // namespace

RedisCache::RedisCache(QString url, QByteArray prefix, int poolSize)
    : m_prefix(std::move(prefix))
    , m_poolSize(std::max(1, poolSize))
{
    const QUrl u(url);
    if (!u.host().isEmpty())
        m_host = u.host();
    m_port = u.port(6379);
    m_db = u.path().mid(1).toInt();
    m_channel = m_prefix + "invalidate";
    m_instance = PasswordHasher::randomBytes(8).toHex();
}

RedisCache::~RedisCache()
{
    m_stop = true;
    if (m_subscriber.joinable())
        m_subscriber.join();
    for (redisContext *c : m_idle)
        redisFree(c);
}

redisContext *RedisCache::open(std::chrono::milliseconds timeout) const
{
    redisContext *c = redisConnectWithTimeout(m_host.toUtf8().constData(), m_port,
                                              toTimeval(std::chrono::milliseconds(5000)));
    if (!c)
        return nullptr;
    if (c->err) {
        redisFree(c);
        return nullptr;
    }
    redisSetTimeout(c, toTimeval(timeout));
    if (m_db != 0) {
        Reply r(static_cast<redisReply *>(redisCommand(c, "SELECT %d", m_db)));
        if (!r || r->type == REDIS_REPLY_ERROR) {
            redisFree(c);
            return nullptr;
        }
    }
    return c;
}

bool RedisCache::connect(QString *error)
{
    redisContext *c = borrow();
    if (!c) {
        *error = QStringLiteral("Cannot reach Redis at %1:%2.").arg(m_host).arg(m_port);
        return false;
    }
    Reply r(static_cast<redisReply *>(redisCommand(c, "PING")));
    giveBack(c, !r);
    if (!r) {
        *error = QStringLiteral("Redis at %1:%2 does not answer.").arg(m_host).arg(m_port);
        return false;
    }
    return true;
}

redisContext *RedisCache::borrow()
{
    std::unique_lock lock(m_mutex);
    if (!m_available.wait_for(lock, std::chrono::seconds(4),
                              [this] { return !m_idle.empty() || m_open < m_poolSize; }))
        return nullptr;
    if (!m_idle.empty()) {
        redisContext *c = m_idle.back();
        m_idle.pop_back();
        return c;
    }
    ++m_open;
    lock.unlock();
    redisContext *c = open(std::chrono::milliseconds(3000));
    if (!c) {
        std::lock_guard again(m_mutex);
        --m_open;
        m_available.notify_one();
    }
    return c;
}

void RedisCache::giveBack(redisContext *c, bool broken)
{
    std::lock_guard lock(m_mutex);
    if (broken || c->err) {
        redisFree(c);
        --m_open;
    } else {
        m_idle.push_back(c);
    }
    m_available.notify_one();
}

std::optional<CachedEntry> RedisCache::get(const QByteArray &key)
{
    redisContext *c = borrow();
    if (!c)
        return std::nullopt;
    const QByteArray full = m_prefix + key;
    Reply r(static_cast<redisReply *>(
        redisCommand(c, "GET %b", full.constData(), size_t(full.size()))));
    giveBack(c, !r);
    if (!r || r->type != REDIS_REPLY_STRING)
        return std::nullopt;
    const QByteArray value(r->str, qsizetype(r->len));
    const qsizetype nl = value.indexOf('\n');
    if (nl < 0)
        return std::nullopt;
    return CachedEntry{value.mid(nl + 1), value.left(nl)};
}

void RedisCache::set(const QByteArray &key, const CachedEntry &entry, std::chrono::seconds ttl)
{
    redisContext *c = borrow();
    if (!c)
        return;
    const QByteArray full = m_prefix + key;
    const QByteArray value = entry.etag + '\n' + entry.body;
    Reply r(static_cast<redisReply *>(redisCommand(c, "SET %b %b EX %d", full.constData(),
                                                   size_t(full.size()), value.constData(),
                                                   size_t(value.size()), int(ttl.count()))));
    giveBack(c, !r);
}

qint64 RedisCache::generation(EntityKind kind)
{
    redisContext *c = borrow();
    if (!c)
        return 0;
    const QByteArray key = m_prefix + "gen:" + entityName(kind).toLatin1();
    Reply r(
        static_cast<redisReply *>(redisCommand(c, "GET %b", key.constData(), size_t(key.size()))));
    giveBack(c, !r);
    return r && r->type == REDIS_REPLY_STRING ? QByteArray(r->str, qsizetype(r->len)).toLongLong()
                                              : 0;
}

qint64 RedisCache::invalidate(EntityKind kind, const QList<QByteArray> &keys,
                              const QStringList &ids, qint64 localGeneration, const QByteArray &op)
{
    redisContext *c = borrow();
    if (!c)
        return localGeneration;
    bool broken = false;
    for (const QByteArray &k : keys) {
        const QByteArray full = m_prefix + k;
        Reply r(static_cast<redisReply *>(
            redisCommand(c, "DEL %b", full.constData(), size_t(full.size()))));
        broken = broken || !r;
    }
    qint64 generation = localGeneration;
    const QByteArray genKey = m_prefix + "gen:" + entityName(kind).toLatin1();
    if (!broken) {
        Reply r(static_cast<redisReply *>(
            redisCommand(c, "INCR %b", genKey.constData(), size_t(genKey.size()))));
        if (r && r->type == REDIS_REPLY_INTEGER)
            generation = std::max<qint64>(generation, r->integer);
        broken = !r;
    }
    if (!broken) {
        const QByteArray message =
            QJsonDocument(QJsonObject{{QStringLiteral("origin"), QString::fromLatin1(m_instance)},
                                      {QStringLiteral("entity"), entityName(kind)},
                                      {QStringLiteral("ids"), QJsonArray::fromStringList(ids)},
                                      {QStringLiteral("op"), QString::fromLatin1(op)},
                                      {QStringLiteral("generation"), generation}})
                .toJson(QJsonDocument::Compact);
        Reply r(static_cast<redisReply *>(
            redisCommand(c, "PUBLISH %b %b", m_channel.constData(), size_t(m_channel.size()),
                         message.constData(), size_t(message.size()))));
        broken = !r;
    }
    giveBack(c, broken);
    return generation;
}

bool RedisCache::check(QString *message)
{
    redisContext *c = borrow();
    if (!c) {
        *message = QStringLiteral("cannot connect");
        return false;
    }
    const QByteArray key = m_prefix + "health_check_test";
    Reply a(static_cast<redisReply *>(
        redisCommand(c, "SET %b ok EX 10", key.constData(), size_t(key.size()))));
    Reply b(a ? static_cast<redisReply *>(
                    redisCommand(c, "GET %b", key.constData(), size_t(key.size())))
              : nullptr);
    Reply d(b ? static_cast<redisReply *>(
                    redisCommand(c, "DEL %b", key.constData(), size_t(key.size())))
              : nullptr);
    const bool ok = d && b->type == REDIS_REPLY_STRING;
    giveBack(c, !d);
    *message = ok ? QStringLiteral("set/get/delete ok") : QStringLiteral("round trip failed");
    return ok;
}

void RedisCache::startSubscriber(InvalidationHandler handler)
{
    m_handler = std::move(handler);
    m_subscriber = std::thread([this] { subscriberLoop(); });
}

void RedisCache::subscriberLoop()
{
    while (!m_stop) {
        redisContext *c = open(std::chrono::milliseconds(500));
        if (!c) {
            for (int i = 0; i < 10 && !m_stop; ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            continue;
        }
        Reply sub(static_cast<redisReply *>(
            redisCommand(c, "SUBSCRIBE %b", m_channel.constData(), size_t(m_channel.size()))));
        while (!m_stop && sub) {
            void *raw = nullptr;
            if (redisGetReply(c, &raw) != REDIS_OK) {
                if (c->err == REDIS_ERR_IO && (errno == EAGAIN || errno == EWOULDBLOCK)) {
                    c->err = 0; // read timeout: check the stop flag and wait again
                    continue;
                }
                break;
            }
            Reply r(static_cast<redisReply *>(raw));
            if (r->type != REDIS_REPLY_ARRAY || r->elements != 3 ||
                r->element[2]->type != REDIS_REPLY_STRING)
                continue;
            const QJsonObject o = QJsonDocument::fromJson(
                                      QByteArray(r->element[2]->str, qsizetype(r->element[2]->len)))
                                      .object();
            if (o.value(QStringLiteral("origin")).toString().toLatin1() == m_instance)
                continue;
            const auto kind = entityKindFromName(o.value(QStringLiteral("entity")).toString());
            if (!kind || !m_handler)
                continue;
            QStringList ids;
            for (const QJsonValue &v : o.value(QStringLiteral("ids")).toArray())
                ids.append(v.toString());
            m_handler(*kind, ids, qint64(o.value(QStringLiteral("generation")).toDouble()),
                      o.value(QStringLiteral("op")).toString().toLatin1());
        }
        redisFree(c);
    }
}

} // namespace ne::server
