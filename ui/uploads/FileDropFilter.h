// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>

class QMimeData;
class QWidget;

namespace ne {

/// Lets files and folders from the file manager be dropped onto any widget (the Uploads
/// page, the Images and Videos pages) without that widget knowing about uploads.
class FileDropFilter : public QObject
{
    Q_OBJECT
public:
    /// Watches target (and turns its acceptDrops on); owned by target.
    explicit FileDropFilter(QWidget *target);

    /// The local paths in a drag, empty when it carries none.
    static QStringList localPaths(const QMimeData *mime);

Q_SIGNALS:
    void pathsDropped(const QStringList &paths);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace ne
