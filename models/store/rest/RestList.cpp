// SPDX-License-Identifier: MIT
#include "RestList.h"

#include "store/rest/RestErrors.h"
#include "store/rest/RestListReader.h"
#include "store/rest/RestMessage.h"
#include "store/rest/RestRecordCodec.h"

namespace ne {

RestList RestList::decode(const RestReply &reply, EntityKind kind)
{
    if (std::optional<RestList> list = RestListReader::read(reply.body, kind))
        return std::move(*list);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &error);
    if (error.error != QJsonParseError::NoError)
        throw RestErrors::malformed(reply, RestErrors::tr("a list"));
    std::optional<RestEnvelope> envelope = RestEnvelope::parse(kind, document);
    if (!envelope)
        throw RestErrors::malformed(reply,
                                    RestErrors::tr("a list of %1").arg(entityCollection(kind)));
    RestList list{std::move(*envelope), {}};
    const EntitySchema &schema = EntitySchema::of(kind);
    list.records.reserve(list.envelope.items.size());
    for (const QJsonValue &item : std::as_const(list.envelope.items))
        list.records.append(RestRecordCodec::decode(item.toObject(), schema));
    return list;
}

} // namespace ne
