package dev.pacer.internal;

import dev.pacer.store.Bucket;
import dev.pacer.store.BucketSpec;
import dev.pacer.store.Ticket;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The departure check: right before an attempt is sent, each of its buckets whose spacing
 * matters re-applies its rule to the instants calls actually left (and, on a bucket declared as
 * a server-side bucket, to the latest instants they may have reached the server), and a call
 * that would leave too soon after a late predecessor waits the difference.
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
 * <h2>Late arrivals</h2>
 * Measured on loopback (docs/benchmarks.md 4c), the larger part of the jitter is not the
 * wake-up but the way to the server: a request on a new connection, or one whose server thread
 * is scheduled late, reaches it milliseconds after it left, and the server spaces the next call
 * from there. Pacer cannot see the arrival, but it sees the answer: the call reached the server
 * no later than its answer came back, less the least round trip seen. So on a bucket whose rule
 * declares the server's bucket ({@link BucketSpec#tokenBucket}, {@code Rule.bucketSize}: nginx
 * {@code limit_req} is {@code bucketSize(burst + 1)}), each answer that comes back slower than the
 * least round trip moves the word by the excess ({@link #answered}), bounded per answer. (A
 * window-counting server does not care when a call arrived within its window, and a slow answer
 * there usually means slow processing, which would hold calls back for nothing: another reason
 * the check is only for declared server-side buckets.)
 *
 * <h2>Which buckets</h2>
 * A bucket whose rule declares the server's bucket ({@code Rule.bucketSize}, a
 * {@link BucketSpec#tokenBucket} spec: the user says the server spaces calls) and whose interval
 * is at least {@value #MIN_INTERVAL_NANOS} ns (about 500 calls per second or less). Not the other
 * rate buckets: a window-counting server does not mind calls that bunch within its window's
 * margin, and there the check would cost goodput for nothing. Where callers wake far later than
 * jitter (a backlog after a pause, or a virtual clock stepping seconds at a time, as the Kore.ai
 * sandbox test's does), the check spaces the backlog at the interval instead of letting it catch
 * up with its bookings, and that lag is never made up: on main's Kore test it cut a minute's
 * calls from 60 to 12. At shorter intervals the default burst (1 + permits / 100) gives a tolerance of many
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
 * forgotten word only drops the extra check for a moment, never the booked limit), each
 * with its last {@value #RING} departures. Thread-safe: a checked bucket (a few hundred calls per
 * second at most) takes its word's monitor once per departure and once per answer (its departures
 * and answers update several fields together); every other bucket costs a spec read per call.
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
    /** A server-side bucket's last departures (guarded by this word), for {@link #answered}; null until one. */
    Ring ring;
  }

  /**
   * A server-side bucket's recent departures and round trips, guarded by its word: the last
   * {@value #RING} departures (a ticket is a call's, reused by its attempts: an attempt's answer
   * finds its own departure), and the least round trip of the last two epochs of
   * {@value #RTT_EPOCH} answers.
   */
  private static final class Ring {
    final Ticket[] tickets = new Ticket[RING];
    final long[] at = new long[RING];
    long next;
    long minRtt = Long.MAX_VALUE;
    long epochMinRtt = Long.MAX_VALUE;
    int epochAnswers;
    /** Answers sampled, up to {@link #TRUSTED_ANSWERS}. */
    int answers;
  }

  /** Departures a server-side bucket remembers for their answers. */
  static final int RING = 16;
  /**
   * Answers sampled before the least round trip is trusted: until then each answer's whole round
   * trip counts (the first requests of a run open connections, so their round trips are the
   * slowest, and a least of a few of them would hide the next slow one).
   */
  static final int TRUSTED_ANSWERS = 8;
  /** Answers per epoch of the least-round-trip estimate. */
  static final int RTT_EPOCH = 32;
  /** The most one answer holds back the next departure: this share of the interval ... */
  static final int ANSWER_CAP_DIVISOR = 10;
  /** ... and at most this many nanoseconds. */
  static final long ANSWER_CAP_NANOS = 20_000_000L;

  private final ConcurrentHashMap<Bucket, Word> words = new ConcurrentHashMap<>();

  /**
   * The departure check for the attempt on {@code ticket} at {@code now}: 0 when it may leave now
   * (its departure is then recorded in every checked bucket), else how many nanoseconds it must
   * wait first (nothing recorded; ask again then).
   */
  long holdBack(Ticket ticket, long now) {
    int n = ticket.size();
    if (n == 1) return one(ticket, ticket.bucket(0), now);
    long wait = 0;
    for (int i = 0; i < n; i++) {
      Bucket b = ticket.bucket(i);
      Word w = checkedWord(b, false, now);
      if (w != null) wait = Math.max(wait, w.tat.get() - b.spec().toleranceNanos(checkedLane(b)) - now);
    }
    if (wait > 0) return wait;
    // Several buckets: checked first, recorded after; a departure slipping in between is spaced
    // by its own check, and the bookings still bound the rate.
    for (int i = 0; i < n; i++) {
      Bucket b = ticket.bucket(i);
      Word w = checkedWord(b, true, now);
      if (w == null) continue;
      BucketSpec spec = b.spec();
      long interval = spec.intervalNanos(checkedLane(b));
      synchronized (w) {
        w.tat.set(Math.max(w.tat.get(), now) + interval);
        remember(w, ticket, now);
      }
    }
    return 0;
  }

  /** One bucket: checked and recorded under its word's monitor, nothing allocated on a known bucket. */
  private long one(Ticket ticket, Bucket b, long now) {
    int lane = checkedLane(b);
    if (lane < 0) return 0;
    Word w = word(b, true, now);
    if (w == null) return 0;
    BucketSpec spec = b.spec();
    long interval = spec.intervalNanos(lane);
    long tolerance = spec.toleranceNanos(lane);
    synchronized (w) {
      long tat = w.tat.get();
      long wait = tat - tolerance - now;
      if (wait > 0) return wait;
      w.tat.set(Math.max(tat, now) + interval);
      remember(w, ticket, now);
      return 0;
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

  /**
   * The answer to the attempt on {@code ticket} came back at {@code now}. On a bucket declared as
   * a server-side bucket ({@link BucketSpec#tokenBucket}, e.g. nginx {@code limit_req}), the
   * attempt may have reached the server as late as its answer, less the least round trip seen:
   * that excess (at most a tenth of the interval, and {@value #ANSWER_CAP_NANOS} ns), less the
   * booking's own margin per interval, is where the server may have started its spacing, so the
   * next departure is held back by it. The attempt's own departure and those after it count (and
   * those that left with it: the server counts in the order calls arrive). The first
   * {@value #TRUSTED_ANSWERS} answers have no least round trip to go by: their whole round trips
   * count (a new connection's first request is slow to arrive). A 429 changes nothing here (the server did
   * not count the call; the learner and the pause take it), and its round trip is not sampled.
   */
  void answered(Bucket b, Ticket ticket, int code, long now) {
    int lane = checkedLane(b);
    if (lane < 0) return;
    BucketSpec spec = b.spec();
    Word w = words.get(b);
    if (w == null || w.ring == null) return;
    long interval = spec.intervalNanos(lane);
    long cap = Math.min(interval / ANSWER_CAP_DIVISOR, ANSWER_CAP_NANOS);
    // The booking's own margin per interval (its spacing beyond the rate's) already absorbs that much.
    long share = Math.max(0, interval - spec.rates().get(lane).period().toNanos() / Math.max(1, spec.permits(lane)));
    synchronized (w) {
      Ring r = w.ring;
      int i = 0;
      while (i < RING && r.tickets[i] != ticket) i++;
      if (i == RING) return; // too many departures since: the server's bucket has moved on
      r.tickets[i] = null;
      if (code == 429) return; // not counted by the server; and a refusal's quick trip says nothing of the others'
      long at = r.at[i];
      long rtt = Math.max(0, now - at);
      long excess = r.answers < TRUSTED_ANSWERS ? rtt : Math.max(0, rtt - r.minRtt);
      if (r.answers < TRUSTED_ANSWERS) r.answers++;
      long late = Math.min(excess, cap) - share;
      if (late > 0) {
        // The server counts in the order calls arrive, not the order they left: calls that left
        // within the cap of this one may have arrived after it, so they count as after it.
        long count = 0;
        for (int k = 0; k < RING && k < r.next; k++) if (r.at[k] >= at - cap) count++;
        long latest = at + late + count * interval;
        if (latest > w.tat.get()) w.tat.set(latest);
      }
      r.epochMinRtt = Math.min(r.epochMinRtt, rtt);
      r.minRtt = Math.min(r.minRtt, rtt);
      if (++r.epochAnswers >= RTT_EPOCH) {
        // The least of this epoch and the last: a path that got slower is learned within two epochs.
        r.minRtt = r.epochMinRtt;
        r.epochMinRtt = rtt;
        r.epochAnswers = 0;
      }
    }
  }

  /** True when a bucket of {@code ticket} is checked, so its answers are read ({@link #answered}). */
  boolean reads(Ticket ticket) {
    for (int i = 0, n = ticket.size(); i < n; i++) if (checkedLane(ticket.bucket(i)) >= 0) return true;
    return false;
  }

  /** Records a departure of a server-side bucket; the word's lock held. */
  private static void remember(Word w, Ticket ticket, long now) {
    Ring r = w.ring;
    if (r == null) w.ring = r = new Ring();
    int i = (int) (r.next % RING);
    r.tickets[i] = ticket;
    r.at[i] = now;
    r.next++;
  }

  /** Buckets with a departure word now (for tests). */
  int size() {
    return words.size();
  }

  /** The lane the check applies to on {@code b}, or -1 when {@code b} is not checked. */
  static int checkedLane(Bucket b) {
    if (b.isOverflow()) return -1;
    BucketSpec spec = b.spec();
    if (spec.tokenBucketSize() == 0) return -1;
    int lane = spec.shortestLane();
    if (lane < 0 || spec.intervalNanos(lane) < MIN_INTERVAL_NANOS) return -1;
    return lane;
  }

  /** {@code b}'s word when {@code b} is checked (see {@link #word}), else null. */
  private Word checkedWord(Bucket b, boolean create, long now) {
    return checkedLane(b) < 0 ? null : word(b, create, now);
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
