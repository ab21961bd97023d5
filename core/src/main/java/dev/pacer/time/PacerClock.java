package dev.pacer.time;

/**
 * The one source of time for Pacer's limiter, backoff and header interpretation.
 *
 * <p>Two readings, kept apart as in Resilience4j's {@code Clock}: {@link #nanoTime()} is
 * monotonic and measures waits; {@link #wallMillis()} is wall-clock time and is used only to
 * interpret absolute times that servers send ({@code Retry-After} dates, epoch resets). Nothing
 * else in Pacer reads the system clock or sleeps, so tests can drive every decision with a
 * {@link ManualClock}.
 *
 * <p>Implementations must be thread-safe.
 */
public interface PacerClock {

  /** Monotonic nanoseconds from an arbitrary origin, like {@link System#nanoTime()}. */
  long nanoTime();

  /** Milliseconds since the Unix epoch, like {@link System#currentTimeMillis()}. */
  long wallMillis();

  /** The system clock: {@link System#nanoTime()} and {@link System#currentTimeMillis()}. */
  static PacerClock system() {
    return SystemClock.INSTANCE;
  }
}
