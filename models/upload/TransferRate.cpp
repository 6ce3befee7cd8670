// SPDX-License-Identifier: MIT
#include "TransferRate.h"

#include <algorithm>
#include <cmath>

namespace ne {

TransferRate::TransferRate(qint64 windowMs)
    : m_windowMs(windowMs)
{}

void TransferRate::sample(qint64 nowMs, qint64 totalBytes)
{
    if (!m_samples.isEmpty() && m_samples.constLast().ms == nowMs)
        m_samples.last().bytes = totalBytes;
    else
        m_samples.append({nowMs, totalBytes});
    // Keep one sample older than the window so the window is always fully spanned.
    while (m_samples.size() > 2 && m_samples.at(1).ms <= nowMs - m_windowMs)
        m_samples.removeFirst();
}

void TransferRate::reset()
{
    m_samples.clear();
}

double TransferRate::bytesPerSecond() const
{
    if (m_samples.size() < 2)
        return 0;
    const Sample &first = m_samples.constFirst();
    const Sample &last = m_samples.constLast();
    const qint64 span = last.ms - first.ms;
    return span > 0 ? double(last.bytes - first.bytes) * 1000.0 / double(span) : 0;
}

qint64 TransferRate::secondsLeft(qint64 remainingBytes) const
{
    const double rate = bytesPerSecond();
    if (rate <= 0)
        return -1;
    return qint64(std::ceil(double(std::max<qint64>(0, remainingBytes)) / rate));
}

} // namespace ne
