-- SPDX-License-Identifier: MIT
-- wrk reporter: one line with req/s and p50/p95/p99 latency in milliseconds.
done = function(summary, latency, requests)
  io.write(string.format("rps=%.0f p50=%.2f p95=%.2f p99=%.2f errors=%d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status
      + summary.errors.timeout))
end
