// SPDX-License-Identifier: MIT
#include "UploadItem.h"

#include <QFileInfo>

namespace ne {

QString UploadItem::fileName() const
{
    return QFileInfo(path).fileName();
}

bool UploadItem::isFinished() const
{
    return state == State::Done || state == State::Duplicate || state == State::Failed ||
           state == State::Cancelled;
}

double UploadItem::speed(qint64 nowMs) const
{
    if (startedMs <= 0 || bytesDone <= 0)
        return 0;
    const qint64 end = finishedMs > 0 ? finishedMs : nowMs;
    return end > startedMs ? double(bytesDone) * 1000.0 / double(end - startedMs) : 0;
}

QString UploadItem::stateName(State state)
{
    switch (state) {
    case State::Queued:
        return tr("Queued");
    case State::Inspecting:
        return tr("Checking file");
    case State::Ready:
        return tr("Ready");
    case State::Waiting:
        return tr("Waiting for identical file");
    case State::Checking:
        return tr("Looking for duplicates");
    case State::Uploading:
        return tr("Uploading");
    case State::Creating:
        return tr("Creating record");
    case State::Done:
        return tr("Done");
    case State::Duplicate:
        return tr("Already in library");
    case State::Failed:
        return tr("Failed");
    case State::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

} // namespace ne
