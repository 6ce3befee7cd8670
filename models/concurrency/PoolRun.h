// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThread>
#include <QThreadPool>

#include <exception>
#include <memory>
#include <type_traits>
#include <utility>

namespace ne {

/// Runs job(promise) on pool and finishes the returned future on the calling thread (called
/// from a thread without an event loop, on the application's thread).
///
/// Why not QtConcurrent::run: in Qt 6.4 a continuation attached while another thread is
/// finishing the future can run twice. setContinuation() runs it at once when the future is
/// already finished and stores it all the same; the finishing thread's runContinuation(),
/// a moment later, runs it again with a moved-from promise and crashes. Finishing on the
/// thread that attaches the continuations (the UI thread, for a Store) leaves no such window.
///
/// job reports progress and results and checks for cancellation on the pool's thread; what
/// it throws fails the future. The finishing thread must come back to its event loop: block
/// on the future there and it never finishes.
template<typename T, typename Job> QFuture<T> runOnPoolWithPromise(QThreadPool *pool, Job &&job)
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    QFuture<T> future = promise->future();
    // The result comes back through this thread's event loop. The relay deletes itself once
    // it has delivered, so no receiver has to outlive the job.
    auto *relay = new QObject;
    const QCoreApplication *app = QCoreApplication::instance();
    QThread *const here = QThread::currentThread();
    if (app && here != app->thread() && here->loopLevel() == 0)
        relay->moveToThread(app->thread()); // a pool thread: no loop of its own
    // Shared: QThreadPool::start() in Qt 6.4 copies what it runs.
    auto task = std::make_shared<std::decay_t<Job>>(std::forward<Job>(job));
    pool->start([promise, relay, task] {
        std::exception_ptr error;
        if (!promise->isCanceled()) {
            try {
                (*task)(*promise);
            } catch (...) {
                error = std::current_exception();
            }
        }
        QMetaObject::invokeMethod(
            relay,
            [promise, relay, error] {
                if (error)
                    promise->setException(error);
                promise->finish();
                relay->deleteLater();
            },
            Qt::QueuedConnection);
    });
    return future;
}

/// runOnPoolWithPromise for a job that returns its result.
template<typename Job>
auto runOnPool(QThreadPool *pool, Job &&job) -> QFuture<std::invoke_result_t<std::decay_t<Job> &>>
{
    using T = std::invoke_result_t<std::decay_t<Job> &>;
    return runOnPoolWithPromise<T>(pool,
                                   [job = std::forward<Job>(job)](QPromise<T> &promise) mutable {
                                       if constexpr (std::is_void_v<T>)
                                           job();
                                       else
                                           promise.addResult(job());
                                   });
}

} // namespace ne
