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
  /** The most buckets one ticket holds. */
  static final int MAX_BUCKETS = 0x7FFF;
  private static final int SIZE_MASK = 0x7FFF;
  private static final int LIMITING_SHIFT = 16;
  private static final int FIRST_BOOKED = 1 << 31;

  // A call allocates its ticket, so the fields are kept to 48 bytes: the first bucket lives in
  // fields (a one-bucket call, the common case, allocates nothing more), the others in a holder
  // made on demand, and the small numbers share one int.
  private Bucket first;
  private long firstToken;
  private More more;
  private long goAtNanos;
  private long waitNanos;
  /** The size (bits 0-14), the limiting index + 1 (bits 16-30) and whether the first bucket is booked (bit 31). */
  private int state = 0;

  /** Buckets after the first, grown on demand. */
  private static final class More {
    final Bucket[] buckets;
    final long[] tokens;
    final boolean[] booked;

    More(int n) {
      this.buckets = new Bucket[n];
      this.tokens = new long[n];
      this.booked = new boolean[n];
    }
  }

  /** An empty ticket. */
  public Ticket() {}

  /** Starts over for {@code count} buckets of {@code charged}: nothing booked, no wait. */
  public void load(Bucket[] charged, int count) {
    Objects.requireNonNull(charged, "charged == null");
    if (count < 0 || count > charged.length || count > MAX_BUCKETS) throw new IllegalArgumentException("count " + count);
    int extra = Math.max(0, count - 1);
    More m = more;
    if (extra > 0 && (m == null || m.buckets.length < extra)) more = m = new More(extra);
    first = count > 0 ? charged[0] : null;
    if (m != null) {
      if (extra > 0) System.arraycopy(charged, 1, m.buckets, 0, extra);
      Arrays.fill(m.booked, 0, extra, false);
      Arrays.fill(m.buckets, extra, m.buckets.length, null);
    }
    state = count; // nothing booked, no limiting bucket
    goAtNanos = 0;
    waitNanos = 0;
  }

  /** Starts over for the one bucket {@code only}: nothing booked, no wait. */
  public void load(Bucket only) {
    Objects.requireNonNull(only, "only == null");
    More m = more;
    if (m != null) Arrays.fill(m.buckets, null); // keeps no other handle reachable
    first = only;
    state = 1; // nothing booked, no limiting bucket
    goAtNanos = 0;
    waitNanos = 0;
  }

  /** Buckets on this ticket. */
  public int size() {
    return state & SIZE_MASK;
  }

  /** Bucket {@code i}. */
  public Bucket bucket(int i) {
    return check(i) == 0 ? first : more.buckets[i - 1];
  }

  /** A store replaces a handle whose state it forgot with a live one for the same key. */
  public void replace(int i, Bucket live) {
    Objects.requireNonNull(live, "live == null");
    if (check(i) == 0) {
      first = live;
    } else {
      more.buckets[i - 1] = live;
    }
  }

  /** True when bucket {@code i} holds a booking of this ticket. */
  public boolean isBooked(int i) {
    return check(i) == 0 ? (state & FIRST_BOOKED) != 0 : more.booked[i - 1];
  }

  /** The store's token for the booking in bucket {@code i} (meaningful only while booked). */
  public long token(int i) {
    return check(i) == 0 ? firstToken : more.tokens[i - 1];
  }

  /** The store records a booking in bucket {@code i}. */
  public void booked(int i, long token) {
    if (check(i) == 0) {
      state |= FIRST_BOOKED;
      firstToken = token;
    } else {
      more.booked[i - 1] = true;
      more.tokens[i - 1] = token;
    }
  }

  /** The store records that bucket {@code i} no longer holds this ticket's booking. */
  public void released(int i) {
    if (check(i) == 0) {
      state &= ~FIRST_BOOKED;
    } else {
      more.booked[i - 1] = false;
    }
  }

  /** True when any bucket holds a booking of this ticket. */
  public boolean holdsBookings() {
    if ((state & FIRST_BOOKED) != 0) return true;
    int size = size();
    for (int i = 0; i < size - 1; i++) if (more.booked[i]) return true;
    return false;
  }

  /** The store records when the call may go, how long that is from now, and which bucket set it (-1: none). */
  public void schedule(long goAtNanos, long waitNanos, int limitingIndex) {
    if (limitingIndex < -1 || limitingIndex >= size()) throw new IndexOutOfBoundsException("limiting bucket " + limitingIndex + " of " + size());
    this.goAtNanos = goAtNanos;
    this.waitNanos = waitNanos;
    this.state = (state & ~(SIZE_MASK << LIMITING_SHIFT)) | (limitingIndex + 1) << LIMITING_SHIFT;
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
    return ((state >>> LIMITING_SHIFT) & SIZE_MASK) - 1;
  }

  private int check(int i) {
    if (i < 0 || i >= size()) throw new IndexOutOfBoundsException("bucket " + i + " of " + size());
    return i;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Ticket{");
    for (int i = 0; i < size(); i++) {
      if (i > 0) b.append(", ");
      b.append(bucket(i).key()).append(isBooked(i) ? " booked" : "");
    }
    return b.append(", goAt=").append(goAtNanos).append('}').toString();
  }
}
