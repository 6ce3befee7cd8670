// SPDX-License-Identifier: MIT
#pragma once

#include "schema/EntityKind.h"
#include "store/MediaRef.h"

#include <QString>
#include <QVariantMap>

namespace ne {

struct UploadItem;

/// The record an uploaded file becomes: title from the file name, type guessed from it,
/// then the batch edits on top. Everything stays editable afterwards.
class UploadRecordDraft
{
public:
    /// Edit keys a batch edit may set (see UploadItem::edits).
    static const QString kTitlePrefix;

    /// "IMG_2041 final-cut.jpg" -> "IMG 2041 final cut".
    static QString titleFromFileName(const QString &fileName);
    /// An image type from words in the name (cover, banner, icon…), else "gallery".
    static QString guessImageType(const QString &fileName);
    /// Create values for item's record once its bytes are stored as media.
    static QVariantMap values(const UploadItem &item, const MediaRef &media);
    /// Cuts text to at most max characters without splitting a surrogate pair.
    static QString clip(const QString &text, int max);
};

} // namespace ne
