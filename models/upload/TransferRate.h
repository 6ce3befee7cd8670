// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QtGlobal>

namespace ne {

/// Bytes per second over a sliding window, from samples of a growing byte count, and the
/// time left at that pace. A window (not the whole-batch average) lets the estimate follow
/// a network that speeds up or slows down.
class TransferRate
{
public:
    explicit TransferRate(qint64 windowMs = 10000);

    /// totalBytes done so far at time nowMs (monotonic milliseconds).
    void sample(qint64 nowMs, qint64 totalBytes);
    void reset();
    /// 0 until two samples span some time.
    double bytesPerSecond() const;
    /// Seconds to move remainingBytes at the current rate; -1 when unknown.
    qint64 secondsLeft(qint64 remainingBytes) const;

private:
    struct Sample
    {
        qint64 ms;
        qint64 bytes;
    };
    qint64 m_windowMs;
    QList<Sample> m_samples;
};

} // namespace ne
