package dev.pacer.testkit.internal;

import java.time.Duration;
import java.util.Objects;

/**
 * One limit a vendor's server enforces on one bucket: either a number of permits per fixed,
 * epoch-aligned window ({@code window = floor(serverTime / period)}), or a number of requests
 * in flight at once. Immutable.
 */
public final class Limit {
  private final String bucket;
  private final int permits;
  private final long periodMillis;
  private final String message;

  private Limit(String bucket, int permits, long periodMillis, String message) {
    this.bucket = Objects.requireNonNull(bucket, "bucket == null");
    this.message = Objects.requireNonNull(message, "message == null");
    if (bucket.isEmpty()) {
      throw new IllegalArgumentException("bucket is empty");
    }
    if (permits < 1) {
      throw new IllegalArgumentException("permits < 1: " + permits);
    }
    this.permits = permits;
    this.periodMillis = periodMillis;
  }

  /**
   * At most {@code permits} admitted requests per fixed window of {@code period}; windows are
   * aligned to the Unix epoch of the sandbox's clock. {@code message} is the text the vendor
   * sends when the limit rejects a request.
   */
  public static Limit window(String bucket, int permits, Duration period, String message) {
    Objects.requireNonNull(period, "period == null");
    if (period.toMillis() < 1) {
      throw new IllegalArgumentException("period < 1ms: " + period);
    }
    return new Limit(bucket, permits, period.toMillis(), message);
  }

  /** At most {@code maxInFlight} admitted requests whose responses have not yet finished. */
  public static Limit concurrency(String bucket, int maxInFlight, String message) {
    return new Limit(bucket, maxInFlight, 0L, message);
  }

  /** The stable bucket name this limit counts in. */
  public String bucket() {
    return bucket;
  }

  /** Permits per window, or the largest number of requests in flight. */
  public int permits() {
    return permits;
  }

  /** True for a per-window rate; false for a concurrency cap. */
  public boolean isWindow() {
    return periodMillis > 0L;
  }

  /** The window length in milliseconds; 0 for a concurrency cap. */
  public long periodMillis() {
    return periodMillis;
  }

  /** What the vendor says when this limit rejects a request. */
  public String message() {
    return message;
  }

  @Override
  public String toString() {
    return isWindow()
        ? bucket + ": " + permits + " per " + Duration.ofMillis(periodMillis)
        : bucket + ": " + permits + " in flight";
  }
}
