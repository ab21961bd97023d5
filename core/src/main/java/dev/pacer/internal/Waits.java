package dev.pacer.internal;

import java.util.concurrent.TimeUnit;

/** How finely Pacer's waits look at the world while they last. */
final class Waits {
  /**
   * How often a blocking wait re-reads the clock and looks for a {@code Call.cancel()} (which
   * does not interrupt), and how often the async timer re-reads a clock that is not the
   * system's.
   */
  static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

  private Waits() {}
}
