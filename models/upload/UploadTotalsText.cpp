// SPDX-License-Identifier: MIT
#include "UploadTotalsText.h"

#include <QLocale>
#include <algorithm>

namespace ne {

QString UploadTotalsText::bytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString UploadTotalsText::rate(double bytesPerSecond)
{
    return tr("%1/s").arg(bytes(qint64(bytesPerSecond)));
}

QString UploadTotalsText::duration(qint64 seconds)
{
    if (seconds < 60)
        return tr("%n s", nullptr, int(std::max<qint64>(1, seconds)));
    if (seconds < 3600)
        return tr("%n min", nullptr, int((seconds + 30) / 60));
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QString UploadTotalsText::summary(const UploadQueue::Totals &t)
{
    if (t.count == 0)
        return {};
    QString text = tr("%1 of %n files", nullptr, t.count).arg(QLocale().toString(t.finished));
    if (t.bytesTotal > 0)
        text += tr(" · %1 of %2").arg(bytes(t.bytesDone), bytes(t.bytesTotal));
    if (t.active > 0 && t.bytesPerSecond > 0)
        text += tr(" · %1").arg(rate(t.bytesPerSecond));
    if (t.active > 0 && t.secondsLeft >= 0)
        text += tr(" · about %1 left").arg(duration(t.secondsLeft));
    if (t.failed > 0)
        text += tr(" · %n failed", nullptr, t.failed);
    return text;
}

QString UploadTotalsText::batchResult(int done, int duplicates, int failed)
{
    QStringList parts{tr("%n added", nullptr, done)};
    if (duplicates > 0)
        parts << tr("%n already in the library", nullptr, duplicates);
    if (failed > 0)
        parts << tr("%n failed", nullptr, failed);
    return tr("Upload finished: %1.").arg(parts.join(QStringLiteral(", ")));
}

} // namespace ne
