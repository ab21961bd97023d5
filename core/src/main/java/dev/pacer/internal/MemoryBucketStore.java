package dev.pacer.internal;

import dev.pacer.store.Bucket;
import dev.pacer.store.BucketSpec;
import dev.pacer.store.BucketStore;
import dev.pacer.store.BucketTable;
import dev.pacer.store.Ticket;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The default {@link BucketStore}: every bucket is a small object whose state is one
 * {@code long} per rate (its GCRA theoretical arrival time, "TAT"), changed by compare-and-set.
 *
 * <h2>State words</h2>
 * A cell's {@code word} is the TAT of its first lane. TATs are kept multiples of 4, so the lowest
 * bit is a lock bit and the next one marks a cell that holds a {@linkplain #credit credit} (kept
 * in a per-table side map, read under the lock; such a cell leaves the one-CAS fast path): an operation over one single-lane cell is one CAS on the word; an operation over
 * several cells, or a cell with several lanes (kept in {@link MultiCell#lanes}, guarded by the
 * lock bit), sets the lock bit of every cell it touches first. Locks are taken with try-only
 * CASes: if one is held, the operation releases what it holds and tries again, so no order is
 * needed and nothing can deadlock; the critical sections are a few arithmetic steps with no
 * allocation. A server pause raises every lane to {@code until + tolerance}, so the fast path
 * never reads anything but the word; the pause instant itself is kept only while it lasts, in a
 * per-table side map that {@link #confirm} reads. A learned limit is kept the same way.
 *
 * <h2>Memory</h2>
 * An idle single-lane bucket is one 32-byte cell, its scope (Latin-1 bytes, without a {@code
 * String} around them: 24 bytes for an id of up to 8 chars) and its share of its table's
 * slot array (a reference per slot, at most three quarters used, so 5 to 11 bytes a cell; no map
 * entry: the cell is the entry and carries its key). Reading a known bucket takes no lock and
 * allocates nothing; a new key is inserted under its table's monitor. At most
 * {@code maxBuckets} cells are held: when the count reaches it, a scan forgets idle cells (a
 * cell whose lanes are all in the past is the same as a new one) down to three quarters of the
 * bound; a forgotten cell's word becomes {@link #TOMBSTONE} first, so a caller still holding its
 * handle resolves it again instead of booking into it. When the scan frees nothing, a new key is
 * charged to its table's overflow cell until room comes back; a key that later gets a cell of its
 * own starts from the overflow cell's TAT, so moving out of overflow never grants a burst.
 */
public final class MemoryBucketStore implements BucketStore {
  /** A forgotten cell's word: odd (reads as locked), and never a real TAT. */
  static final long TOMBSTONE = Long.MAX_VALUE;
  /** A new cell's word: long ago, so its first call goes at once, as in a fresh bucket. */
  private static final long LONG_AGO = Long.MIN_VALUE / 2;
  private static final long LOCK = 1L;
  /** The word's flag for a cell with a {@link Credit}. */
  private static final long CREDIT = 2L;
  private static final long FLAGS = LOCK | CREDIT;
  /**
   * Tokens of bookings in a cell with a credit count from here; far below any TAT (TATs never go
   * below {@link #LONG_AGO}) or multi-lane sequence, so the kinds never meet.
   */
  private static final long COUNT_BASE = Long.MIN_VALUE + 4;
  /** Counts in a credit token are kept modulo 2^30; differences between live tickets are far smaller. */
  private static final long COUNT_MASK = (1L << 30) - 1;
  /** Answers whose resets are this close describe the same window. */
  static final long SAME_WINDOW_NANOS = 100_000_000L;

  private static final VarHandle WORD;
  /** Element access to a table's slots: cells are published with release stores, read with acquire loads. */
  private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Cell[].class);
  /** A slot whose cell was forgotten: probes go on past it, and an insert may reuse it. */
  private static final Cell GONE = new Cell(null, null);
  /** A new table's slot count (a power of two). */
  static final int MIN_SLOTS = 8;

  static {
    try {
      WORD = MethodHandles.lookup().findVarHandle(Cell.class, "word", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final int maxBuckets;
  private final AtomicInteger held = new AtomicInteger();
  private final CopyOnWriteArrayList<Table> tables = new CopyOnWriteArrayList<>();
  /** While full of live buckets, the store looks for idle ones at most this often. */
  static final long SCAN_GAP_NANOS = 100_000_000L;
  // Guarded by this.
  private boolean scanned;
  private long lastScanNanos;

  /** A store holding at most {@code maxBuckets} buckets. */
  public MemoryBucketStore(int maxBuckets) {
    if (maxBuckets < 1) throw new IllegalArgumentException("maxBuckets < 1: " + maxBuckets);
    this.maxBuckets = maxBuckets;
  }

  @Override
  public BucketTable table(BucketSpec spec, String keyPrefix, String keySuffix) {
    Table t = new Table(spec, keyPrefix, keySuffix);
    tables.add(t);
    return t;
  }

  @Override
  public int size() {
    return held.get();
  }

  // ------------------------------------------------------------------------- reserve

  @Override
  public boolean reserve(Ticket ticket, long now, long limitNanos) {
    if (ticket.size() == 1 && !(ticket.bucket(0) instanceof MultiCell)) return reserveOne(ticket, now, limitNanos);
    return reserveMany(ticket, now, limitNanos);
  }

  /** One single-lane cell: one CAS, nothing allocated. */
  private boolean reserveOne(Ticket ticket, long now, long limitNanos) {
    Cell c = (Cell) ticket.bucket(0);
    int spins = 0;
    while (true) {
      long w = c.word;
      if ((w & FLAGS) != 0) {
        if (w == TOMBSTONE) {
          c = c.table.live(c, now);
          ticket.replace(0, c);
        } else if ((w & LOCK) == 0) {
          return reserveLocked(ticket, c, now, limitNanos); // holds a credit: decided under the lock
        } else {
          spins = backOff(spins);
        }
        continue;
      }
      BucketSpec s = c.table.specOf(c);
      long interval = s.intervalNanos(0);
      long go = Math.max(now, w - s.toleranceNanos(0));
      long wait = go - now;
      int limiting = wait > 0 ? 0 : -1;
      if (wait > limitNanos) {
        ticket.schedule(go, wait, limiting);
        return false;
      }
      if (interval == 0) { // server-only: a pause is the only state; nothing to book
        ticket.booked(0, w);
        ticket.schedule(go, wait, limiting);
        return true;
      }
      long next = aligned(Math.max(w, go) + interval);
      if (WORD.compareAndSet(c, w, next)) {
        ticket.booked(0, next);
        ticket.schedule(go, wait, limiting);
        return true;
      }
      // Another thread booked first. Retrying at once would most likely lose again and bounce
      // the word's cache line between the cores; instead the loser parks for the shortest time
      // the OS grants (tens of microseconds on Linux, nothing next to an HTTP call) and the
      // winner books on uncontended. Two threads hammering one bucket then decide about twice as
      // fast as with a spin (Resilience4j's AtomicRateLimiter backs off the same way).
      LockSupport.parkNanos(1L);
    }
  }

  /** One cell holding a credit: decided under its lock bit, nothing allocated. */
  private boolean reserveLocked(Ticket ticket, Cell c, long now, long limitNanos) {
    long w = lockOne(c);
    while (w == TOMBSTONE) {
      c = c.table.live(c, now);
      ticket.replace(0, c);
      w = lockOne(c);
    }
    long go = earliest(c, w, now);
    long wait = go - now;
    int limiting = wait > 0 ? 0 : -1;
    ticket.schedule(go, wait, limiting);
    if (wait > limitNanos) {
      WORD.setVolatile(c, w);
      return false;
    }
    WORD.setVolatile(c, book(c, w, go, ticket, 0));
    return true;
  }

  private boolean reserveMany(Ticket ticket, long now, long limitNanos) {
    int n = ticket.size();
    long[] words = new long[n];
    lockAll(ticket, words, now);
    long go = now;
    int limiting = -1;
    long[] earliest = new long[n];
    for (int i = 0; i < n; i++) {
      Cell c = (Cell) ticket.bucket(i);
      long e = earliest(c, words[i], now);
      earliest[i] = e;
      if (e > go) {
        go = e;
        limiting = i;
      }
    }
    long wait = go - now;
    if (wait > limitNanos) {
      unlockAll(ticket, words);
      ticket.schedule(go, wait, limiting);
      return false;
    }
    // Book now only the buckets that set the wait; the others at confirm, so a call waiting on
    // a slow bucket never holds a fast one.
    for (int i = 0; i < n; i++) {
      if (wait == 0 || earliest[i] >= go) {
        Cell c = (Cell) ticket.bucket(i);
        words[i] = book(c, words[i], go, ticket, i);
      }
    }
    unlockAll(ticket, words);
    ticket.schedule(go, wait, limiting);
    return true;
  }

  // ------------------------------------------------------------------------- confirm

  @Override
  public boolean confirm(Ticket ticket, long now) {
    int n = ticket.size();
    boolean allBooked = true;
    for (int i = 0; i < n; i++) {
      Cell c = (Cell) ticket.bucket(i);
      if (ticket.isBooked(i)) {
        if (c.table.pausedPast(c, now)) {
          coverPause(c, now); // so the next reserve waits for the pause instead of booking into it again
          return false;
        }
        if (ticket.token(i) < LONG_AGO) restamp(c, ticket, i);
      } else {
        allBooked = false;
      }
    }
    if (allBooked) return true;
    long[] words = new long[n];
    lockAll(ticket, words, now);
    for (int i = 0; i < n; i++) {
      if (ticket.isBooked(i)) continue;
      Cell c = (Cell) ticket.bucket(i);
      if (earliest(c, words[i], now) > now) {
        unlockAll(ticket, words);
        return false;
      }
    }
    for (int i = 0; i < n; i++) {
      if (!ticket.isBooked(i)) words[i] = book((Cell) ticket.bucket(i), words[i], now, ticket, i);
    }
    unlockAll(ticket, words);
    return true;
  }

  /**
   * A booking under a credit goes now: its token takes the credited count of this instant, so an
   * answer about it counts only the credited calls that went after it.
   */
  private static void restamp(Cell c, Ticket ticket, int i) {
    long w = lockOne(c);
    if (w == TOMBSTONE) return;
    Credit cr = (w & CREDIT) != 0 ? c.table.credits.get(c) : null;
    if (cr != null) {
      long paced = (ticket.token(i) - COUNT_BASE) >>> 30;
      ticket.booked(i, COUNT_BASE + (paced << 30 | (cr.credited & COUNT_MASK)));
    }
    WORD.setVolatile(c, w);
  }

  // ------------------------------------------------------------------------- give back

  @Override
  public void giveBack(Ticket ticket) {
    if (!ticket.holdsBookings()) return;
    if (ticket.size() == 1 && !(ticket.bucket(0) instanceof MultiCell)) {
      Cell c = (Cell) ticket.bucket(0);
      long token = ticket.token(0);
      ticket.released(0);
      long interval = c.table.specOf(c).intervalNanos(0);
      if (interval > 0) WORD.compareAndSet(c, token, token - interval); // only if nothing was booked on top
      return;
    }
    // Several buckets: one step under all their locks, so nobody sees a half-returned ticket.
    int n = ticket.size();
    long[] words = new long[n];
    lockAll(ticket, words, Long.MIN_VALUE);
    for (int i = 0; i < n; i++) {
      if (!ticket.isBooked(i)) continue;
      Cell c = (Cell) ticket.bucket(i);
      long token = ticket.token(i);
      ticket.released(i);
      BucketSpec s = c.table.specOf(c);
      if ((words[i] & CREDIT) != 0) continue; // a cell with a credit keeps its bookings spent
      if (c instanceof MultiCell) {
        MultiCell m = (MultiCell) c;
        if (m.seq != token) continue; // something was booked or changed on top: the booking stays spent
        words[i] = aligned(words[i] - s.intervalNanos(0));
        for (int k = 0; k < m.lanes.length; k++) m.lanes[k] -= s.intervalNanos(k + 1);
        m.seq++;
      } else if (s.intervalNanos(0) > 0 && words[i] == token) {
        words[i] = token - s.intervalNanos(0);
      }
    }
    unlockAll(ticket, words);
  }

  // ------------------------------------------------------------------------- what the server said

  @Override
  public void pause(Bucket bucket, long untilNanos) {
    Cell c = (Cell) bucket;
    long w = lockOne(c);
    while (w == TOMBSTONE) { // forgotten meanwhile: the pause is for the key, so it goes to the live cell
      c = c.table.live(c, Long.MIN_VALUE);
      w = lockOne(c);
    }
    c.table.notePause(c, untilNanos);
    WORD.setVolatile(c, raiseTo(c, w, untilNanos));
  }

  /**
   * The word of {@code c} (held locked, word {@code w}) with every lane raised so that nothing
   * goes before {@code until}; a credit ends (the server refused: no credit outlives a pause).
   */
  private static long raiseTo(Cell c, long w, long until) {
    BucketSpec s = c.table.specOf(c);
    long flag = w & CREDIT;
    if (flag != 0) c.table.credits.get(c).left = 0;
    long tat = Math.max(w & ~FLAGS, aligned(saturatedAdd(until, s.toleranceNanos(0))));
    if (c instanceof MultiCell) {
      MultiCell m = (MultiCell) c;
      for (int k = 0; k < m.lanes.length; k++) m.lanes[k] = Math.max(m.lanes[k], saturatedAdd(until, s.toleranceNanos(k + 1)));
      m.seq++;
    }
    return tat | flag;
  }

  /**
   * Raises every lane of {@code c} to cover its pause under the spec it runs on now (a limit
   * learned since the pause may have widened its tolerance, letting a reserve fall inside it).
   */
  private static void coverPause(Cell c, long now) {
    long w = lockOne(c);
    if (w == TOMBSTONE) return;
    Long until = c.table.pauses.get(c);
    if (until == null || until <= now) {
      WORD.setVolatile(c, w);
      return;
    }
    WORD.setVolatile(c, raiseTo(c, w, until));
  }

  @Override
  public void reconcile(Ticket ticket, int index, long remaining, long resetAtNanos) {
    Cell c = (Cell) ticket.bucket(index);
    BucketSpec s = c.table.specOf(c);
    long w = lockOne(c);
    if (w == TOMBSTONE) return; // forgotten: it was idle, and what the server counted is past
    // The ticket went at its go time and was answered since: measuring from then over-counts.
    long left = Math.max(0, remaining - uncounted(c, w, ticket, index, s, ticket.goAtNanos()));
    long flag = w & CREDIT;
    if (flag != 0) {
      Credit cr = c.table.credits.get(c);
      cr.left = Math.min(cr.left, left);
    }
    // A lane with no rate paces nothing: only a pause (remaining 0) holds it, and the engine sends that.
    long tat = w & ~FLAGS;
    if (s.intervalNanos(0) > 0) tat = Math.max(tat, aligned(floor(resetAtNanos, s, 0, left)));
    if (c instanceof MultiCell) {
      MultiCell m = (MultiCell) c;
      for (int k = 0; k < m.lanes.length; k++) m.lanes[k] = Math.max(m.lanes[k], floor(resetAtNanos, s, k + 1, left));
      m.seq++;
    }
    WORD.setVolatile(c, tat | flag);
  }

  @Override
  public void credit(Ticket ticket, int index, long remaining, long resetAtNanos, long nowNanos) {
    Cell c = (Cell) ticket.bucket(index);
    BucketSpec s = c.table.specOf(c);
    int lane = s.shortestLane();
    if (c.isOverflow() || lane < 0 || s.intervalNanos(lane) == 0) {
      // Shared by keys the server counts apart, or paced by nothing: brake only.
      reconcile(ticket, index, remaining, resetAtNanos);
      return;
    }
    if (resetAtNanos <= nowNanos) return; // an answer about a window already over
    long w = lockOne(c);
    if (w == TOMBSTONE) return;
    if (c.table.pausedPast(c, nowNanos)) { // the server refused meanwhile: its pause stands
      WORD.setVolatile(c, w);
      return;
    }
    Credit cr = (w & CREDIT) != 0 ? c.table.credits.get(c) : null;
    boolean live = cr != null && nowNanos < cr.resetAt;
    if (live && resetAtNanos < cr.resetAt - SAME_WINDOW_NANOS) {
      WORD.setVolatile(c, w); // an answer about an earlier window changes nothing
      return;
    }
    boolean sameWindow = live && resetAtNanos <= cr.resetAt + SAME_WINDOW_NANOS;
    if (sameWindow && ticket.token(index) >= LONG_AGO) {
      // About a call booked before the credit began: the credit was set from a later answer.
      WORD.setVolatile(c, w);
      return;
    }
    long left = Math.max(0, remaining - uncounted(c, w, ticket, index, s, nowNanos));
    if (cr == null) {
      cr = new Credit(lane, w & ~FLAGS, c instanceof MultiCell ? ((MultiCell) c).seq : 0);
      cr.resetAt = resetAtNanos;
      cr.left = left;
      c.table.credits.put(c, cr);
      w |= CREDIT;
    } else if (sameWindow) {
      cr.left = Math.min(cr.left, left); // the lowest count is the latest
      cr.resetAt = Math.max(cr.resetAt, resetAtNanos);
    } else {
      cr.resetAt = resetAtNanos; // a new window
      cr.left = left;
    }
    WORD.setVolatile(c, w);
  }

  /**
   * How many calls of {@code c} (word {@code w}, locked by us) the server had not counted when it
   * answered the ticket's call: those that went after it, and those booked to go later than
   * {@code now}. Exact where the store can tell, an over-count where it cannot, never an
   * under-count.
   */
  private static long uncounted(Cell c, long w, Ticket ticket, int index, BucketSpec s, long now) {
    long token = ticket.token(index);
    long interval = s.intervalNanos(0);
    Credit cr = (w & CREDIT) != 0 ? c.table.credits.get(c) : null;
    if (cr == null) {
      // Paced calls go in the order they were booked: every one booked after the answered call
      // went after it or has not gone yet.
      if (c instanceof MultiCell) return Math.max(0, ((MultiCell) c).seq - token);
      return interval == 0 ? 0 : Math.max(0, ((w & ~FLAGS) - token) / interval);
    }
    // Calls the credited lane still holds for later than now: the latest paced bookings (the k-th
    // latest goes at tat - tolerance - k × interval at the latest).
    int lane = cr.lane;
    long tat = lane == 0 ? w & ~FLAGS : ((MultiCell) c).lanes[lane - 1];
    long ahead = tat - s.toleranceNanos(lane) - now;
    long queued = ahead > 0 ? (ahead - 1) / s.intervalNanos(lane) : 0;
    if (token >= LONG_AGO) {
      // Booked before the credit began: what moved between it and the credit, every booking
      // since, and what is queued.
      long before = c instanceof MultiCell ? cr.seqAtCredit - token
          : interval == 0 ? 0 : (cr.tatAtCredit - token) / interval;
      return Math.max(0, before) + cr.paced + cr.credited + queued;
    }
    // Paced calls go in the order they were booked, each after its booking: those booked after the
    // answered call went after it. Credited calls go when booked: those booked after the answered
    // call went (its token holds the credited count when it went). The queued calls are the latest
    // paced ones: any beyond those booked after the answered call were booked before it and have
    // not gone either.
    long packed = token - COUNT_BASE;
    long pacedAfter = (cr.paced - (packed >>> 30)) & COUNT_MASK;
    long creditedAfter = (cr.credited - packed) & COUNT_MASK;
    return pacedAfter + creditedAfter + Math.max(0, queued - pacedAfter);
  }

  /** A token for a booking under {@code cr}: the paced and credited counts at the instant it goes. */
  private static long creditToken(Credit cr) {
    return COUNT_BASE + ((cr.paced & COUNT_MASK) << 30 | (cr.credited & COUNT_MASK));
  }

  @Override
  public void respec(Bucket bucket, BucketSpec spec) {
    Cell c = (Cell) bucket;
    if (spec.lanes() != c.table.spec.lanes()) throw new IllegalArgumentException("a learned spec keeps the rule's lanes");
    c.table.learn(c, spec);
  }

  /** The lowest TAT at which {@code remaining} more calls fit before {@code resetAt} in lane {@code lane}. */
  private static long floor(long resetAt, BucketSpec s, int lane, long remaining) {
    return saturatedAdd(resetAt, s.toleranceNanos(lane)) - saturatedMul(remaining, s.intervalNanos(lane));
  }

  // ------------------------------------------------------------------------- cells and locks

  /** Earliest instant at or after {@code now} at which cell {@code c} (word {@code w}, locked by us) admits one call. */
  private static long earliest(Cell c, long w, long now) {
    BucketSpec s = c.table.specOf(c);
    Credit cr = (w & CREDIT) != 0 ? c.table.credits.get(c) : null;
    long t = Math.max(now, laneEarliest(cr, 0, w & ~FLAGS, s.toleranceNanos(0), now));
    if (c instanceof MultiCell) {
      long[] lanes = ((MultiCell) c).lanes;
      for (int k = 0; k < lanes.length; k++) t = Math.max(t, laneEarliest(cr, k + 1, lanes[k], s.toleranceNanos(k + 1), now));
    }
    return t;
  }

  /**
   * When lane {@code lane} (arrival time {@code tat}) admits a call asked at {@code now}: a lane
   * with credit left before its reset admits at once; one whose credit is spent, not before the
   * reset; otherwise GCRA.
   */
  private static long laneEarliest(Credit cr, int lane, long tat, long tolerance, long now) {
    long gcra = tat - tolerance;
    if (cr == null || cr.lane != lane || now >= cr.resetAt) return gcra;
    return cr.left > 0 ? now : Math.max(cr.resetAt, gcra);
  }

  /** Books one call at {@code at} in a cell we hold locked; returns its new word and records the token. */
  private static long book(Cell c, long w, long at, Ticket ticket, int i) {
    BucketSpec s = c.table.specOf(c);
    long flag = w & CREDIT;
    long tat = w & ~FLAGS;
    Credit cr = flag != 0 ? c.table.credits.get(c) : null;
    int credited = -1; // the lane this booking spends a credit of, if any
    if (cr != null) {
      if (at < cr.resetAt && cr.left > 0) {
        cr.left--;
        cr.credited++;
        credited = cr.lane;
      } else {
        cr.paced++;
      }
    }
    long next = s.intervalNanos(0) == 0 || credited == 0 ? tat : aligned(Math.max(tat, at) + s.intervalNanos(0));
    if (c instanceof MultiCell) {
      MultiCell m = (MultiCell) c;
      for (int k = 0; k < m.lanes.length; k++) {
        if (credited != k + 1) m.lanes[k] = Math.max(m.lanes[k], at) + s.intervalNanos(k + 1);
      }
      ++m.seq;
    }
    if (cr != null) {
      ticket.booked(i, creditToken(cr));
    } else {
      ticket.booked(i, c instanceof MultiCell ? ((MultiCell) c).seq : next);
    }
    return next | flag;
  }

  /**
   * Sets the lock bit of every cell on the ticket, recording their words; a forgotten cell is
   * replaced on the ticket by a live one. If a lock is held elsewhere, releases ours and retries.
   */
  private void lockAll(Ticket ticket, long[] words, long now) {
    int n = ticket.size();
    if (n > 1 && duplicates(ticket)) throw new IllegalStateException("a ticket names one bucket twice: " + ticket);
    int spins = 0;
    outer:
    while (true) {
      for (int i = 0; i < n; i++) {
        Cell c = (Cell) ticket.bucket(i);
        long w = c.word;
        boolean taken = (w & LOCK) == 0 && WORD.compareAndSet(c, w, w | LOCK);
        if (!taken) {
          for (int j = i - 1; j >= 0; j--) WORD.setVolatile((Cell) ticket.bucket(j), words[j]);
          if (w == TOMBSTONE) {
            ticket.replace(i, c.table.live(c, now));
          } else {
            spins = backOff(spins);
          }
          continue outer;
        }
        words[i] = w;
      }
      return;
    }
  }

  private static boolean duplicates(Ticket ticket) {
    for (int i = 0; i < ticket.size(); i++) {
      for (int j = i + 1; j < ticket.size(); j++) if (ticket.bucket(i) == ticket.bucket(j)) return true;
    }
    return false;
  }

  private static void unlockAll(Ticket ticket, long[] words) {
    for (int i = ticket.size() - 1; i >= 0; i--) WORD.setVolatile((Cell) ticket.bucket(i), words[i]);
  }

  /** Locks one cell; returns its word, or {@link #TOMBSTONE} (not locked) if it was forgotten. */
  private static long lockOne(Cell c) {
    int spins = 0;
    while (true) {
      long w = c.word;
      if (w == TOMBSTONE) return TOMBSTONE;
      if ((w & LOCK) == 0 && WORD.compareAndSet(c, w, w | LOCK)) return w;
      spins = backOff(spins);
    }
  }

  private static int backOff(int spins) {
    if (spins < 64) {
      Thread.onSpinWait();
    } else {
      Thread.yield();
    }
    return spins + 1;
  }

  /** {@code t} rounded up to a multiple of 4, so a word's two low bits stay free for flags. */
  private static long aligned(long t) {
    return t + ((-t) & 3L);
  }

  private static long saturatedAdd(long a, long b) {
    long r = a + b;
    return ((a ^ r) & (b ^ r)) < 0 ? (a > 0 ? Long.MAX_VALUE / 4 : Long.MIN_VALUE / 4) : Math.min(r, Long.MAX_VALUE / 4);
  }

  private static long saturatedMul(long a, long b) {
    long hi = Math.multiplyHigh(a, b);
    long lo = a * b;
    if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return lo;
    return a > 0 == b > 0 ? Long.MAX_VALUE / 4 : Long.MIN_VALUE / 4;
  }

  // ------------------------------------------------------------------------- forgetting

  /**
   * When the store is full, forgets idle cells down to three quarters of the bound. While it
   * stays full of live cells, it scans again at most every {@link #SCAN_GAP_NANOS}.
   */
  private void maybeScan(long now) {
    if (held.get() < maxBuckets) return;
    synchronized (this) {
      if (held.get() < maxBuckets) return;
      if (scanned && now - lastScanNanos < SCAN_GAP_NANOS) return;
      scanned = true;
      lastScanNanos = now;
      int target = maxBuckets - maxBuckets / 4;
      for (Table t : tables) {
        if (held.get() <= target) break;
        t.forgetIdle(now, target);
      }
      // Room is back only when the scan freed a quarter: no overflow on-off per insert at the bound.
      if (held.get() <= target) for (Table t : tables) t.overflowing = false;
    }
  }

  /** The first slot to probe for hash {@code h} in slots of {@code mask + 1}: the hash's bits mixed, so close hashes spread. */
  static int home(int h, int mask) {
    int x = h * 0x9E3779B9;
    return (x ^ (x >>> 16)) & mask;
  }

  /** A table's slots: the cells, and each cell's hash beside it (for a slot holding {@link #GONE}, the forgotten cell's). */
  static final class Slots {
    final Cell[] cells;
    final int[] hashes;

    Slots(int n) {
      this.cells = new Cell[n];
      this.hashes = new int[n];
    }
  }

  /** One rule's buckets. */
  final class Table implements BucketTable {
    final BucketSpec spec;
    final String keyPrefix;
    final String keySuffix;
    /**
     * The cells by scope, open addressing with linear probing: a slot holds a cell (which carries
     * its scope), {@link #GONE} or null, and beside it its cell's hash, so a probe touches no cell
     * but the one it finds. Read without locks; changed only under this table's monitor, and
     * replaced by larger (or smaller) arrays there, so a reader holding older arrays may miss a
     * key but never sees a wrong one: a miss is settled under the monitor.
     */
    private volatile Slots slots = new Slots(MIN_SLOTS);
    /** Slots holding a cell or {@link #GONE} ({@code used}), and slots holding a cell ({@code live}); guarded by this. */
    private int used;
    private int live;
    private final Set<Cell> kept = ConcurrentHashMap.newKeySet();
    /** Pauses that may still last, by cell; read by confirm only. */
    final Map<Cell, Long> pauses = new ConcurrentHashMap<>();
    /** Credits granted by the server, by cell (flagged in the cell's word); guarded by the cell's lock bit. */
    final Map<Cell, Credit> credits = new ConcurrentHashMap<>();
    /** Learned specs, by cell. */
    private final Map<Cell, BucketSpec> learned = new ConcurrentHashMap<>();
    private volatile boolean anyLearned;
    private volatile Cell overflow;
    private volatile boolean overflowing;

    Table(BucketSpec spec, String keyPrefix, String keySuffix) {
      this.spec = spec;
      this.keyPrefix = keyPrefix;
      this.keySuffix = keySuffix;
    }

    @Override
    public BucketSpec spec() {
      return spec;
    }

    @Override
    public boolean overflowing() {
      return overflowing;
    }

    @Override
    public Bucket bucket(String scope, boolean keep, long now) {
      Cell c = find(slots, scope);
      if (c != null && c.word != TOMBSTONE) return c;
      return create(scope, keep, now);
    }

    @Override
    public Bucket find(String scope) {
      Cell c = find(slots, scope);
      return c != null && c.word != TOMBSTONE ? c : null;
    }

    /** The cell of {@code scope} in {@code s}, or null; no lock, nothing allocated. */
    private Cell find(Slots s, String scope) {
      int h = scope.hashCode();
      long packed = Cell.pack(scope);
      Cell[] cells = s.cells;
      int[] hashes = s.hashes;
      int mask = cells.length - 1;
      int i = home(h, mask);
      for (int probes = 0; probes <= mask; probes++) {
        Cell c = (Cell) SLOT.getAcquire(cells, i);
        if (c == null) return null;
        // The hash was written before the cell was released into its slot, so it is visible here.
        if (hashes[i] == h && c != GONE && c.hasScope(scope, packed)) return c;
        i = (i + 1) & mask;
      }
      return null;
    }

    /** Puts {@code fresh}, whose scope has no cell, into the slots; under this table's monitor. */
    private void insert(Cell fresh) {
      Slots s = slots;
      if ((used + 1) * 4L > s.cells.length * 3L) s = rebuild(live + 1);
      Cell[] cells = s.cells;
      int mask = cells.length - 1;
      int i = home(fresh.hash, mask);
      for (int probes = 0; probes <= mask; probes++) {
        Cell c = cells[i];
        if (c == null || c == GONE) {
          if (c == null) used++;
          live++;
          s.hashes[i] = fresh.hash;
          SLOT.setRelease(cells, i, fresh);
          return;
        }
        i = (i + 1) & mask;
      }
      throw new IllegalStateException("no free slot in " + cells.length); // unreachable: at most 3/4 are used
    }

    /**
     * Copies the live cells into a new array with room for {@code cells} at half load or less
     * (dropping every {@link #GONE}), and publishes it; under this table's monitor.
     */
    private Slots rebuild(int cells) {
      int n = MIN_SLOTS;
      while (n < cells * 2L && n < (1 << 30)) n <<= 1;
      Cell[] old = slots.cells;
      Slots next = new Slots(n);
      int mask = n - 1;
      for (Cell c : old) {
        if (c == null || c == GONE) continue;
        int i = home(c.hash, mask);
        while (next.cells[i] != null) i = (i + 1) & mask;
        next.cells[i] = c;
        next.hashes[i] = c.hash;
      }
      used = live;
      slots = next; // publishes the filled arrays
      return next;
    }

    /** A live cell for the key of {@code stale}, which was forgotten. */
    Cell live(Cell stale, long now) {
      if (stale.isOverflow()) return stale; // never forgotten
      return (Cell) bucket(stale.scope(), false, now);
    }

    private Cell create(String scope, boolean keep, long now) {
      if (!keep && held.get() >= maxBuckets) {
        maybeScan(now);
        if (held.get() >= maxBuckets) {
          overflowing = true;
          Cell existing = find(slots, scope); // a miss here only charges the overflow cell: slower, never faster
          return existing != null && existing.word != TOMBSTONE ? existing : overflowCell();
        }
      }
      synchronized (this) {
        // Under the monitor the slots are current and hold no forgotten cell.
        Cell raced = find(slots, scope);
        if (raced != null) return raced;
        Cell fresh = newCell(scope);
        insert(fresh);
        held.incrementAndGet();
        if (keep) kept.add(fresh);
        return fresh;
      }
    }

    private Cell newCell(String scope) {
      Cell o = overflow;
      long start = LONG_AGO;
      if (o != null) {
        long w = o.word & ~FLAGS;
        start = Math.max(start, w); // leaving overflow never grants a burst
      }
      Cell c = spec.lanes() > 1 ? new MultiCell(this, scope, spec.lanes() - 1, start) : new Cell(this, scope);
      c.word = start;
      return c;
    }

    private Cell overflowCell() {
      Cell o = overflow;
      if (o != null) return o;
      synchronized (this) {
        if (overflow == null) {
          Cell c = spec.lanes() > 1 ? new MultiCell(this, null, spec.lanes() - 1, LONG_AGO) : new Cell(this, null);
          c.word = LONG_AGO;
          held.incrementAndGet();
          overflow = c;
        }
        return overflow;
      }
    }

    BucketSpec specOf(Cell c) {
      if (!anyLearned) return spec;
      BucketSpec s = learned.get(c);
      return s == null ? spec : s;
    }

    void learn(Cell c, BucketSpec s) {
      if (s.equals(spec)) {
        learned.remove(c);
      } else {
        learned.put(c, s);
        anyLearned = true;
      }
    }

    void notePause(Cell c, long until) {
      pauses.merge(c, until, Math::max);
    }

    /** True when a pause of {@code c} lasts past {@code now}. */
    boolean pausedPast(Cell c, long now) {
      if (pauses.isEmpty()) return false;
      Long until = pauses.get(c);
      if (until == null) return false;
      if (until > now) return true;
      pauses.remove(c, until);
      return false;
    }

    synchronized void forgetIdle(long now, int target) {
      Cell[] s = slots.cells;
      for (int i = 0; i < s.length && held.get() > target; i++) {
        Cell c = s[i];
        if (c == null || c == GONE || (!kept.isEmpty() && kept.contains(c))) continue;
        long w = c.word;
        if ((w & LOCK) != 0 || !WORD.compareAndSet(c, w, w | LOCK)) continue;
        if (isIdle(c, w, now)) {
          WORD.setVolatile(c, TOMBSTONE);
          SLOT.setRelease(s, i, GONE);
          live--;
          pauses.remove(c);
          credits.remove(c);
          held.decrementAndGet();
        } else {
          WORD.setVolatile(c, w);
        }
      }
      // Mostly forgotten: a smaller array, so probes and memory follow the live cells.
      if (s.length > MIN_SLOTS && live * 8L < s.length) rebuild(live);
    }

    /** The length of this table's slot array (tests). */
    synchronized int slotCount() {
      return slots.cells.length;
    }

    private boolean isIdle(Cell c, long w, long now) {
      if ((w & ~FLAGS) > now) return false;
      if ((w & CREDIT) != 0 && credits.get(c).resetAt > now) return false;
      if (c instanceof MultiCell) {
        for (long lane : ((MultiCell) c).lanes) if (lane > now) return false;
      }
      if (anyLearned && learned.containsKey(c)) return false;
      return !pausedPast(c, now);
    }
  }

  /**
   * One bucket with one lane. 40 bytes with compressed references (header, hash, word, a short
   * scope's chars, table, scope); a scope of up to 7 Latin-1 chars (most ids) lives in the cell
   * itself, so finding it reads no other object and it costs nothing more.
   */
  static class Cell implements Bucket {
    /** Marks a cell whose scope is packed into {@link #inline}. */
    private static final Object INLINE = new Object();

    volatile long word;
    final Table table;
    /**
     * The scope value, compact: {@link #INLINE} when it is packed into {@link #inline}; else its
     * Latin-1 bytes when every char fits in one (a {@code byte[]} alone, without the 24-byte
     * {@code String} around it), else the string itself; null for a table's overflow cell.
     */
    private final Object scope;
    /** A short scope's chars, packed by {@link #pack}; 0 when the scope is kept in {@link #scope}. */
    private final long inline;
    /** The scope string's {@link String#hashCode()}, for the table. */
    final int hash;

    Cell(Table table, String scope) {
      this.table = table;
      long packed = scope == null ? 0 : pack(scope);
      this.inline = packed;
      this.scope = scope == null ? null : packed != 0 ? INLINE : compact(scope);
      this.hash = scope == null ? 0 : scope.hashCode();
    }

    /**
     * {@code s} packed into a long when it has 1 to 7 chars, each Latin-1: a char per byte from
     * the lowest, the length in the top byte (so no two such strings pack alike, and none packs
     * to 0); else 0.
     */
    static long pack(String s) {
      int n = s.length();
      if (n == 0 || n > 7) return 0;
      long x = (long) n << 56;
      for (int i = 0; i < n; i++) {
        char ch = s.charAt(i);
        if (ch > 0xFF) return 0;
        x |= (long) ch << (8 * i);
      }
      return x;
    }

    private static Object compact(String scope) {
      int n = scope.length();
      for (int i = 0; i < n; i++) if (scope.charAt(i) > 0xFF) return scope;
      return scope.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** True when this cell's scope is {@code other}, which packs to {@code packedOther}; nothing allocated. */
    final boolean hasScope(String other, long packedOther) {
      // Equal strings pack alike: when either packs, the packed forms decide.
      if (inline != 0 || packedOther != 0) return inline == packedOther;
      Object own = scope;
      if (own instanceof byte[]) {
        byte[] b = (byte[]) own;
        if (b.length != other.length()) return false;
        for (int i = 0; i < b.length; i++) if ((b[i] & 0xFF) != other.charAt(i)) return false;
        return true;
      }
      return other.equals(own);
    }

    /** The scope string (made anew from the compact form); null for an overflow cell. */
    final String scope() {
      Object own = scope;
      if (own == INLINE) {
        int n = (int) (inline >>> 56);
        char[] chars = new char[n];
        for (int i = 0; i < n; i++) chars[i] = (char) ((inline >>> (8 * i)) & 0xFF);
        return new String(chars);
      }
      return own instanceof byte[] ? new String((byte[]) own, StandardCharsets.ISO_8859_1) : (String) own;
    }

    @Override
    public String key() {
      return table.keyPrefix + (scope == null ? "(overflow)" : scope()) + table.keySuffix;
    }

    @Override
    public BucketSpec spec() {
      return table.specOf(this);
    }

    @Override
    public boolean isOverflow() {
      return scope == null;
    }

    @Override
    public String toString() {
      return key();
    }
  }

  /**
   * What the server granted a cell: {@code left} more calls on lane {@code lane} before
   * {@code resetAt}. Guarded by the cell's lock bit; stays with the cell until it is forgotten.
   */
  static final class Credit {
    final int lane;
    /** The lane-0 TAT and the multi-lane sequence when the credit began, to count bookings made before it. */
    final long tatAtCredit;
    final long seqAtCredit;
    long resetAt;
    long left;
    /** Bookings in the cell since the credit began that were paced, and that took a credit (modulo 2^30 in tokens). */
    long paced;
    long credited;

    Credit(int lane, long tatAtCredit, long seqAtCredit) {
      this.lane = lane;
      this.tatAtCredit = tatAtCredit;
      this.seqAtCredit = seqAtCredit;
    }
  }

  /** A bucket with several lanes: lanes after the first, and a change counter, guarded by the word's lock bit. */
  static final class MultiCell extends Cell {
    final long[] lanes;
    long seq;

    MultiCell(Table table, String scope, int extraLanes, long start) {
      super(table, scope);
      this.lanes = new long[extraLanes];
      java.util.Arrays.fill(lanes, start);
    }
  }
}
