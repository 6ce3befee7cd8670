// SPDX-License-Identifier: MIT
#pragma once

#include "schema/EntityKind.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QVariantMap>

namespace ne {

/// One file in the upload queue: where it is in the pipeline and what is known about it.
/// A plain value; UploadQueue owns the list and UploadJournal persists it.
struct UploadItem
{
    Q_DECLARE_TR_FUNCTIONS(ne::UploadItem)
public:
    /// The pipeline in order. Persisted as numbers: append, never renumber.
    enum class State
    {
        Queued,     ///< waiting to be inspected
        Inspecting, ///< type, size, dimensions, SHA-256, thumbnail on the cpu pool
        Ready,      ///< inspected, waiting for an upload slot
        Waiting,    ///< an identical file in this queue is being uploaded first
        Checking,   ///< asking the library whether these bytes are there already
        Uploading,  ///< streaming through Store::putMedia
        Creating,   ///< creating the record for the stored file
        Done,       ///< record created (recordId)
        Duplicate,  ///< already in the library: linked to recordId, nothing uploaded
        Failed,     ///< message says why; Retry starts again from the file
        Cancelled,
    };

    qint64 id = 0;
    QString path;
    State state = State::Queued;
    qint64 size = 0;
    qint64 bytesDone = 0;
    EntityKind kind = EntityKind::Image;
    QString mimeType;
    QString sha256;
    QSize pixelSize;
    QString recordId; ///< the created row, or the existing one for a duplicate
    QString message;  ///< the error, or a note ("same as photo.jpg")
    /// Batch edits applied when the record is created: titlePrefix, type, tags,
    /// categoryId, altText (see UploadRecordDraft).
    QVariantMap edits;
    /// The app stopped while this file was being uploaded: if its bytes are in the
    /// library now, that record is this upload's, not a duplicate.
    bool interrupted = false;
    int attempts = 0;       ///< consecutive "backend unavailable" failures
    qint64 notBeforeMs = 0; ///< retry not before this (monotonic ms), after such a failure
    qint64 startedMs = 0;   ///< upload start (monotonic ms), for the speed column
    qint64 finishedMs = 0;

    QString fileName() const;
    bool isFinished() const;
    /// Finished without a record of its own or a link: Retry applies.
    bool isRetryable() const { return state == State::Failed || state == State::Cancelled; }
    /// Bytes per second while uploading (or the average once done); 0 when unknown.
    double speed(qint64 nowMs) const;
    static QString stateName(State state);
};

} // namespace ne
