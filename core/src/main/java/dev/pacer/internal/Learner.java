package dev.pacer.internal;

import dev.pacer.policy.Rate;
import dev.pacer.store.Bucket;
import dev.pacer.store.BucketSpec;
import dev.pacer.store.Ticket;
import dev.pacer.store.BucketStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Learns, from the server's refusals, the limits nobody declared right, and writes them to the
 * store as learned specs ({@link BucketStore#respec}), so every caller of the bucket (and, with
 * a shared store, every process) paces by them.
 *
 * <h2>A limit nobody declared</h2>
 * A call no rule covers is charged to its host's server-only bucket, which nothing paces until
 * the server refuses. Its admitted answers are counted in a sliding window; on the first 429 the
 * bucket learns a rate of what the server admitted in the last window (the window is the 429's
 * {@code Retry-After}, 1 to 60 s, else 1 s), at {@value #LEARNED_PERCENT}% (the window is
 * stretched; a sliding-window server then sees at most the measured count in any window, with
 * room for a few milliseconds of jitter per call). A 429 for a call sent after the rate was set,
 * a window or more after it, cuts it to {@value #CUT_PERCENT}% (never below a quarter of the first
 * rate); a throttle for a call sent before (still in flight when the rate was set) teaches
 * nothing. Every {@value #PROBE_WINDOWS} windows without a 429 the rate rises by 5% (at least one
 * permit). A 429 asking to come back in under {@value #MIN_WAIT_MILLIS} ms is load shedding, not
 * a limit counted in a window: it teaches nothing.
 *
 * <h2>A limit declared too high, and leaky buckets</h2>
 * On a bucket with a declared rate (a rule that does not learn from headers; those take the
 * server's numbers instead), a 429 for a call sent after the last change means the declared rate
 * is more than the server grants: a 429 with a wait cuts the rate to {@value #CUT_PERCENT}% (never below a
 * quarter of the declared rate); a bare
 * 429 (no wait, no reset: a leaky bucket refusing two calls closer than its interval) widens the
 * spacing margin instead: it doubles (from the default 1% of the period), and is at least
 * {@value #JITTER_ALLOWANCE_NANOS} ns per permit of the period, at most 25% of the period. Every {@value #PROBE_WINDOWS}
 * periods without a 429 the rate rises back by 2% of the declared one, and once it is back, every
 * {@value #MARGIN_WINDOWS} periods the margin halves, until the declared spec holds again.
 *
 * <h2>Why additive increase, multiplicative decrease (and not CUBIC)</h2>
 * AWS SDK v2's adaptive retry mode grows its client-side token bucket's rate along a cubic curve
 * back to the rate of the last throttle, and Netflix's concurrency-limits uses AIMD or gradients
 * on latency. Both are built for signals that are cheap to overshoot. Here an overshoot is a 429
 * that pauses every caller of the bucket for the server's {@code Retry-After}, so the learner
 * starts from a measurement (what the server admitted), cuts hard on a repeat, and probes back
 * slowly and linearly: the target is one window of 429s, then none.
 *
 * <p>Thread-safe; per-bucket state is small and bounded ({@value #MAX_BUCKETS} buckets, then
 * cleared: a bucket then starts learning again from its store spec).
 */
final class Learner {
  static final int CUT_PERCENT = 70;
  /** The share of the measured rate an undeclared bucket is paced at. */
  static final int LEARNED_PERCENT = 97;
  static final int PROBE_WINDOWS = 30;
  static final long MIN_WAIT_MILLIS = 100;
  static final int MARGIN_WINDOWS = 120;
  /**
   * The spacing a bare 429 widens a declared bucket's margin to at least, per call of its period:
   * a millisecond-granular leaky bucket at 10/s refuses a call that arrives 1 ms early, so the
   * margin must cover a few milliseconds of scheduling jitter per interval at once, not after
   * several refusals (at 10/s this is 3% of the period; at 1/s, 0.3%, and the doubling rules).
   */
  static final long JITTER_ALLOWANCE_NANOS = 3_000_000L;
  private static final int MAX_BUCKETS = 4096;
  private static final long SECOND = 1_000_000_000L;
  private static final long MIN_WINDOW = SECOND;
  private static final long MAX_WINDOW = 60 * SECOND;

  /** The name of the server-only spec the classifier gives calls no rule covers. */
  static final String SERVER = "server";

  private final BucketStore store;
  private final ConcurrentHashMap<Bucket, State> states = new ConcurrentHashMap<>();

  Learner(BucketStore store) {
    this.store = store;
  }

  /** What is learned about one bucket; guarded by itself. */
  private static final class State {
    /** The spec the bucket had before anything was learned. */
    final BucketSpec base;
    /** Server-only: the learning window; declared: the shortest period. */
    long windowNanos;
    // A sliding count of admitted answers: this slot and the one before.
    long slotStart;
    long current;
    long previous;
    /** Learned permits per window (0: none yet), and margin (-1: the base's). */
    long permits;
    /** The least the permits are cut to: a quarter of the first learned or the declared ones. */
    long floor = 1;
    /** Cuts since the rate was first learned. */
    int cuts;
    long marginNanos = -1;
    /** When the last change was made: calls sent before it teach nothing. */
    long changedAt = Long.MIN_VALUE;
    /** The last three bare 429s on a declared bucket, newest first. */
    final long[] bareAt = {Long.MIN_VALUE, Long.MIN_VALUE, Long.MIN_VALUE};
    /**
     * Server-only: what the server admitted in the window of the first 429, as counted then plus
     * the late answers since to calls sent before it.
     */
    long admittedAtLearning;

    State(BucketSpec base, long windowNanos, long now) {
      this.base = base;
      this.windowNanos = windowNanos;
      this.slotStart = now;
    }

    void count(long now) {
      long elapsed = now - slotStart;
      if (elapsed >= 2 * windowNanos) {
        previous = 0;
        current = 0;
        slotStart = now;
      } else if (elapsed >= windowNanos) {
        previous = current;
        current = 0;
        slotStart += windowNanos;
      }
      current++;
    }

    /** Admitted answers in the window before {@code now}, estimated from two slots. */
    long admittedInWindow(long now) {
      long elapsed = now - slotStart;
      if (elapsed >= 2 * windowNanos) return 0;
      if (elapsed >= windowNanos) return current; // this slot is the whole window before now
      double weight = 1.0 - (double) elapsed / windowNanos;
      return current + (long) Math.floor(previous * weight);
    }
  }

  /** True for the server-only bucket of a host (no rule covers its calls). */
  static boolean isServerOnly(Bucket b, boolean ruleNamedServer) {
    return !ruleNamedServer && SERVER.equals(b.spec().name());
  }

  /**
   * True when {@link #admitted} would do nothing for any bucket of {@code ticket}: nothing
   * learned anywhere and no server-only bucket on it (which counts what the server admits).
   */
  boolean idleFor(Ticket ticket, boolean ruleNamedServer) {
    if (!states.isEmpty()) return false;
    for (int i = 0; i < ticket.size(); i++) if (isServerOnly(ticket.bucket(i), ruleNamedServer)) return false;
    return true;
  }

  /** An answer the server processed, for a call charged to {@code b}. */
  void admitted(Bucket b, boolean serverOnly, long sentAt, long now) {
    if (!serverOnly && states.isEmpty()) return;
    State st = states.get(b);
    if (st == null) {
      if (!serverOnly) return; // a declared bucket has nothing to learn until refused
      if (states.size() >= MAX_BUCKETS) states.clear();
      st = states.computeIfAbsent(b, k -> new State(k.spec(), MIN_WINDOW, now));
    }
    BucketSpec next;
    synchronized (st) {
      st.count(now);
      if (serverOnly && st.permits > 0 && sentAt < st.changedAt && now - st.changedAt < st.windowNanos) {
        // An answer to a call sent before the rate was learned (within the window before it),
        // arriving after the refusal that taught it: the server admitted it in that window too.
        // Only these are added: answers to calls sent since belong to the next window.
        if (st.cuts == 0 && st.changedAt - sentAt <= st.windowNanos) st.admittedAtLearning++;
        next = st.admittedAtLearning > st.permits && st.cuts == 0 ? raiseTo(st, st.admittedAtLearning) : null;
      } else {
        next = probe(st, serverOnly, now);
      }
    }
    if (next != null) store.respec(b, next);
  }

  private static BucketSpec raiseTo(State st, long permits) {
    st.permits = permits;
    st.floor = Math.max(1, permits / 4);
    return undeclaredSpec(st);
  }

  /**
   * A throttle concerning {@code b}, for a call sent at {@code sentAt}.
   *
   * @param waitMillis the server's wait ({@code Retry-After} or reset), or {@link ServerSignal#ABSENT}
   * @param learnsFromHeaders the bucket's rule takes the server's numbers instead
   */
  void throttled(Bucket b, boolean serverOnly, boolean learnsFromHeaders, long sentAt, long waitMillis, long now) {
    if (!serverOnly && (learnsFromHeaders || b.spec().rates().isEmpty() || b.isOverflow())) return;
    // "Again at once" (a wait under MIN_WAIT_MILLIS) is load shedding, not a limit counted in a window.
    if (waitMillis != ServerSignal.ABSENT && waitMillis < MIN_WAIT_MILLIS) return;
    State st = states.get(b);
    if (st == null) {
      if (states.size() >= MAX_BUCKETS) states.clear();
      BucketSpec spec = b.spec();
      long window = serverOnly ? MIN_WINDOW : spec.rates().get(spec.shortestLane()).period().toNanos();
      st = states.computeIfAbsent(b, k -> new State(spec, window, now));
    }
    BucketSpec next;
    synchronized (st) {
      if (!serverOnly && waitMillis == ServerSignal.ABSENT) {
        st.bareAt[2] = st.bareAt[1];
        st.bareAt[1] = st.bareAt[0];
        st.bareAt[0] = now;
      }
      // Sent before the last change, or within a window of it: it says nothing of the change yet.
      if (sentAt < st.changedAt || (st.permits != 0 && now - st.changedAt < st.windowNanos)) return;
      next = serverOnly ? learnUndeclared(st, waitMillis, now) : adaptDeclared(st, waitMillis == ServerSignal.ABSENT);
      st.changedAt = now;
    }
    if (next != null) store.respec(b, next);
  }

  /**
   * For a bare 429 just seen on declared bucket {@code b}: how many bare 429s (this one included,
   * at most 3) came within one period of it, 0 if nothing was recorded. A first is what a
   * leaky-bucket server answers to a call a little early (a short pause and a wider margin cure
   * it); a second may be the same jitter again; a third within the period means the server's
   * window is spent, and the whole period should pass.
   */
  int bareRefusalsInPeriod(Bucket b) {
    State st = states.get(b);
    if (st == null) return 0;
    synchronized (st) {
      int n = 0;
      while (n < st.bareAt.length && st.bareAt[n] != Long.MIN_VALUE && st.bareAt[0] - st.bareAt[n] <= st.windowNanos) n++;
      return n;
    }
  }

  private static BucketSpec learnUndeclared(State st, long waitMillis, long now) {
    if (st.permits == 0) {
      if (waitMillis != ServerSignal.ABSENT && waitMillis > 0) {
        long window = Math.max(MIN_WINDOW, Math.min(MAX_WINDOW, waitMillis * 1_000_000L));
        if (window != st.windowNanos) {
          // Re-slot the count at the new window length; what was counted stays the estimate.
          long admitted = st.admittedInWindow(now);
          st.windowNanos = window;
          st.previous = 0;
          st.current = admitted;
          st.slotStart = now;
        }
      }
      st.admittedAtLearning = st.admittedInWindow(now);
      st.permits = Math.max(1, st.admittedAtLearning);
      st.floor = Math.max(1, st.permits / 4);
    } else {
      st.permits = Math.max(st.floor, st.permits * CUT_PERCENT / 100);
      st.cuts++;
    }
    return undeclaredSpec(st);
  }

  /**
   * The learned permits over the window stretched to {@value #LEARNED_PERCENT}% of their rate,
   * with no margin of its own: the stretch is the margin. (Stretching the window, not flooring a
   * share of the permits, keeps the rate this close at a few permits per window too.)
   */
  private static BucketSpec undeclaredSpec(State st) {
    long window = st.windowNanos * 100 / LEARNED_PERCENT;
    return BucketSpec.of(SERVER, List.of(Rate.of((int) Math.min(Integer.MAX_VALUE, st.permits), Duration.ofNanos(window))), 0, Duration.ZERO);
  }

  private static BucketSpec adaptDeclared(State st, boolean bare) {
    int lane = st.base.shortestLane();
    long declared = st.base.permits(lane);
    if (st.permits == 0) {
      st.permits = declared;
      st.floor = Math.max(1, declared / 4);
    }
    if (bare) {
      long period = st.base.rates().get(lane).period().toNanos();
      long current = st.marginNanos < 0 ? period / 100 : st.marginNanos;
      long jitterAllowance = JITTER_ALLOWANCE_NANOS * st.base.permits(lane);
      st.marginNanos = Math.min(period / 4, Math.max(jitterAllowance, current * 2));
    } else {
      st.permits = Math.max(st.floor, st.permits * CUT_PERCENT / 100);
    }
    return declaredSpec(st);
  }

  private static BucketSpec declaredSpec(State st) {
    BucketSpec s = st.base.withShortestPermits(st.permits);
    return st.marginNanos < 0 ? s : s.withMarginNanos(st.marginNanos);
  }

  /** After {@link #PROBE_WINDOWS} quiet windows, one step back up; null when nothing changes. */
  private static BucketSpec probe(State st, boolean serverOnly, long now) {
    if (st.permits == 0 || now - st.changedAt < PROBE_WINDOWS * st.windowNanos) return null;
    // A widened margin waits MARGIN_WINDOWS before it narrows: the jitter it absorbs does not go away.
    if (!serverOnly && st.marginNanos >= 0 && st.permits == st.base.permits(st.base.shortestLane())
        && now - st.changedAt < MARGIN_WINDOWS * st.windowNanos) {
      return null;
    }
    st.changedAt = now;
    if (serverOnly) {
      st.permits += Math.max(1, st.permits / 20);
      return undeclaredSpec(st);
    }
    int lane = st.base.shortestLane();
    long declared = st.base.permits(lane);
    st.permits = Math.min(declared, st.permits + Math.max(1, declared / 50));
    if (st.marginNanos >= 0) {
      long period = st.base.rates().get(lane).period().toNanos();
      st.marginNanos = st.marginNanos / 2 <= period / 100 ? -1 : st.marginNanos / 2;
    }
    if (st.permits == declared && st.marginNanos < 0) st.permits = 0; // back to what was declared
    return st.permits == 0 ? st.base : declaredSpec(st);
  }
}
