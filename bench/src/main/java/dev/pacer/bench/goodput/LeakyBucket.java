package dev.pacer.bench.goodput;

/**
 * nginx's {@code limit_req} as its source computes it ({@code ngx_http_limit_req_lookup}), in
 * whole milliseconds like nginx: a request raises the excess by one request minus what drained
 * at the rate since the last admitted request; beyond {@code burst} it is refused and changes
 * nothing. With burst 0 a request closer than one interval (100 ms at 10 r/s) to the last
 * admitted one is refused; with {@code nodelay} the burst is served at once, which is the only
 * mode modelled. Not thread-safe: the server that owns it synchronizes. Time is passed in.
 */
final class LeakyBucket {
  /** Requests per second, in thousandths (nginx keeps the rate as r/s × 1000). */
  private final long rateMilli;
  private final long burstMilli;
  private long excessMilli;
  private long lastMillis;
  private boolean seen;

  LeakyBucket(int perSecond, int burst) {
    if (perSecond < 1) throw new IllegalArgumentException("perSecond < 1: " + perSecond);
    if (burst < 0) throw new IllegalArgumentException("burst < 0: " + burst);
    this.rateMilli = perSecond * 1000L;
    this.burstMilli = burst * 1000L;
  }

  /**
   * The fewest whole milliseconds after the last admitted request at which the next one is
   * admitted (0 before the first): what a request's earliness is measured against.
   */
  long neededGapMillis() {
    if (!seen) return 0;
    long need = excessMilli + 1000 - burstMilli;
    return need <= 0 ? 0 : (need * 1000 + rateMilli - 1) / rateMilli;
  }

  /** True when the request arriving at {@code nowMillis} is admitted (and counted). */
  boolean admit(long nowMillis) {
    long excess;
    if (!seen) {
      excess = 0; // nginx: a new node starts with excess 0
    } else {
      long ms = Math.max(0, nowMillis - lastMillis);
      excess = Math.max(0, excessMilli - rateMilli * ms / 1000 + 1000);
      if (excess > burstMilli) return false;
    }
    seen = true;
    excessMilli = excess;
    lastMillis = nowMillis;
    return true;
  }
}
