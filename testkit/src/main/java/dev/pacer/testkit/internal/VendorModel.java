package dev.pacer.testkit.internal;

import java.time.Duration;
import java.util.List;

/**
 * How one vendor's server behaves as its own rate-limit page describes it: which limits a
 * request falls under, in the order the vendor checks them, and what it answers. Implementations
 * are stateless apart from configuration; all counting happens in {@link LimitBook}.
 */
public interface VendorModel {

  /** The vendor's short name, such as {@code intercom}. */
  String name();

  /** The limits {@code exchange} falls under, first-checked first; possibly empty. */
  List<Limit> limits(Exchange exchange);

  /**
   * A limit the vendor does not declare, in bucket {@link SandboxEngine#UNDECLARED_BUCKET}, with
   * the vendor's wording for its 429.
   */
  Limit undeclaredLimit(int permits, Duration period);

  /** The 429 (status, hint headers, body) for a request that {@code admission} rejected. */
  Reply rejected(Exchange exchange, Admission admission, long nowMillis);

  /** The success reply (canned body, hint headers) for an admitted request. */
  Reply admitted(Exchange exchange, Admission admission, long nowMillis);

  /** Formats a period the way people write it: {@code 1 second}, {@code 10 seconds}, {@code 1 hour}. */
  static String describe(long periodMillis) {
    if (periodMillis % 3_600_000L == 0) {
      return plural(periodMillis / 3_600_000L, "hour");
    }
    if (periodMillis % 60_000L == 0) {
      return plural(periodMillis / 60_000L, "minute");
    }
    if (periodMillis % 1_000L == 0) {
      return plural(periodMillis / 1_000L, "second");
    }
    return plural(periodMillis, "millisecond");
  }

  private static String plural(long count, String unit) {
    return count + " " + unit + (count == 1 ? "" : "s");
  }
}
