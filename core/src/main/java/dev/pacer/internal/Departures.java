package dev.pacer.internal;

import dev.pacer.store.Bucket;
import dev.pacer.store.BucketSpec;
import dev.pacer.store.Ticket;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The departure check: right before an attempt is sent, each of its buckets whose spacing
 * matters re-applies its rule to the instants calls actually left, and a call that would leave
 * too soon after a late predecessor waits the difference.
 *
 * <h2>Why</h2>
 * The store books each call's go time on a GCRA; a caller is woken at its go time, but not
 * exactly: a thread woken 2 ms late, followed by one woken on time, leaves 2 ms closer to it
 * than the booking spaced them. A window-counting server does not notice (the period's margin
 * absorbs it), but a server that spaces calls (nginx {@code limit_req}, a leaky or token
 * bucket, counting whole milliseconds) refuses the second with a bare 429. So each such bucket
 * keeps a second GCRA word fed with real departure instants, with the same interval and
 * tolerance as the bucket's spec (its shortest rate's lane): a token bucket keeps its burst, a
 * smooth rule its spacing. The wait is at most one interval (the rule's own spacing from the
 * last departure), and in practice the predecessor's lateness.
 *
 * <h2>Which buckets</h2>
 * A bucket with a declared (or learned) rate whose shortest lane's interval is at least
 * {@value #MIN_INTERVAL_NANOS} ns (about 500 calls per second or less): there a millisecond of
 * jitter is a visible share of the interval and the default tolerance is a few intervals at
 * most. At shorter intervals the default burst (1 + permits / 100) gives a tolerance of many
 * intervals, so departures would have to bunch by far more than scheduling jitter before the
 * check could bite, and servers that count whole milliseconds cannot see sub-millisecond
 * spacing: the check would cost a compare-and-set per call for nothing. Not checked: buckets
 * without a rate (server-only, before anything is learned), overflow buckets (already slower
 * than their keys need), and a bucket while it spends a {@code Remaining} the server reported
 * (those calls may go at once until the reset; the check resumes after it).
 *
 * <h2>What it never does</h2>
 * It never lets a call go sooner than its booking: it only adds waits, after the store has
 * booked the call, so no bucket goes faster than its booked rate. It is local to this process:
 * with a shared store (several processes), it spaces this process's departures only. Its state
 * is a word per checked bucket, bounded ({@value #MAX_BUCKETS} buckets, then cleared: a
 * forgotten word only drops the extra check for a moment, never the booked limit). Thread-safe:
 * one compare-and-set per checked bucket per call, no lock.
 */
final class Departures {
  /** The shortest interval a checked bucket has: 2 ms (about 500 calls per second). */
  static final long MIN_INTERVAL_NANOS = 2_000_000L;
  /** Checked buckets held at most; then the words are cleared. */
  static final int MAX_BUCKETS = 16_384;
  /** A new word: long ago, so the first departure goes at once. */
  private static final long LONG_AGO = Long.MIN_VALUE / 4;

  /** One bucket's departure state. */
  private static final class Word {
    /** The GCRA theoretical arrival time of the next departure. */
    final AtomicLong tat = new AtomicLong(LONG_AGO);
    /** Until when the bucket spends a reported remaining (departures unchecked), on the engine's clock. */
    volatile long creditUntil = Long.MIN_VALUE;
  }

  private final ConcurrentHashMap<Bucket, Word> words = new ConcurrentHashMap<>();

  /**
   * The departure check for the attempt on {@code ticket} at {@code now}: 0 when it may leave now
   * (its departure is then recorded in every checked bucket), else how many nanoseconds it must
   * wait first (nothing recorded; ask again then).
   */
  long holdBack(Ticket ticket, long now) {
    int n = ticket.size();
    if (n == 1) return one(ticket.bucket(0), now);
    long wait = 0;
    for (int i = 0; i < n; i++) {
      Bucket b = ticket.bucket(i);
      int lane = checkedLane(b);
      if (lane < 0) continue;
      Word w = word(b, false, now);
      if (w == null) continue;
      BucketSpec spec = b.spec();
      wait = Math.max(wait, w.tat.get() - spec.toleranceNanos(lane) - now);
    }
    if (wait > 0) return wait;
    // Several buckets: checked first, recorded after; a departure slipping in between is spaced
    // by its own check, and the bookings still bound the rate.
    for (int i = 0; i < n; i++) {
      Bucket b = ticket.bucket(i);
      int lane = checkedLane(b);
      if (lane < 0) continue;
      Word w = word(b, true, now);
      if (w == null) continue;
      long interval = b.spec().intervalNanos(lane);
      while (true) {
        long tat = w.tat.get();
        if (w.tat.compareAndSet(tat, Math.max(tat, now) + interval)) break;
      }
    }
    return 0;
  }

  /** One bucket: checked and recorded in one compare-and-set loop, nothing allocated on a known bucket. */
  private long one(Bucket b, long now) {
    int lane = checkedLane(b);
    if (lane < 0) return 0;
    Word w = word(b, true, now);
    if (w == null) return 0;
    BucketSpec spec = b.spec();
    long interval = spec.intervalNanos(lane);
    long tolerance = spec.toleranceNanos(lane);
    while (true) {
      long tat = w.tat.get();
      long wait = tat - tolerance - now;
      if (wait > 0) return wait;
      if (w.tat.compareAndSet(tat, Math.max(tat, now) + interval)) return 0;
    }
  }

  /**
   * The server reported that {@code b} may spend a remaining before {@code resetAtNanos} (the
   * store holds a credit for it): its departures go unchecked until then, so the credited calls
   * go at once as the server allows.
   */
  void credited(Bucket b, long resetAtNanos, long now) {
    if (checkedLane(b) < 0 || resetAtNanos <= now) return;
    Word w = words.get(b);
    if (w == null) {
      if (words.size() >= MAX_BUCKETS) words.clear();
      w = words.computeIfAbsent(b, k -> new Word());
    }
    if (resetAtNanos > w.creditUntil) w.creditUntil = resetAtNanos;
  }

  /** Buckets with a departure word now (for tests). */
  int size() {
    return words.size();
  }

  /** The lane the check applies to on {@code b}, or -1 when {@code b} is not checked. */
  static int checkedLane(Bucket b) {
    if (b.isOverflow()) return -1;
    BucketSpec spec = b.spec();
    int lane = spec.shortestLane();
    if (lane < 0 || spec.intervalNanos(lane) < MIN_INTERVAL_NANOS) return -1;
    return lane;
  }

  /**
   * {@code b}'s word, made when {@code create}; null when there is none or it is spending a
   * credit at {@code now}.
   */
  private Word word(Bucket b, boolean create, long now) {
    Word w = words.get(b);
    if (w == null) {
      if (!create) return null;
      if (words.size() >= MAX_BUCKETS) words.clear();
      w = words.computeIfAbsent(b, k -> new Word());
    }
    return now < w.creditUntil ? null : w;
  }
}
