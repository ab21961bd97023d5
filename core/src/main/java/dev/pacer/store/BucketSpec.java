package dev.pacer.store;

import dev.pacer.policy.Rate;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The shape every bucket of one rule shares, computed once when the {@code Pacer} is built:
 * for each declared rate (a <em>lane</em>), the GCRA emission interval and the burst tolerance,
 * in nanoseconds. A bucket with no declared rate has one lane with interval and tolerance 0:
 * only a server pause holds it back.
 *
 * <p>Rates are spread so that any window of {@code period + margin} admits at most the rate's
 * permits, burst included: {@code interval = (period + margin) / (permits - burst + 1)},
 * {@code tolerance = (burst - 1) × interval}. A {@linkplain #tokenBucket token-bucket} spec
 * instead admits {@code size} calls at once after a quiet spell, then the rate:
 * {@code interval = (period + margin) / permits}, {@code tolerance = (size - 1) × interval}. Intervals are rounded up to a multiple of 4
 * nanoseconds (a store may use the lowest two bits of a bucket's state). Immutable and thread-safe;
 * identity is its {@linkplain #name() name} plus its numbers, so a learned limit is a new spec.
 */
public final class BucketSpec {
  /** The default safety margin: 1% of the period, at most this many nanoseconds. */
  private static final long MAX_DEFAULT_MARGIN_NANOS = 20_000_000L;

  private final String name;
  private final List<Rate> rates;
  private final int burst;
  /** A token bucket's size, 0 for a rate whose every window holds at most its permits. */
  private final int size;
  private final long[] intervalNanos;
  private final long[] toleranceNanos;
  private final long longestPeriodNanos;
  private final long marginNanos;
  private final double factor;

  private BucketSpec(String name, List<Rate> rates, int burst, int size, long marginNanos, double factor) {
    this.name = name;
    this.size = size;
    this.factor = factor;
    this.marginNanos = marginNanos;
    this.rates = List.copyOf(rates);
    this.burst = burst;
    int lanes = Math.max(1, rates.size());
    this.intervalNanos = new long[lanes];
    this.toleranceNanos = new long[lanes];
    long longest = 0;
    for (int i = 0; i < rates.size(); i++) {
      Rate r = rates.get(i);
      long permits = scaled(r, factor);
      long period = saturatedNanos(r.period());
      longest = Math.max(longest, period);
      long margin = marginNanos >= 0 ? marginNanos : Math.min(period / 100, MAX_DEFAULT_MARGIN_NANOS);
      long interval;
      long atOnce;
      if (size > 0) {
        interval = ceilDiv(period + margin, permits);
        atOnce = Math.max(1L, (long) Math.floor(size * factor));
      } else {
        atOnce = burst > 0 ? Math.min(burst, permits) : 1 + permits / 100;
        interval = ceilDiv(period + margin, permits - atOnce + 1);
      }
      interval += (-interval) & 3L; // a multiple of 4
      intervalNanos[i] = interval;
      toleranceNanos[i] = (atOnce - 1) * interval;
    }
    this.longestPeriodNanos = longest;
  }

  /**
   * The spec of a rule's buckets.
   *
   * @param name the rule's name (appears in bucket keys and events)
   * @param rates the declared rates, none for a bucket only the server governs
   * @param burst the rule's burst, 0 for the default ({@code 1 + permits / 100})
   * @param margin the safety margin added to each period, or null for the default (1% of the
   *     period, at most 20 ms)
   */
  public static BucketSpec of(String name, List<Rate> rates, int burst, Duration margin) {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(rates, "rates == null");
    if (burst < 0) throw new IllegalArgumentException("burst < 0: " + burst);
    long marginNanos = margin == null ? -1 : saturatedNanos(margin);
    if (margin != null && marginNanos < 0) throw new IllegalArgumentException("margin < 0: " + margin);
    return new BucketSpec(name, rates, burst, 0, marginNanos, 1.0);
  }

  /**
   * The spec of a rule whose server is a token bucket (or a leaky bucket with a queue): it holds
   * {@code size} calls and refills at {@code rate}, so after a quiet spell {@code size} calls go
   * at once, then the rate. Unlike a {@linkplain #of burst}, this admits more than the rate's
   * permits within one period after a quiet spell (up to {@code size + permits}).
   *
   * @param name the rule's name
   * @param rate the refill rate
   * @param size the bucket's size, at least 1 (nginx {@code limit_req burst=b}: {@code b + 1})
   * @param margin the safety margin added to the period, or null for the default
   */
  public static BucketSpec tokenBucket(String name, Rate rate, int size, Duration margin) {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(rate, "rate == null");
    if (size < 1) throw new IllegalArgumentException("size < 1: " + size);
    long marginNanos = margin == null ? -1 : saturatedNanos(margin);
    if (margin != null && marginNanos < 0) throw new IllegalArgumentException("margin < 0: " + margin);
    return new BucketSpec(name, List.of(rate), 0, size, marginNanos, 1.0);
  }

  /** A spec with no declared rate: only the server's answers (pauses) govern its buckets. */
  public static BucketSpec serverOnly(String name) {
    return of(name, List.of(), 0, null);
  }

  /**
   * This spec with the shortest rate's permits replaced by {@code permits} (what the server
   * reported), the other rates scaled by the same factor. Returns this spec when nothing changes.
   */
  public BucketSpec withShortestPermits(long permits) {
    int i = shortestLane();
    if (i < 0 || permits < 1) return this;
    double factor = (double) permits / rates.get(i).permits();
    BucketSpec scaled = new BucketSpec(name, rates, burst, size, marginNanos, factor);
    return scaled.sameNumbers(this) ? this : scaled;
  }

  /**
   * This spec with every rate's permits divided among {@code instances} processes (at least one
   * permit each): the share one process may spend alone, e.g. when the store it shares with the
   * others cannot be reached. Returns this spec for one instance.
   */
  public BucketSpec dividedAmong(int instances) {
    if (instances < 1) throw new IllegalArgumentException("instances < 1: " + instances);
    if (instances == 1 || rates.isEmpty()) return this;
    return new BucketSpec(name, rates, burst, size, marginNanos, factor / instances);
  }

  /**
   * This spec with the safety margin added to each period set to {@code marginNanos} (a margin
   * learned from the server's refusals), its rates and any learned limit kept. Returns this spec
   * when nothing changes.
   */
  public BucketSpec withMarginNanos(long marginNanos) {
    if (marginNanos < 0) throw new IllegalArgumentException("margin < 0: " + marginNanos);
    if (marginNanos == this.marginNanos) return this;
    BucketSpec widened = new BucketSpec(name, rates, burst, size, marginNanos, factor);
    return widened.sameNumbers(this) ? this : widened;
  }

  /** A token bucket's size (see {@link #tokenBucket}), or 0. */
  public int tokenBucketSize() {
    return size;
  }

  /** The rule's name. */
  public String name() {
    return name;
  }

  /** The declared rates (not scaled by a learned limit). */
  public List<Rate> rates() {
    return rates;
  }

  /**
   * The permits lane {@code i} admits per period: the declared rate's, or what a learned limit or
   * a share made of it; 0 for a server-only bucket.
   */
  public long permits(int i) {
    if (rates.isEmpty()) {
      if (i != 0) throw new IndexOutOfBoundsException("lane " + i + " of 1");
      return 0;
    }
    return scaled(rates.get(i), factor);
  }

  /** Lanes: the number of declared rates, at least 1. */
  public int lanes() {
    return intervalNanos.length;
  }

  /** The emission interval of lane {@code i}, in nanoseconds (a multiple of 4; 0 for a server-only bucket). */
  public long intervalNanos(int i) {
    return intervalNanos[i];
  }

  /** The burst tolerance of lane {@code i}, in nanoseconds (a multiple of 4). */
  public long toleranceNanos(int i) {
    return toleranceNanos[i];
  }

  /**
   * The longest declared period, in nanoseconds (0 without rates): a bucket untouched for longer
   * than this plus its tolerance is the same as a new one, so a store may forget it.
   */
  public long longestPeriodNanos() {
    return longestPeriodNanos;
  }

  /** Index of the lane with the shortest period, or -1 without rates. */
  public int shortestLane() {
    int best = -1;
    for (int i = 0; i < rates.size(); i++) {
      if (best < 0 || rates.get(i).period().compareTo(rates.get(best).period()) < 0) best = i;
    }
    return best;
  }

  /** True when the permits per lane are what a learned limit of {@code permits} gives. */
  private boolean sameNumbers(BucketSpec other) {
    for (int i = 0; i < intervalNanos.length; i++) {
      if (intervalNanos[i] != other.intervalNanos[i] || toleranceNanos[i] != other.toleranceNanos[i]) return false;
    }
    return true;
  }

  /** A rate's permits scaled by a learned limit or a share: at least one. */
  private static long scaled(Rate r, double factor) {
    return Math.max(1L, (long) Math.floor(r.permits() * factor));
  }

  private static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }

  private static long saturatedNanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE / 4;
    }
  }

  /** Equal specs have the same name, rates, burst and resulting intervals and tolerances. */
  @Override
  public boolean equals(Object o) {
    if (o == this) return true;
    if (!(o instanceof BucketSpec)) return false;
    BucketSpec other = (BucketSpec) o;
    return name.equals(other.name) && rates.equals(other.rates) && burst == other.burst && size == other.size
        && java.util.Arrays.equals(intervalNanos, other.intervalNanos)
        && java.util.Arrays.equals(toleranceNanos, other.toleranceNanos);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, rates, burst, size, java.util.Arrays.hashCode(intervalNanos));
  }

  @Override
  public String toString() {
    return "BucketSpec{" + name + ", " + rates + "}";
  }
}
