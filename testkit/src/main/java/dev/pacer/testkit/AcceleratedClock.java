package dev.pacer.testkit;

import dev.pacer.time.PacerClock;
import java.time.Instant;
import java.util.Objects;

/**
 * A clock that runs a whole number of times faster than another, so that a sandbox and a client
 * sharing it live through minutes of a vendor's limits in seconds: with a factor of 12, Kore.ai's
 * 60 requests per minute pass in 5 real seconds. Give the same instance to {@link
 * VendorSandbox.Builder#clock} and to the client's or {@code Pacer.Builder}'s {@code clock(...)}.
 *
 * <pre>{@code
 * AcceleratedClock clock = AcceleratedClock.of(12);
 * try (VendorSandbox sandbox = VendorSandbox.builder(VendorProfile.koreCcai()).clock(clock).start()) {
 *   Pacer pacer = Pacer.builder(KoreCcaiPolicy.POLICY).clock(clock).build();
 *   // ... a minute of Kore's limit in five seconds ...
 * }
 * }</pre>
 *
 * <p>Both readings start at the base clock's readings when the clock is made (or the wall reading
 * at a chosen instant) and then advance {@link #factor()} times as fast. Network delay is multiplied too: a request that takes 2 ms to
 * reach the sandbox arrives 24 ms later on a clock 12 times as fast, so a client pacing close to
 * a window's edge needs a safety margin that large ({@code RateLimitPolicy.Builder.safetyMargin}).
 * Immutable and thread-safe.
 */
public final class AcceleratedClock implements PacerClock {
  /** The largest factor accepted: beyond it a millisecond of delay is more than a second. */
  public static final int MAX_FACTOR = 1000;

  private final PacerClock base;
  private final int factor;
  private final long originNanos;
  private final long originWallMillis;

  private AcceleratedClock(PacerClock base, int factor, long originWallMillis) {
    this.base = base;
    this.factor = factor;
    this.originNanos = base.nanoTime();
    this.originWallMillis = originWallMillis;
  }

  /** A clock running {@code factor} times as fast as the system clock, from now. */
  public static AcceleratedClock of(int factor) {
    return of(PacerClock.system(), factor);
  }

  /**
   * A clock running {@code factor} times as fast as {@code base}, from {@code base}'s readings
   * now.
   *
   * @throws IllegalArgumentException unless {@code factor} is in [1, {@value #MAX_FACTOR}]
   */
  public static AcceleratedClock of(PacerClock base, int factor) {
    Objects.requireNonNull(base, "base == null");
    return of(base, factor, Instant.ofEpochMilli(base.wallMillis()));
  }

  /**
   * A clock running {@code factor} times as fast as {@code base} from now, whose wall reading
   * starts at {@code wallStart}. A sandbox's windows are aligned to its wall clock, so starting
   * at a whole minute ({@code Instant.now().truncatedTo(ChronoUnit.MINUTES)}) makes a run begin
   * with a fresh minute window: the first calls of a cold JVM, slow to reach the server, then
   * cannot slip into the next window.
   *
   * @throws IllegalArgumentException unless {@code factor} is in [1, {@value #MAX_FACTOR}]
   */
  public static AcceleratedClock of(PacerClock base, int factor, Instant wallStart) {
    Objects.requireNonNull(base, "base == null");
    Objects.requireNonNull(wallStart, "wallStart == null");
    if (factor < 1 || factor > MAX_FACTOR) {
      throw new IllegalArgumentException("factor not in [1, " + MAX_FACTOR + "]: " + factor);
    }
    return new AcceleratedClock(base, factor, wallStart.toEpochMilli());
  }

  /** How many times as fast as its base this clock runs. */
  public int factor() {
    return factor;
  }

  @Override
  public long nanoTime() {
    return originNanos + elapsedNanos();
  }

  @Override
  public long wallMillis() {
    return originWallMillis + elapsedNanos() / 1_000_000L;
  }

  private long elapsedNanos() {
    return Math.multiplyExact(base.nanoTime() - originNanos, (long) factor);
  }

  @Override
  public String toString() {
    return "AcceleratedClock{" + factor + "x}";
  }
}
