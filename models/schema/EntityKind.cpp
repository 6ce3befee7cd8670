// SPDX-License-Identifier: MIT
#include "EntityKind.h"

namespace ne {

QList<EntityKind> allEntityKinds()
{
    return {EntityKind::Image, EntityKind::Article, EntityKind::News, EntityKind::Video};
}

QString entityName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Image:
        return QStringLiteral("image");
    case EntityKind::Article:
        return QStringLiteral("article");
    case EntityKind::News:
        return QStringLiteral("news");
    case EntityKind::Video:
        return QStringLiteral("video");
    }
    Q_UNREACHABLE();
}

QString entityCollection(EntityKind kind)
{
    return kind == EntityKind::News ? QStringLiteral("news") : entityName(kind) + u's';
}

std::optional<EntityKind> entityKindFromName(QStringView name)
{
    for (EntityKind kind : allEntityKinds()) {
        if (name == entityName(kind) || name == entityCollection(kind))
            return kind;
    }
    return std::nullopt;
}

} // namespace ne
