// SPDX-License-Identifier: MIT
#include "Icons.h"

#include <QImageReader>
#include <QPixmap>

namespace ne::Icons {

QIcon get(const char *name)
{
    return QIcon(QStringLiteral(":/icons/ui/") + QLatin1String(name) + QStringLiteral(".svg"));
}

QIcon app()
{
    // The installer's rendered PNGs: X11 wants the window icon at several sizes when the
    // window is first shown, and rasterising the SVG each time showed in start-up. Read
    // with the format given and detection off, or QImageReader loads every image plugin
    // to ask whether one claims ".png".
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128}) {
        QImageReader reader(
            QStringLiteral(":/icons/hicolor/%1x%1/apps/org.nextevent.Admin.png").arg(size), "png");
        reader.setAutoDetectImageFormat(false);
        icon.addPixmap(QPixmap::fromImage(reader.read()));
    }
    return icon;
}

} // namespace ne::Icons
