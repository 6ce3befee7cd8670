// SPDX-License-Identifier: MIT
#pragma once

#include "store/StoreError.h"

#include <QFuture>
#include <QTest>

#include <type_traits>

namespace ne::test {

/// Whether future finished within timeoutMs, this thread's event loop running meanwhile.
template<typename T> bool finishes(const QFuture<T> &future, int timeoutMs = 30000)
{
    return QTest::qWaitFor([&] { return future.isFinished(); }, timeoutMs);
}

/// Waits for a Store future while this thread's event loop runs, as the UI would: the
/// stores finish their futures on the thread that called them (see PoolRun.h), so a
/// blocking waitForFinished() here would never return. Returns the result, or rethrows the
/// StoreError the call failed with; a future still running after timeoutMs fails as Server.
template<typename T> T await(QFuture<T> future, int timeoutMs = 60000)
{
    if (!finishes(future, timeoutMs))
        throw StoreError(StoreError::Kind::Server, QStringLiteral("test timed out waiting"));
    future.waitForFinished(); // finished: rethrows a failure
    if constexpr (!std::is_void_v<T>)
        return future.result();
}

} // namespace ne::test
