package dev.pacer.bench.goodput;

/**
 * One client's run of one scenario: calls issued and completed (a 2xx in the end, retries
 * included), the 429s the sandbox sent (its own count: the honest oracle), other failures,
 * elapsed wall time, the least and documented-rate times the limits allow, the POSTs the server
 * applied more than once (-1 where the server does not track it), and, with
 * {@code --diagnostic}, what the server saw per window and (for Pacer) a summary of its
 * listener events (else empty).
 */
record GoodputResult(
    String scenario,
    String client,
    int issued,
    int completed,
    long sandbox429s,
    long sandboxRequests,
    int errors,
    long elapsedNanos,
    long leastNanos,
    long documentedNanos,
    long postsAppliedTwice,
    String diagnostics) {

  int lost() {
    return issued - completed;
  }

  /**
   * Goodput as a percentage of the documented limit: the documented-rate time over the elapsed
   * time, defined only when no call was lost (a client that drops calls has not done the work).
   */
  double goodputPercent() {
    if (lost() > 0 || elapsedNanos <= 0) return Double.NaN;
    return 100.0 * documentedNanos / elapsedNanos;
  }

  /**
   * The least time as a percentage of the elapsed time (100 = as fast as the server's limits
   * allow), defined only when no call was lost.
   */
  double leastTimePercent() {
    if (lost() > 0 || elapsedNanos <= 0) return Double.NaN;
    return 100.0 * leastNanos / elapsedNanos;
  }

  /** Completed calls per second of wall time. */
  double completedPerSecond() {
    return elapsedNanos <= 0 ? 0 : completed / (elapsedNanos / 1e9);
  }
}
