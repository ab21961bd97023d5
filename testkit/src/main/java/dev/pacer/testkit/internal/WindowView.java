package dev.pacer.testkit.internal;

/**
 * The state of one window bucket as a response reports it.
 *
 * @param permits the bucket's permits per window
 * @param used permits used in the current window, this request included when it was admitted
 * @param resetAtMillis when the current window ends, in sandbox epoch milliseconds
 */
public record WindowView(int permits, int used, long resetAtMillis) {

  /** Permits left in the current window, never negative. */
  public int remaining() {
    return Math.max(0, permits - used);
  }

  /** Whole seconds from {@code nowMillis} until the window ends, rounded up, at least 1. */
  public long secondsUntilReset(long nowMillis) {
    long millis = Math.max(0L, resetAtMillis - nowMillis);
    return Math.max(1L, (millis + 999L) / 1000L);
  }

  /** The window end as Unix epoch seconds, rounded up. */
  public long resetEpochSeconds() {
    return Math.floorDiv(resetAtMillis + 999L, 1000L);
  }
}
