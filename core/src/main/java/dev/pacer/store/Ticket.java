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
  private static final Bucket[] NO_BUCKETS = new Bucket[0];
  private static final long[] NO_TOKENS = new long[0];
  private static final boolean[] NO_FLAGS = new boolean[0];

  // The first bucket lives in fields, so a one-bucket call (the common case) allocates no array.
  private Bucket first;
  private long firstToken;
  private boolean firstBooked;
  // Buckets after the first, grown on demand.
  private Bucket[] more = NO_BUCKETS;
  private long[] moreTokens = NO_TOKENS;
  private boolean[] moreBooked = NO_FLAGS;
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
    int extra = Math.max(0, count - 1);
    if (more.length < extra) {
      more = new Bucket[extra];
      moreTokens = new long[extra];
      moreBooked = new boolean[extra];
    }
    first = count > 0 ? charged[0] : null;
    firstBooked = false;
    if (extra > 0) System.arraycopy(charged, 1, more, 0, extra);
    Arrays.fill(moreBooked, 0, extra, false);
    if (more.length > extra) Arrays.fill(more, extra, more.length, null);
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
    return check(i) == 0 ? first : more[i - 1];
  }

  /** A store replaces a handle whose state it forgot with a live one for the same key. */
  public void replace(int i, Bucket live) {
    Objects.requireNonNull(live, "live == null");
    if (check(i) == 0) {
      first = live;
    } else {
      more[i - 1] = live;
    }
  }

  /** True when bucket {@code i} holds a booking of this ticket. */
  public boolean isBooked(int i) {
    return check(i) == 0 ? firstBooked : moreBooked[i - 1];
  }

  /** The store's token for the booking in bucket {@code i} (meaningful only while booked). */
  public long token(int i) {
    return check(i) == 0 ? firstToken : moreTokens[i - 1];
  }

  /** The store records a booking in bucket {@code i}. */
  public void booked(int i, long token) {
    if (check(i) == 0) {
      firstBooked = true;
      firstToken = token;
    } else {
      moreBooked[i - 1] = true;
      moreTokens[i - 1] = token;
    }
  }

  /** The store records that bucket {@code i} no longer holds this ticket's booking. */
  public void released(int i) {
    if (check(i) == 0) {
      firstBooked = false;
    } else {
      moreBooked[i - 1] = false;
    }
  }

  /** True when any bucket holds a booking of this ticket. */
  public boolean holdsBookings() {
    if (size > 0 && firstBooked) return true;
    for (int i = 0; i < size - 1; i++) if (moreBooked[i]) return true;
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
      b.append(bucket(i).key()).append(isBooked(i) ? " booked" : "");
    }
    return b.append(", goAt=").append(goAtNanos).append('}').toString();
  }
}
