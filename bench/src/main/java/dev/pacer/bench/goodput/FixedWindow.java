package dev.pacer.bench.goodput;

/**
 * At most {@code permits} admitted requests per fixed window of {@code periodMillis}, windows
 * aligned to the Unix epoch of the server's wall clock (as the testkit sandbox counts). Refused
 * requests count for nothing. Not thread-safe: the server that owns it synchronizes.
 */
final class FixedWindow {
  private final int permits;
  private final long periodMillis;
  private long window = Long.MIN_VALUE;
  private int used;

  FixedWindow(int permits, long periodMillis) {
    if (permits < 1) throw new IllegalArgumentException("permits < 1: " + permits);
    if (periodMillis < 1) throw new IllegalArgumentException("periodMillis < 1: " + periodMillis);
    this.permits = permits;
    this.periodMillis = periodMillis;
  }

  /** True when the request arriving at {@code nowMillis} is admitted (and counted). */
  boolean admit(long nowMillis) {
    long w = Math.floorDiv(nowMillis, periodMillis);
    if (w != window) {
      window = w;
      used = 0;
    }
    if (used >= permits) return false;
    used++;
    return true;
  }

  /** Milliseconds from {@code nowMillis} to the end of its window. */
  long millisToReset(long nowMillis) {
    return periodMillis - Math.floorMod(nowMillis, periodMillis);
  }
}
