// SPDX-License-Identifier: MIT
// Waiting for Store futures in tests: the event loop keeps running (QTest::qWaitFor), so
// network replies and .then(context, …) continuations are delivered meanwhile.
#pragma once

#include "store/StoreError.h"

#include <QFuture>
#include <QtTest>

#include <optional>

namespace ne::test {

/// The result, or the StoreError the future failed with; QFAIL-worthy text otherwise.
template<typename T> struct Outcome
{
    std::optional<T> value;
    std::optional<StoreError> error;
    bool finished = false;
};

template<typename T> Outcome<T> await(QFuture<T> future, int timeoutMs = 60000)
{
    Outcome<T> out;
    out.finished = QTest::qWaitFor([&] { return future.isFinished(); }, timeoutMs);
    if (!out.finished)
        return out;
    try {
        out.value = future.result();
    } catch (const StoreError &e) {
        out.error = e;
    }
    return out;
}

inline std::optional<StoreError> awaitVoid(QFuture<void> future, int timeoutMs = 60000)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, timeoutMs))
        return StoreError(StoreError::Kind::Unavailable, QStringLiteral("test: timed out waiting"));
    try {
        future.waitForFinished();
    } catch (const StoreError &e) {
        return e;
    }
    return std::nullopt;
}

} // namespace ne::test

/// Fails the test with the error's message when the outcome is not a value. The
/// expression is evaluated once (it may be a whole Store call).
#define NE_REQUIRE_VALUE(expression)                                                               \
    do {                                                                                           \
        const auto &outcome_ = (expression);                                                       \
        QVERIFY2(outcome_.finished, "the future did not finish");                                  \
        QVERIFY2(outcome_.value.has_value(),                                                       \
                 qPrintable(outcome_.error ? outcome_.error->message() + QLatin1Char(' ') +        \
                                                 outcome_.error->detail()                          \
                                           : QStringLiteral("no value")));                         \
    } while (false)
