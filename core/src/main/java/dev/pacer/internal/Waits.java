package dev.pacer.internal;

import dev.pacer.time.PacerClock;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import okhttp3.Call;

/**
 * The one place where a blocking Pacer call parks its thread. Waits in short slices so that
 * {@link Call#cancel()} (which does not interrupt) ends a wait within a few milliseconds.
 */
final class Waits {
  /** How often a wait re-reads the clock and looks for a cancel; also the async timer's hop on a non-system clock. */
  static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

  private Waits() {}

  /**
   * Parks until {@code clock} reads {@code goAtNanos}.
   *
   * @throws IOException "Canceled" if {@code call} is cancelled while waiting
   * @throws InterruptedIOException if the thread is interrupted (the flag is restored)
   */
  static void sleepUntil(PacerClock clock, long goAtNanos, Call call) throws IOException {
    while (true) {
      if (call != null && call.isCanceled()) throw new IOException("Canceled");
      if (Thread.interrupted()) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for a rate-limit permit");
      }
      long left = goAtNanos - clock.nanoTime();
      if (left <= 0) return;
      LockSupport.parkNanos(Math.min(left, SLICE_NANOS));
    }
  }
}
