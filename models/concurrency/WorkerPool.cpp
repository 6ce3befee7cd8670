// SPDX-License-Identifier: MIT
#include "concurrency/WorkerPool.h"

#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace ne {

QThreadPool *workerPool()
{
    static QThreadPool *const pool = [] {
        // Destroyed at exit after main() returns, waiting for running tasks as Qt's own
        // global pool does.
        static QThreadPool instance;
        // At least two, so that one slow check (a host that does not answer) never holds
        // up every other background task on a small machine.
        instance.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        instance.setObjectName(QStringLiteral("ne-worker"));
        return &instance;
    }();
    return pool;
}

} // namespace ne
