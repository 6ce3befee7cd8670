// SPDX-License-Identifier: MIT
#include "Icons.h"

namespace ne::Icons {

QIcon get(const char *name)
{
    return QIcon(QStringLiteral(":/icons/ui/") + QLatin1String(name) + QStringLiteral(".svg"));
}

QIcon app()
{
    return QIcon(QStringLiteral(":/icons/app/nextevent-admin.svg"));
}

} // namespace ne::Icons
