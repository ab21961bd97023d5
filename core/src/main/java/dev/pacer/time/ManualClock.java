package dev.pacer.time;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that moves only when told to, for tests that run limiter and backoff logic on
 * virtual time. Both readings advance together; {@link #setWall(Instant)} moves only the wall
 * reading (as an NTP step would). Thread-safe.
 */
public final class ManualClock implements PacerClock {
  private final AtomicLong nanos;
  private final AtomicLong wallMillis;

  /** A clock whose wall reading starts at {@code wallStart} and whose nano reading starts at 0. */
  public ManualClock(Instant wallStart) {
    Objects.requireNonNull(wallStart, "wallStart == null");
    this.nanos = new AtomicLong(0L);
    this.wallMillis = new AtomicLong(wallStart.toEpochMilli());
  }

  /** A clock starting at 2026-01-01T00:00:00Z. */
  public ManualClock() {
    this(Instant.parse("2026-01-01T00:00:00Z"));
  }

  @Override
  public long nanoTime() {
    return nanos.get();
  }

  @Override
  public long wallMillis() {
    return wallMillis.get();
  }

  /** Moves both readings forward. */
  public void advance(Duration amount) {
    Objects.requireNonNull(amount, "amount == null");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("amount < 0: " + amount);
    }
    advanceNanos(amount.toNanos());
  }

  /** Moves both readings forward by {@code amountNanos}. */
  public void advanceNanos(long amountNanos) {
    if (amountNanos < 0) {
      throw new IllegalArgumentException("amountNanos < 0: " + amountNanos);
    }
    long before = nanos.getAndAdd(amountNanos);
    long after = before + amountNanos;
    // Wall time follows the nano reading at millisecond resolution.
    wallMillis.addAndGet(after / 1_000_000L - before / 1_000_000L);
  }

  /** Steps the wall reading to {@code instant}; the monotonic reading is unchanged. */
  public void setWall(Instant instant) {
    wallMillis.set(instant.toEpochMilli());
  }

  @Override
  public String toString() {
    return "ManualClock{nanos=" + nanos.get() + ", wall=" + Instant.ofEpochMilli(wallMillis.get()) + "}";
  }
}
