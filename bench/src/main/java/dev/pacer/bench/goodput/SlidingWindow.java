package dev.pacer.bench.goodput;

import java.util.ArrayDeque;

/**
 * A sliding-window log: at most {@code permits} admitted requests in any {@code window}
 * ending now (a request at {@code t} frees its slot at {@code t + window}). Refused requests
 * count for nothing. Not thread-safe: the server that owns it synchronizes. Time is passed in.
 */
final class SlidingWindow {
  private final int permits;
  private final long windowNanos;
  private final ArrayDeque<Long> admitted = new ArrayDeque<>();

  SlidingWindow(int permits, long windowNanos) {
    this.permits = (int) FixedWindow.requirePositive("permits", permits);
    this.windowNanos = FixedWindow.requirePositive("windowNanos", windowNanos);
  }

  /** True when the request arriving at {@code nowNanos} is admitted (and counted). */
  boolean admit(long nowNanos) {
    while (!admitted.isEmpty() && nowNanos - admitted.peekFirst() >= windowNanos) admitted.pollFirst();
    if (admitted.size() >= permits) return false;
    admitted.addLast(nowNanos);
    return true;
  }
}
