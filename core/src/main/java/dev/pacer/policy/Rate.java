package dev.pacer.policy;

import java.time.Duration;
import java.util.Objects;

/**
 * A declared rate: at most {@code permits} requests in any {@code period}. Immutable.
 *
 * <pre>{@code
 * Rate.perSecond(350);                       // eSputnik: generate events v1
 * Rate.of(166, Duration.ofSeconds(10));      // Intercom: 1000/min spread over 10 s windows
 * Rate.perHour(5000);                        // Context.IO: per developer key
 * }</pre>
 *
 * @param permits how many requests the period admits; at least 1
 * @param period the window length; at least one millisecond
 */
public record Rate(int permits, Duration period) {

  public Rate {
    Objects.requireNonNull(period, "period == null");
    if (permits < 1) {
      throw new IllegalArgumentException("permits < 1: " + permits);
    }
    if (period.toMillis() < 1) {
      throw new IllegalArgumentException("period < 1 ms: " + period);
    }
  }

  /** {@code permits} per {@code period}. */
  public static Rate of(int permits, Duration period) {
    return new Rate(permits, period);
  }

  /** {@code permits} per second. */
  public static Rate perSecond(int permits) {
    return new Rate(permits, Duration.ofSeconds(1));
  }

  /** {@code permits} per minute. */
  public static Rate perMinute(int permits) {
    return new Rate(permits, Duration.ofMinutes(1));
  }

  /** {@code permits} per hour. */
  public static Rate perHour(int permits) {
    return new Rate(permits, Duration.ofHours(1));
  }

  @Override
  public String toString() {
    return permits + "/" + formatPeriod(period);
  }

  static String formatPeriod(Duration d) {
    if (d.toMillis() % 3_600_000L == 0) return d.toHours() == 1 ? "1h" : d.toHours() + "h";
    if (d.toMillis() % 60_000L == 0) return d.toMinutes() == 1 ? "1min" : d.toMinutes() + "min";
    if (d.toMillis() % 1_000L == 0) return d.toSeconds() + "s";
    return d.toMillis() + "ms";
  }
}
