// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace ne {

/// The four kinds of content the platform manages; every backend serves all four.
enum class EntityKind
{
    Image,
    Article,
    News,
    Video
};

QList<EntityKind> allEntityKinds();
/// Singular machine name: "image", "article", "news", "video" (categories.resource_type).
QString entityName(EntityKind kind);
/// REST collection name and list envelope key: "images", "articles", "news", "videos".
QString entityCollection(EntityKind kind);
std::optional<EntityKind> entityKindFromName(QStringView name);

} // namespace ne

Q_DECLARE_METATYPE(ne::EntityKind)
