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
    this.permits = (int) requirePositive("permits", permits);
    this.periodMillis = requirePositive("periodMillis", periodMillis);
  }

  /** {@code value}, or an exception naming it when it is below 1. */
  static long requirePositive(String name, long value) {
    if (value < 1) throw new IllegalArgumentException(name + " < 1: " + value);
    return value;
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
