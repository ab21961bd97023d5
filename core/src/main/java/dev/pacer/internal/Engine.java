package dev.pacer.internal;

import dev.pacer.WaitTooLongException;
import dev.pacer.event.PacerListener;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.time.PacerClock;
import java.time.Duration;
import java.util.List;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The shared state behind one {@link dev.pacer.Pacer}: the buckets, the concurrency caps, and the
 * three operations every call goes through, each owned by a small type: {@link Classifier}
 * (what a request is charged to), the rate operations here (book, confirm, give back; they
 * return how long to wait and never sleep), and {@link Feedback} (what a response says about the
 * limit). One {@link Admission} per call drives them. Thread-safe.
 */
public final class Engine {
  private final RateLimitPolicy policy;
  private final PacerClock clock;
  private final PacerListener listener;
  private final long maxWaitNanos;
  private final Duration maxWait;
  private final BucketStore store;
  private final ConcurrencyLimiter concurrency;
  private final Classifier classifier;
  private final Feedback feedback;
  private final java.util.concurrent.atomic.AtomicInteger callsWaiting = new java.util.concurrent.atomic.AtomicInteger();

  /** An engine whose server pauses are bounded by {@link dev.pacer.RetryConfig#defaults()}'s {@code maxRetryAfter}. */
  public Engine(RateLimitPolicy policy, PacerClock clock, PacerListener listener, Duration maxWait, int maxBuckets) {
    this(policy, clock, listener, maxWait, maxBuckets, dev.pacer.RetryConfig.defaults().maxRetryAfter());
  }

  public Engine(RateLimitPolicy policy, PacerClock clock, PacerListener listener, Duration maxWait, int maxBuckets, Duration maxPause) {
    this.policy = policy;
    this.clock = clock;
    this.listener = new SafeListener(listener);
    this.maxWait = maxWait;
    this.maxWaitNanos = saturatedNanos(maxWait);
    this.concurrency = new ConcurrencyLimiter(clock);
    this.store = new BucketStore(maxBuckets, policy.safetyMargin() == null ? -1 : policy.safetyMargin().toNanos());
    this.classifier = new Classifier(policy.rules(), store, concurrency);
    this.feedback = new Feedback(policy, clock, this.listener, maxPause);
  }

  public RateLimitPolicy policy() {
    return policy;
  }

  public PacerClock clock() {
    return clock;
  }

  public PacerListener listener() {
    return listener;
  }

  public long maxWaitNanos() {
    return maxWaitNanos;
  }

  Duration maxWait() {
    return maxWait;
  }

  /** Works out the buckets and slots {@code request} is charged to. */
  public Charge classify(Request request) {
    return classifier.classify(request, clock.nanoTime());
  }

  /** Buckets held in memory now. */
  public int bucketCount() {
    return store.size();
  }

  /** Calls waiting now, in either driver, for slots, a rate permit or a retry. */
  public int callsWaiting() {
    return callsWaiting.get();
  }

  void waitingChanged(int delta) {
    callsWaiting.addAndGet(delta);
  }

  // ---------------------------------------------------------------- rate permits

  /**
   * Books rate permits for one attempt in every bucket of {@code charge} at once, at the
   * earliest instant all of them admit it, and says how long to wait.
   *
   * @throws WaitTooLongException if the wait would exceed {@code limitNanos}; nothing is booked
   */
  public Reservation reserve(Charge charge, long limitNanos) throws WaitTooLongException {
    while (true) {
      List<RateBucket> bs = charge.rateBuckets;
      int size = bs.size();
      for (int i = 0; i < size; i++) bs.get(i).lock.lock();
      try {
        if (anyRemoved(bs)) {
          charge = refresh(charge);
          continue;
        }
        long now = clock.nanoTime();
        long go = now;
        RateBucket limiting = null;
        long[] earliest = new long[size];
        for (int i = 0; i < size; i++) {
          long e = bs.get(i).earliest(now);
          earliest[i] = e;
          if (e > go) {
            go = e;
            limiting = bs.get(i);
          }
        }
        long wait = go - now;
        String limitingRule = limiting == null ? null : ruleName(limiting);
        if (wait > limitNanos) {
          Duration w = Duration.ofNanos(wait);
          listener.rejected(charge.endpoint, limitingRule, w);
          throw new WaitTooLongException(limitingRule, charge.endpoint, w, Duration.ofNanos(limitNanos));
        }
        // Book now only the buckets that set the wait. The others are booked when the call
        // wakes (confirm), so a call waiting on a slow bucket never holds a fast one.
        long[][] booked = new long[size][];
        int[] epochs = new int[size];
        long[] seqs = new long[size];
        for (int i = 0; i < size; i++) {
          RateBucket b = bs.get(i);
          epochs[i] = b.pauseEpoch;
          if (wait == 0 || earliest[i] >= go) {
            booked[i] = b.book(go);
            seqs[i] = b.bookings;
          }
        }
        return new Reservation(charge, go, wait, booked, epochs, seqs, limitingRule);
      } finally {
        for (int i = size - 1; i >= 0; i--) bs.get(i).lock.unlock();
      }
    }
  }

  private static boolean anyRemoved(List<RateBucket> bs) {
    for (RateBucket b : bs) if (b.removed) return true;
    return false;
  }

  private Charge refresh(Charge charge) {
    return classifier.refresh(charge, clock.nanoTime());
  }

  /** Books with the engine's {@code maxWait}. */
  public Reservation reserve(Charge charge) throws WaitTooLongException {
    return reserve(charge, maxWaitNanos);
  }

  /** Gives back what an abandoned reservation can give back. */
  public void cancel(Reservation r) {
    List<RateBucket> bs = r.charge.rateBuckets;
    for (int i = 0; i < bs.size(); i++) {
      if (r.booked[i] == null) continue;
      RateBucket b = bs.get(i);
      b.lock.lock();
      try {
        b.unbook(r.booked[i]);
        r.booked[i] = null;
      } finally {
        b.lock.unlock();
      }
    }
  }

  /**
   * Called when the wait is over, just before sending: books the buckets that were not booked
   * up front. Returns false, booking nothing more, when a server pause since booking voids the
   * reservation or a bucket cannot admit the call now; the caller then cancels and reserves again.
   */
  public boolean confirm(Reservation r) {
    List<RateBucket> bs = r.charge.rateBuckets;
    int size = bs.size();
    for (int i = 0; i < size; i++) bs.get(i).lock.lock();
    try {
      long now = clock.nanoTime();
      for (int i = 0; i < size; i++) {
        RateBucket b = bs.get(i);
        if (b.removed || b.pauseEpoch != r.epochs[i]) return false;
        if (r.booked[i] == null && b.earliest(now) > now) return false;
      }
      for (int i = 0; i < size; i++) {
        if (r.booked[i] == null) {
          RateBucket b = bs.get(i);
          r.booked[i] = b.book(now);
          r.bookingSeq[i] = b.bookings;
        }
      }
      return true;
    } finally {
      for (int i = size - 1; i >= 0; i--) bs.get(i).lock.unlock();
    }
  }

  /** Reports a wait to the listener (only waits of at least a millisecond are reported). */
  public void reportWait(Charge charge, Reservation r, long waitedNanos) {
    if (waitedNanos >= 1_000_000L) {
      listener.waited(charge.endpoint, r.limitingRule == null ? "server" : r.limitingRule, Duration.ofNanos(waitedNanos));
    }
  }

  private static String ruleName(RateBucket b) {
    return b.rule == null ? "server" : b.rule.name();
  }

  // ---------------------------------------------------------------- concurrency

  /**
   * Takes the charge's concurrency permits now, or queues {@code onGranted} to run (on a
   * releasing thread) when they free up; first come, first served per cap. Maybe at once, on this thread.
   */
  public ConcurrencyLimiter.AsyncWaiter acquireSlotsAsync(Charge charge, Runnable onGranted) {
    return concurrency.acquireAsync(charge.slots, onGranted);
  }

  /** Withdraws a queued async request for permits; true if it had not been granted. */
  public boolean cancelSlots(ConcurrencyLimiter.AsyncWaiter waiter) {
    return concurrency.cancel(waiter);
  }

  /** Returns the charge's concurrency permits. */
  public void releaseSlots(Charge charge) {
    if (!charge.slots.isEmpty()) concurrency.release(charge.slots);
  }

  /** Permits held across all concurrency buckets (for tests and diagnostics). */
  public int permitsInFlight() {
    return concurrency.totalInFlight();
  }

  /** Concurrency caps whose counts are held in memory now: only those with calls in flight. */
  public int concurrencyCapsTracked() {
    return concurrency.trackedCaps();
  }

  /**
   * Reads what {@code response} says about the limit into the charged buckets; see {@link Feedback}.
   */
  ServerOutcome onResponse(Reservation reservation, Response response) {
    return feedback.onResponse(reservation, response);
  }

  /** {@code d} in nanoseconds, saturated: durations beyond about 292 years do not overflow. */
  static long saturatedNanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE / 4;
    }
  }
}
