// SPDX-License-Identifier: MIT
#include "RestItem.h"

#include "store/rest/RestErrors.h"
#include "store/rest/RestRecordCodec.h"

#include <QDateTime>
#include <QJsonObject>

namespace ne {

void RestItem::check(const RestReply &reply)
{
    if (reply.status == 0)
        throw RestErrors::transport(reply);
    if (!reply.isSuccess())
        throw RestErrors::fromReply(reply);
}

Record RestItem::decode(const RestReply &reply, const EntitySchema &schema)
{
    check(reply);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        throw RestErrors::malformed(reply, RestErrors::tr("an item"));
    QJsonObject o = doc.object();
    if (!o.contains(QStringLiteral("id")) && o.value(QStringLiteral("data")).isObject())
        o = o.value(QStringLiteral("data")).toObject();
    if (!o.contains(QStringLiteral("id")))
        throw RestErrors::malformed(reply, RestErrors::tr("an item with an id"));
    Record record = RestRecordCodec::decode(o, schema);
    if (!record.contains(keys::version)) {
        QByteArray etag = reply.header("etag");
        if (etag.startsWith("W/"))
            etag = etag.mid(2);
        bool ok = false;
        const qint64 version = etag.mid(1, etag.size() - 2).toLongLong(&ok);
        if (ok)
            record.setValue(keys::version, version);
    }
    return record;
}

bool RestItem::holds(const Record &row, const QVariantMap &changes)
{
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QVariant now = row.value(it.key());
        const QVariant wanted = it.value();
        if (wanted.typeId() == QMetaType::QDateTime || now.typeId() == QMetaType::QDateTime) {
            if (now.toDateTime().toUTC() != wanted.toDateTime().toUTC())
                return false;
        } else if (wanted.typeId() == QMetaType::QStringList ||
                   now.typeId() == QMetaType::QStringList) {
            if (now.toStringList() != wanted.toStringList())
                return false;
        } else if (now.toString() != wanted.toString()) {
            return false;
        }
    }
    return true;
}

} // namespace ne
