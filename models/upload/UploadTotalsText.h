// SPDX-License-Identifier: MIT
#pragma once

#include "UploadQueue.h"

#include <QCoreApplication>
#include <QString>

namespace ne {

/// The words for an upload's progress, shared by the Uploads page, its status bar widget
/// and the headless `upload` command so they all say the same thing.
class UploadTotalsText
{
    Q_DECLARE_TR_FUNCTIONS(ne::UploadTotalsText)
public:
    /// "120 of 1,000 files · 230 MB of 1.2 GB · 14 MB/s · about 2 min left"
    static QString summary(const UploadQueue::Totals &totals);
    /// "Batch finished: 980 added, 12 already in the library, 8 failed."
    static QString batchResult(int done, int duplicates, int failed);
    static QString bytes(qint64 bytes);
    static QString rate(double bytesPerSecond);
    static QString duration(qint64 seconds);
};

} // namespace ne
