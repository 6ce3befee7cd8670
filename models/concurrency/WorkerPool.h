// SPDX-License-Identifier: MIT
#pragma once

class QThreadPool;

namespace ne {

/// The pool for the client's own background work: decoding, hashing, parsing, slimming
/// pages, short blocking checks. Never QThreadPool::globalInstance(): Qt 6.4's raster
/// engine splits large fills and image conversions of a repaint into pieces for the global
/// pool and blocks the UI thread until they are done, so a task of ours queued there (a
/// file being hashed, a database query) would hold up painting the whole window.
QThreadPool *workerPool();

} // namespace ne
