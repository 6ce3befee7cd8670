// SPDX-License-Identifier: MIT
// libFuzzer target for RestListReader: no input may crash it, hang it or trip ASan/UBSan,
// and whatever it accepts QJsonDocument must accept too and decode into the same Records
// (same keys, same types, same values) and paging facts.
#include "store/rest/RestListReader.h"
#include "store/rest/RestRecordCodec.h"

#include <QJsonArray>

#include <cstdio>
#include <cstdlib>

namespace {

bool same(const QVariant &a, const QVariant &b)
{
    if (a.metaType() != b.metaType())
        return false;
    if (a.typeId() == QMetaType::QVariantMap) {
        const QVariantMap x = a.toMap();
        const QVariantMap y = b.toMap();
        return x.keys() == y.keys() && std::equal(x.cbegin(), x.cend(), y.cbegin(), same);
    }
    if (a.typeId() == QMetaType::QVariantList) {
        const QVariantList x = a.toList();
        const QVariantList y = b.toList();
        return std::equal(x.cbegin(), x.cend(), y.cbegin(), y.cend(), same);
    }
    if (a.typeId() == QMetaType::QString)
        return a.toString() == b.toString() && a.toString().isNull() == b.toString().isNull();
    return a.typeId() == QMetaType::Nullptr || a == b;
}

void check(const QByteArray &body, ne::EntityKind kind)
{
    const std::optional<ne::RestList> list = ne::RestListReader::read(body, kind);
    if (!list)
        return; // QJsonDocument's to judge
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    const std::optional<ne::RestEnvelope> e = ne::RestEnvelope::parse(kind, document);
    bool ok = error.error == QJsonParseError::NoError && e && e->count == list->envelope.count &&
              e->firstId == list->envelope.firstId && e->total == list->envelope.total &&
              e->totalIsExact == list->envelope.totalIsExact &&
              e->nextCursor == list->envelope.nextCursor && e->page == list->envelope.page &&
              e->pageSize == list->envelope.pageSize && e->pages == list->envelope.pages;
    for (qsizetype i = 0; ok && i < list->records.size(); ++i) {
        const ne::Record before =
            ne::RestRecordCodec::decode(e->items.at(i).toObject(), ne::EntitySchema::of(kind));
        ok = same(QVariant(before.values()), QVariant(list->records.at(i).values()));
    }
    if (!ok) {
        std::fprintf(stderr, "RestListReader and QJsonDocument differ on:\n%s\n", body.constData());
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const ne::EntityKind kind : {ne::EntityKind::Article, ne::EntityKind::Image})
        check(body, kind);
    return 0;
}
