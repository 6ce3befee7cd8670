// SPDX-License-Identifier: MIT
#include "concurrency/WorkerPool.h"

#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace ne {

QThreadPool *workerPool()
{
    // Destroyed at exit after main() returns, waiting for running tasks as Qt's own
    // global pool does.
    static QThreadPool pool;
    static const bool sized = [] {
        // At least two, so that one slow check (a host that does not answer) never holds
        // up every other background task on a small machine.
        pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        pool.setObjectName(QStringLiteral("ne-worker"));
        return true;
    }();
    Q_UNUSED(sized);
    return &pool;
}

} // namespace ne
