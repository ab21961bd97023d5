package dev.pacer.internal;

import dev.pacer.BucketStoreUnavailableException;
import dev.pacer.WaitTooLongException;
import dev.pacer.event.PacerListener;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.store.BucketStore;
import dev.pacer.store.PermitCap;
import dev.pacer.store.PermitLease;
import dev.pacer.store.PermitStore;
import dev.pacer.store.Ticket;
import dev.pacer.time.PacerClock;
import java.time.Duration;
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
  /** Where caps are also counted across processes, or null: counted in this process only. */
  private final PermitStore permits;
  private final Classifier classifier;
  private final Feedback feedback;
  private final Breakers breakers; // null: no circuit breaker
  private final java.util.concurrent.atomic.AtomicInteger callsWaiting = new java.util.concurrent.atomic.AtomicInteger();
  /** Calls holding their local slots while the shared store refuses them, oldest first (shared caps only). */
  private final java.util.concurrent.ConcurrentLinkedQueue<LeaseWaiter> leaseWaiters = new java.util.concurrent.ConcurrentLinkedQueue<>();

  /** A call in its backoff after the shared store refused it. */
  interface LeaseWaiter {
    /** The caps it waits for. */
    java.util.List<ConcurrencyLimiter.Slot> slots();

    /** Asks it to try the store again now; false once it no longer waits. Takes no lock. */
    boolean nudge();
  }

  /** An engine on an in-memory store of {@code maxBuckets}, with server pauses bounded by {@link dev.pacer.RetryConfig#defaults()}'s {@code maxRetryAfter}. */
  public Engine(RateLimitPolicy policy, PacerClock clock, PacerListener listener, Duration maxWait, int maxBuckets) {
    this(policy, clock, listener, maxWait, BucketStore.inMemory(maxBuckets), dev.pacer.RetryConfig.defaults().maxRetryAfter(), null, null);
  }

  /**
   * @param store where the buckets live
   * @param maxPause the longest any server answer may pause a bucket
   * @param credentialKey the key of credential hashes in bucket keys, or null for a random one
   * @param breaker the per-host circuit breakers' config, or null for none
   */
  public Engine(RateLimitPolicy policy, PacerClock clock, PacerListener listener, Duration maxWait,
      BucketStore store, Duration maxPause, byte[] credentialKey,
      io.github.resilience4j.circuitbreaker.CircuitBreakerConfig breaker) {
    this(policy, clock, listener, maxWait, store, maxPause, credentialKey, breaker, null);
  }

  /**
   * @param store where the buckets live
   * @param maxPause the longest any server answer may pause a bucket
   * @param credentialKey the key of credential hashes in bucket keys, or null for a random one
   * @param breaker the per-host circuit breakers' config, or null for none
   * @param permits where concurrency caps are also counted across processes, or null for none
   */
  public Engine(RateLimitPolicy policy, PacerClock clock, PacerListener listener, Duration maxWait,
      BucketStore store, Duration maxPause, byte[] credentialKey,
      io.github.resilience4j.circuitbreaker.CircuitBreakerConfig breaker, PermitStore permits) {
    this.permits = permits;
    this.policy = policy;
    this.clock = clock;
    this.listener = new SafeListener(listener);
    this.maxWait = maxWait;
    this.maxWaitNanos = saturatedNanos(maxWait);
    this.concurrency = new ConcurrencyLimiter(clock);
    this.store = store;
    this.classifier = new Classifier(policy.rules(), policy.safetyMargin(), store, concurrency,
        new Hashing(credentialKey), this.listener, clock);
    this.feedback = new Feedback(policy, clock, this.listener, maxPause, store);
    this.breakers = breaker == null ? null : new Breakers(breaker, clock, this.listener);
  }

  private RetryBudget retryBudget; // guarded by this

  /** The Pacer's retry budget, shared by its drivers; made by the first driver from its config. */
  synchronized RetryBudget retryBudget(int capacity) {
    if (retryBudget == null) retryBudget = new RetryBudget(capacity);
    return retryBudget;
  }

  /** The circuit breaker of {@code host}, or null when none is configured. */
  io.github.resilience4j.circuitbreaker.CircuitBreaker breakerFor(String host) {
    return breakers == null ? null : breakers.forHost(host);
  }

  /** The breakers' registry (bind it to metrics), or null when none is configured. */
  public io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry breakerRegistry() {
    return breakers == null ? null : breakers.registry();
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
    return classifier.classify(request);
  }

  /** Buckets held by the store now. */
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
   * earliest instant all of them admit it, onto {@code ticket} (which says how long to wait).
   * Allocates nothing on a known bucket.
   *
   * @throws WaitTooLongException if the wait would exceed {@code limitNanos}; nothing is booked
   * @throws BucketStoreUnavailableException if the store failed to decide; nothing is booked
   */
  public void reserve(Charge charge, Ticket ticket, long limitNanos) throws WaitTooLongException, BucketStoreUnavailableException {
    reserve(charge, ticket, limitNanos, clock.nanoTime());
  }

  /** {@link #reserve(Charge, Ticket, long)} at {@code now}, a reading of the engine's clock the caller just took. */
  void reserve(Charge charge, Ticket ticket, long limitNanos, long now) throws WaitTooLongException, BucketStoreUnavailableException {
    charge.loadOnto(ticket);
    boolean booked;
    try {
      booked = store.reserve(ticket, now, limitNanos);
    } catch (RuntimeException e) {
      throw storeFailed(charge, e);
    }
    if (booked) return;
    int at = ticket.limitingIndex();
    String rule = at < 0 ? null : ticket.bucket(at).spec().name();
    Duration w = Duration.ofNanos(ticket.waitNanos());
    listener.rejected(charge.endpoint, rule, w);
    throw new WaitTooLongException(rule, charge.endpoint, w, Duration.ofNanos(limitNanos));
  }

  /** Books with the engine's {@code maxWait}. */
  public void reserve(Charge charge, Ticket ticket) throws WaitTooLongException, BucketStoreUnavailableException {
    reserve(charge, ticket, maxWaitNanos);
  }

  /** Gives back what an abandoned reservation can give back. */
  public void cancel(Ticket ticket) {
    store.giveBack(ticket);
  }

  /**
   * Called when the wait is over, just before sending: books the buckets that were not booked
   * up front. Returns false, booking nothing more, when a server pause since booking voids the
   * reservation or a bucket cannot admit the call now; the caller then cancels and reserves again.
   */
  public boolean confirm(Charge charge, Ticket ticket) throws BucketStoreUnavailableException {
    return confirm(charge, ticket, clock.nanoTime());
  }

  /** {@link #confirm(Charge, Ticket)} at {@code now}, a reading of the engine's clock the caller just took. */
  boolean confirm(Charge charge, Ticket ticket, long now) throws BucketStoreUnavailableException {
    try {
      return store.confirm(ticket, now);
    } catch (RuntimeException e) {
      throw storeFailed(charge, e);
    }
  }

  private BucketStoreUnavailableException storeFailed(Charge charge, RuntimeException e) {
    listener.rejected(charge.endpoint, "bucket store", Duration.ZERO);
    return new BucketStoreUnavailableException(charge.endpoint, e);
  }

  /** The departure check right before sending: 0 to go now, else the nanoseconds to wait; see {@link Departures}. */
  long departureWaitNanos(Ticket ticket, long now) {
    return feedback.departures().holdBack(ticket, now);
  }

  /** Reports a wait to the listener (only waits of at least a millisecond are reported). */
  public void reportWait(Charge charge, Ticket ticket, long waitedNanos) {
    if (waitedNanos >= 1_000_000L) {
      int at = ticket.limitingIndex();
      listener.waited(charge.endpoint, at < 0 ? "server" : ticket.bucket(at).spec().name(), Duration.ofNanos(waitedNanos));
    }
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

  /** True when caps are also counted across processes in a {@link PermitStore}. */
  boolean sharesPermits() {
    return permits != null;
  }

  /**
   * Takes one shared permit of each of the charge's caps at once (one store round trip), or
   * none: null when another process holds a cap full. Only when {@link #sharesPermits()}.
   *
   * @throws BucketStoreUnavailableException if the store cannot decide and has no fallback
   */
  PermitLease acquireSharedPermits(Charge charge) throws BucketStoreUnavailableException {
    java.util.LinkedHashMap<String, PermitCap> caps = new java.util.LinkedHashMap<>();
    for (ConcurrencyLimiter.Slot s : charge.slots) caps.putIfAbsent(s.key, PermitCap.of(s.key, s.max));
    try {
      return permits.tryAcquire(java.util.List.copyOf(caps.values()));
    } catch (RuntimeException e) {
      throw storeFailed(charge, e);
    }
  }

  /**
   * Returns a shared lease (a store failure is the store's to absorb: the lease expires), then
   * nudges the oldest call of this process waiting for one of its caps, so a permit freed here
   * goes to a waiter here at once rather than after its backoff.
   */
  void releaseSharedPermits(PermitLease lease) {
    try {
      permits.release(lease);
    } catch (RuntimeException e) {
      org.slf4j.LoggerFactory.getLogger("dev.pacer").warn("PermitStore.release threw; the lease expires on its own", e);
    }
    if (leaseWaiters.isEmpty()) return;
    for (java.util.Iterator<LeaseWaiter> it = leaseWaiters.iterator(); it.hasNext(); ) {
      LeaseWaiter w = it.next();
      if (!wantsAny(w, lease.caps())) continue;
      if (w.nudge()) return;
      it.remove();
    }
  }

  private static boolean wantsAny(LeaseWaiter w, java.util.List<PermitCap> freed) {
    for (ConcurrencyLimiter.Slot s : w.slots()) {
      for (PermitCap c : freed) if (c.key().equals(s.key)) return true;
    }
    return false;
  }

  /** {@code w} waits for the shared store: a release in this process may nudge it. */
  void waitForLease(LeaseWaiter w) {
    leaseWaiters.add(w);
  }

  /** {@code w} waits no more. */
  void leaseWaitOver(LeaseWaiter w) {
    leaseWaiters.remove(w);
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
  ServerOutcome onResponse(Charge charge, Ticket ticket, Response response) {
    return feedback.onResponse(charge, ticket, response, clock.nanoTime());
  }

  /** {@link #onResponse(Charge, Ticket, Response)} with the answer received at {@code now} on the engine's clock. */
  ServerOutcome onResponse(Charge charge, Ticket ticket, Response response, long now) {
    return feedback.onResponse(charge, ticket, response, now);
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
