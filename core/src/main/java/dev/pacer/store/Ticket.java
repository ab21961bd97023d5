package dev.pacer.store;

import java.util.Arrays;
import java.util.Objects;

/**
 * What one attempt of one call holds in a {@link BucketStore}: the buckets it is charged to, which
 * of them are booked (with a store-defined token per booking, e.g. the arrival time after it),
 * and when the call may go. The engine owns one ticket per call and reuses it for every attempt,
 * so a decision allocates nothing; the store writes the booking state, the engine reads it.
 * Not thread-safe: one call uses it at a time.
 */
public final class Ticket {
  private Bucket[] buckets = new Bucket[2];
  private long[] tokens = new long[2];
  private boolean[] booked = new boolean[2];
  private int size;
  private long goAtNanos;
  private long waitNanos;
  private int limiting = -1;

  /** An empty ticket. */
  public Ticket() {}

  /** Starts over for {@code count} buckets of {@code charged}: nothing booked, no wait. */
  public void load(Bucket[] charged, int count) {
    Objects.requireNonNull(charged, "charged == null");
    if (count < 0 || count > charged.length) throw new IllegalArgumentException("count " + count);
    if (buckets.length < count) {
      buckets = new Bucket[count];
      tokens = new long[count];
      booked = new boolean[count];
    }
    System.arraycopy(charged, 0, buckets, 0, count);
    Arrays.fill(booked, 0, count, false);
    if (buckets.length > count) Arrays.fill(buckets, count, buckets.length, null);
    size = count;
    goAtNanos = 0;
    waitNanos = 0;
    limiting = -1;
  }

  /** Buckets on this ticket. */
  public int size() {
    return size;
  }

  /** Bucket {@code i}. */
  public Bucket bucket(int i) {
    return buckets[check(i)];
  }

  /** A store replaces a handle whose state it forgot with a live one for the same key. */
  public void replace(int i, Bucket live) {
    buckets[check(i)] = Objects.requireNonNull(live, "live == null");
  }

  /** True when bucket {@code i} holds a booking of this ticket. */
  public boolean isBooked(int i) {
    return booked[check(i)];
  }

  /** The store's token for the booking in bucket {@code i} (meaningful only while booked). */
  public long token(int i) {
    return tokens[check(i)];
  }

  /** The store records a booking in bucket {@code i}. */
  public void booked(int i, long token) {
    check(i);
    booked[i] = true;
    tokens[i] = token;
  }

  /** The store records that bucket {@code i} no longer holds this ticket's booking. */
  public void released(int i) {
    booked[check(i)] = false;
  }

  /** True when any bucket holds a booking of this ticket. */
  public boolean holdsBookings() {
    for (int i = 0; i < size; i++) if (booked[i]) return true;
    return false;
  }

  /** The store records when the call may go, how long that is from now, and which bucket set it (-1: none). */
  public void schedule(long goAtNanos, long waitNanos, int limitingIndex) {
    this.goAtNanos = goAtNanos;
    this.waitNanos = waitNanos;
    this.limiting = limitingIndex;
  }

  /** When the call may go, on the engine's clock. */
  public long goAtNanos() {
    return goAtNanos;
  }

  /** The wait from the reserving instant to {@link #goAtNanos()}; when rejected, the wait it would have been. */
  public long waitNanos() {
    return waitNanos;
  }

  /** Index of the bucket that set the wait, or -1 when there was none. */
  public int limitingIndex() {
    return limiting;
  }

  private int check(int i) {
    if (i < 0 || i >= size) throw new IndexOutOfBoundsException("bucket " + i + " of " + size);
    return i;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Ticket{");
    for (int i = 0; i < size; i++) {
      if (i > 0) b.append(", ");
      b.append(buckets[i].key()).append(booked[i] ? " booked" : "");
    }
    return b.append(", goAt=").append(goAtNanos).append('}').toString();
  }
}
