package dev.pacer.internal;

import dev.pacer.CircuitOpenException;
import dev.pacer.ServerRetryTooLongException;
import dev.pacer.BucketStoreUnavailableException;
import dev.pacer.WaitTooLongException;
import dev.pacer.store.PermitLease;
import dev.pacer.store.Ticket;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.Request;
import okhttp3.Response;

/**
 * One call's way through Pacer, the only place its steps are decided: classify, take the
 * concurrency slots, book the rate permits, wait, confirm, send, read the answer, and then
 * deliver it, retry after a delay, or fail. It never sleeps and never blocks: every method
 * returns a {@link Step} that says what the driver does next (wait until a time or a wake-up,
 * send the request, or stop), and the driver comes back with {@link #resume()}, {@link
 * #onResponse} or {@link #onFailure}. The blocking interceptor parks on those answers; the call
 * factory schedules them on its timer. So both drivers behave the same by construction: the
 * same waits, events, budgets and timeouts.
 *
 * <p>Every terminal path goes through {@link #finish}, which releases what the current phase
 * owns (a queued slot request, held slots, an unconfirmed reservation), so nothing leaks
 * whatever phase a cancel, a timeout or a failure finds the call in.
 *
 * <p>The call's {@code callTimeout} bounds everything: when the deadline passes during any wait
 * the call fails with {@code InterruptedIOException("timeout")}, as OkHttp's own timeout does.
 * Thread-safe: drivers, timers, releasing threads and {@code cancel()} may call in from any
 * thread.
 */
final class Admission {
  /** Where the call stands. Flags (holding slots, waiting) derive from it where they can. */
  enum Phase { NEW, SLOTS, LEASE, RATE, SENDING, RETRY_WAIT, DONE }

  /** What the driver does next. Immutable. */
  static final class Step {
    enum Kind { WAIT, SEND, DONE }

    static final Step SEND = new Step(Kind.SEND, 0);
    static final Step DONE = new Step(Kind.DONE, 0);

    final Kind kind;
    /** For {@link Kind#WAIT}: the clock reading to come back at (a wake-up may come sooner). */
    final long untilNanos;

    private Step(Kind kind, long untilNanos) {
      this.kind = kind;
      this.untilNanos = untilNanos;
    }

    static Step waitUntil(long untilNanos) {
      return new Step(Kind.WAIT, untilNanos);
    }

    @Override
    public String toString() {
      return kind == Kind.WAIT ? "WAIT until " + untilNanos : kind.name();
    }
  }

  private static final long NO_DEADLINE = Long.MAX_VALUE;
  /** The first and the longest pause between two asks of a shared permit store that refused. */
  static final long LEASE_BACKOFF_MIN_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
  static final long LEASE_BACKOFF_MAX_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

  private final Engine engine;
  private final RetryLogic retry;
  /**
   * Woken when a queued slot request is granted, or a shared permit this call waits for is
   * released in this process, on that thread: a {@link Runnable} (the async driver schedules a
   * task) is run, a {@link Thread} (the blocking driver's, parked) is unparked; held as either so
   * the blocking driver allocates no callback per call. It must not block or take a lock a
   * driver may hold while calling in here. It may come after the admission moved on; drivers
   * ignore a wake-up that finds them not waiting.
   */
  private final Object wake;
  private final long callTimeoutNanos;
  /** This call's bookings in the store, reused by every attempt so a decision allocates nothing. */
  private final Ticket ticket = new Ticket();

  // Guarded by this. Every call allocates this object, so it keeps to 72 bytes: what only some
  // calls need (slots, shared leases, a circuit breaker, the async driver's gate) lives in a
  // {@link Rare} made on first use, and the phase, the flags and the attempt count share one int.
  /** When the call started ({@link #start}); its callTimeout ends at {@link #deadline()}. */
  private long startNanos;
  /**
   * In {@link Phase#SLOTS}, {@link Phase#LEASE} and {@link Phase#RATE}: when the attempt began (its
   * waits count against maxWait from there); in {@link Phase#SENDING}: when it went; in {@link
   * Phase#RETRY_WAIT}: when the retry may start.
   */
  private long phaseAtNanos;
  private final Request request;
  private Charge charge;
  /** The phase (bits 0-2), the flags below, and the attempt number (from bit 8). */
  private int bits = ATTEMPT_ONE; // NEW, no flag, attempt 1
  /**
   * Once {@link Phase#DONE}: the response to deliver, or the failure. Volatile, so a driver that
   * got {@link Step#DONE} reads it without taking the lock again.
   */
  private volatile Object outcome;
  private Rare rare;

  private static final int PHASE_MASK = 0x7;
  private static final Phase[] PHASES = Phase.values();
  /** Holding the charge's concurrency slots (and shared lease, if any). */
  private static final int HOLDING_SLOTS = 1 << 3;
  /** The ticket holds an unsent reservation or the sent attempt's bookings. */
  private static final int RESERVED = 1 << 4;
  private static final int CANCELED = 1 << 5;
  /** This attempt's shaped request went through {@link #atGate}. */
  private static final int GATE_PASSED = 1 << 6;
  /** Counted in the engine's calls-waiting gauge. */
  private static final int COUNTED_WAITING = 1 << 7;
  private static final int ATTEMPT_SHIFT = 8;
  private static final int ATTEMPT_ONE = 1 << ATTEMPT_SHIFT;

  /** What only some calls hold. Guarded by the admission. */
  private static final class Rare {
    /** The attempt's queued request for slots, while in {@link Phase#SLOTS}. */
    SlotRequest slotRequest;
    /** The shared permits held with the slots, when the engine shares caps across processes. */
    PermitLease lease;
    /**
     * In {@link Phase#LEASE} after a refusal: registered with the engine, so a release here nudges
     * it; it also holds when to ask the store again.
     */
    LeaseNudge leaseNudge;
    /** The host's circuit breaker while this attempt holds one of its permissions. */
    CircuitBreaker breaker;
    /** The request object the async driver handed to OkHttp for this attempt (see {@link #atGate}). */
    Request sent;
  }

  private Rare rare() {
    Rare r = rare;
    if (r == null) rare = r = new Rare();
    return r;
  }

  private Phase phase() {
    return PHASES[bits & PHASE_MASK];
  }

  private void phase(Phase p) {
    bits = (bits & ~PHASE_MASK) | p.ordinal();
  }

  private boolean is(int flag) {
    return (bits & flag) != 0;
  }

  private void set(int flag, boolean on) {
    bits = on ? bits | flag : bits & ~flag;
  }

  private int attempt() {
    return bits >>> ATTEMPT_SHIFT;
  }

  /**
   * @param request the request as Pacer sees it (after the application's own interceptors, for
   *     the blocking driver)
   * @param callTimeoutNanos the call's whole-call timeout, 0 for none
   * @param wake run when a queued concurrency request is granted, so the driver resumes at once
   */
  Admission(Engine engine, RetryLogic retry, Request request, long callTimeoutNanos, Runnable wake) {
    this(engine, retry, request, callTimeoutNanos, (Object) wake);
  }

  /** An admission whose driver parks {@code parked} while it waits (the blocking driver). */
  static Admission parking(Engine engine, RetryLogic retry, Request request, long callTimeoutNanos, Thread parked) {
    return new Admission(engine, retry, request, callTimeoutNanos, (Object) parked);
  }

  private Admission(Engine engine, RetryLogic retry, Request request, long callTimeoutNanos, Object wake) {
    this.engine = engine;
    this.retry = retry;
    this.request = request;
    this.wake = wake;
    this.callTimeoutNanos = callTimeoutNanos;
  }

  /** Wakes the driver (see {@link #wake}); takes no lock. */
  private void wakeDriver() {
    if (wake instanceof Thread) {
      java.util.concurrent.locks.LockSupport.unpark((Thread) wake);
    } else {
      ((Runnable) wake).run();
    }
  }

  /** The request to send. */
  Request request() {
    return request;
  }

  /** The endpoint label, once classified; safe for logs (no query, no credential). */
  synchronized String endpoint() {
    return charge == null ? request.method() + " (unclassified)" : charge.endpoint;
  }

  /** The response to deliver, once {@link Step#DONE} without a failure. */
  Response response() {
    Object o = outcome;
    return o instanceof Response ? (Response) o : null;
  }

  /** The failure to deliver, once {@link Step#DONE}; null when a response is delivered. */
  IOException failure() {
    Object o = outcome;
    return o instanceof IOException ? (IOException) o : null;
  }

  /** The engine's clock now. */
  long nowNanos() {
    return engine.clock().nanoTime();
  }

  /** Nanoseconds of the call's timeout left at {@code now}, or 0 when it has none. */
  synchronized long timeoutLeftNanos() {
    if (callTimeoutNanos <= 0) return 0;
    return Math.max(1, deadline() - engine.clock().nanoTime());
  }

  // ---------------------------------------------------------------- the steps

  /**
   * Classifies the request and starts the first attempt. The clock is read once here for the
   * call's start, its first booking and its deadline (a call that goes at once reads it again only
   * when its answer arrives).
   */
  synchronized Step start() {
    if (phase() == Phase.DONE) return Step.DONE; // cancelled or closed before it started
    if (phase() != Phase.NEW) throw new IllegalStateException("already started: " + phase());
    if (is(CANCELED)) return finish(null, canceledException());
    startNanos = engine.clock().nanoTime();
    charge = engine.classify(request);
    return beginAttempt(startNanos);
  }

  /**
   * The request as the application's interceptors shaped it, reaching Pacer's gate in the call
   * factory's client just before it goes out: if it is charged to other buckets than the request
   * was admitted for, the admission starts again for the new charge (the earlier permits are
   * given back). Returns {@link Step#SEND} when it may go.
   */
  synchronized Step atGate(Request shaped) {
    if (phase() != Phase.SENDING) return Step.DONE;
    if (rare != null && shaped == rare.sent) return Step.SEND; // no interceptor changed it: same charge, nothing to redo
    // Once per attempt: a later pass (an interceptor following a same-origin redirect) goes on
    // the permits this attempt already spent.
    if (is(GATE_PASSED)) return Step.SEND;
    set(GATE_PASSED, true);
    Charge again = engine.classify(shaped);
    if (again.sameAs(charge)) return Step.SEND;
    releaseSlots();
    if (is(RESERVED)) {
      engine.cancel(ticket);
      set(RESERVED, false);
    }
    charge = again;
    return beginAttempt(engine.clock().nanoTime());
  }

  /** The async driver hands {@code r} (this attempt's request, tagged) to OkHttp. */
  synchronized void sending(Request r) {
    rare().sent = r;
  }

  /** Comes back after a {@link Step.Kind#WAIT}: the time came, or a wake-up. */
  synchronized Step resume() {
    if (phase() == Phase.DONE) return Step.DONE;
    if (is(CANCELED)) return finish(null, canceledException());
    long now = engine.clock().nanoTime();
    if (now >= deadline()) return finish(null, timeoutException());
    switch (phase()) {
      case SLOTS: {
        Rare r = rare;
        if (r.slotRequest.granted()) {
          r.slotRequest = null;
          return slotsGranted(now);
        }
        if (now < slotDeadline()) return waitUntil(slotDeadline());
        if (!r.slotRequest.abandon()) {
          // Granted just now, by a releasing thread.
          r.slotRequest = null;
          return slotsGranted(now);
        }
        r.slotRequest = null;
        return slotWaitTooLong();
      }
      case LEASE: {
        LeaseNudge w = rare.leaseNudge;
        if (now < w.retryAtNanos && !w.nudged.getAndSet(false)) return waitUntil(w.retryAtNanos);
        return acquireLease(now);
      }
      case RATE:
        if (now < ticket.goAtNanos()) return waitUntil(ticket.goAtNanos());
        boolean confirmed;
        try {
          confirmed = engine.confirm(charge, ticket, now);
        } catch (BucketStoreUnavailableException e) {
          engine.cancel(ticket);
          set(RESERVED, false);
          return finish(null, e);
        }
        if (confirmed) return send(now);
        // A server pause since booking voided it, or a bucket has no room now: book again.
        engine.cancel(ticket);
        set(RESERVED, false);
        return reserve(now);
      case RETRY_WAIT:
        if (now < phaseAtNanos) return waitUntil(phaseAtNanos);
        bits += ATTEMPT_ONE;
        return beginAttempt(now);
      case SENDING:
        return Step.SEND;
      default:
        throw new IllegalStateException("resume in phase " + phase());
    }
  }

  /** The attempt's answer. Returns {@link Step#DONE} (deliver or fail) or a retry wait. */
  synchronized Step onResponse(Response answer) {
    if (phase() != Phase.SENDING) {
      answer.close();
      return Step.DONE;
    }
    // The clock is read for an answer that may be retried or timed (an error, a held circuit
    // breaker); a success is delivered as it is, and the feedback reads the time only if it learns.
    boolean mayNeedTime = answer.code() >= 400 || (rare != null && rare.breaker != null);
    long now = mayNeedTime ? engine.clock().nanoTime() : Feedback.NOW_UNREAD;
    ServerOutcome read = engine.onResponse(charge, ticket, answer, now);
    if (!mayNeedTime) now = phaseAtNanos; // unused below for a success (no breaker, no retry, no wait)
    set(RESERVED, false);
    breakerSaw(answer.code(), null, now);
    RetryLogic.Decision d;
    try {
      d = retry.afterResponse(request, answer.code(), read, attempt(), now - startNanos, charge.endpoint);
    } catch (ServerRetryTooLongException e) {
      answer.close();
      return finish(null, e);
    }
    if (d.retry() && !is(CANCELED)) {
      answer.close();
      return retryLater(d, now);
    }
    return finish(answer, null);
  }

  /** The attempt failed before an answer. Returns {@link Step#DONE} or a retry wait. */
  synchronized Step onFailure(IOException e) {
    if (phase() != Phase.SENDING) return Step.DONE;
    set(RESERVED, false);
    long now = engine.clock().nanoTime();
    breakerSaw(0, is(CANCELED) ? null : e, now);
    if (now >= deadline() && !is(CANCELED)) return finish(null, timeoutException(e));
    RetryLogic.Decision d = retry.afterFailure(request, e, is(CANCELED), attempt(), now - startNanos, endpoint());
    if (!d.retry()) return finish(null, e);
    return retryLater(d, now);
  }

  /**
   * Cancels the call. While it waits (for slots, a rate permit, a retry) it ends at once and
   * this returns true: the driver delivers {@link #failure()}. In flight, the driver cancels
   * the transmission and the failure arrives through {@link #onFailure}.
   */
  synchronized boolean cancel() {
    if (is(CANCELED)) return false;
    set(CANCELED, true);
    switch (phase()) {
      case NEW:
      case SLOTS:
      case LEASE:
      case RATE:
      case RETRY_WAIT:
        finish(null, canceledException());
        return true;
      default:
        return false;
    }
  }

  /** Ends the call with {@code e} (the factory closed, the thread was interrupted) unless it already ended. */
  synchronized boolean abort(IOException e) {
    if (phase() == Phase.DONE || phase() == Phase.SENDING) return false;
    finish(null, e);
    return true;
  }

  // ---------------------------------------------------------------- internals (lock held)

  /**
   * Tells the attempt's circuit breaker how it went: a 5xx or a network failure is a failure, a
   * 429 (pacing) or a cancellation is neither, anything else a success.
   */
  private void breakerSaw(int code, IOException failure, long now) {
    CircuitBreaker b = rare == null ? null : rare.breaker;
    if (b == null) return;
    rare.breaker = null;
    long took = Math.max(0, now - phaseAtNanos);
    if (failure != null) {
      b.onError(took, TimeUnit.NANOSECONDS, failure);
    } else if (code >= 500) {
      b.onError(took, TimeUnit.NANOSECONDS, new IOException("HTTP " + code));
    } else if (code == 429 || code == 0) {
      b.releasePermission();
    } else {
      b.onSuccess(took, TimeUnit.NANOSECONDS);
    }
  }

  /** Starts an attempt at {@code now}, a clock reading just taken. */
  private Step beginAttempt(long now) {
    if (rare != null && rare.breaker != null) {
      rare.breaker.releasePermission(); // the gate sent the attempt back: it was not transmitted
      rare.breaker = null;
    }
    phaseAtNanos = now; // the attempt began
    set(GATE_PASSED, false);
    if (!charge.hasSlots()) return reserve(now);
    phase(Phase.SLOTS);
    SlotRequest r = new SlotRequest(charge);
    r.waiter = engine.acquireSlotsAsync(charge, r);
    if (r.granted()) return slotsGranted(now);
    rare().slotRequest = r;
    return waitUntil(slotDeadline());
  }

  /**
   * The local slots are the attempt's: with caps shared across processes, the shared permits
   * come next; otherwise (the default) the rate permits, at no further cost.
   */
  private Step slotsGranted(long now) {
    set(HOLDING_SLOTS, true);
    if (!engine.sharesPermits()) return reserve(now);
    return acquireLease(now);
  }

  /**
   * Asks the shared permit store for the charge's caps, keeping the local slots meanwhile: granted,
   * the rate permits come next; refused (other processes hold a cap), it asks again after a
   * backoff (10 ms doubling to 200 ms) until the slot wait's {@code maxWait} passes.
   */
  private Step acquireLease(long now) {
    phase(Phase.LEASE);
    PermitLease l;
    try {
      l = engine.acquireSharedPermits(charge);
    } catch (BucketStoreUnavailableException e) {
      return finish(null, e);
    }
    if (l != null) {
      rare().lease = l;
      leaseWaitOver();
      return reserve(now);
    }
    if (now >= slotDeadline()) return slotWaitTooLong();
    Rare r = rare();
    LeaseNudge w = r.leaseNudge;
    if (w == null) {
      r.leaseNudge = w = new LeaseNudge(charge.slots);
      engine.waitForLease(w);
    }
    w.backoffNanos = w.backoffNanos == 0
        ? LEASE_BACKOFF_MIN_NANOS
        : Math.min(LEASE_BACKOFF_MAX_NANOS, 2 * w.backoffNanos);
    w.retryAtNanos = Math.min(saturatedAdd(now, w.backoffNanos), slotDeadline());
    return waitUntil(w.retryAtNanos);
  }

  private void leaseWaitOver() {
    LeaseNudge w = rare == null ? null : rare.leaseNudge;
    if (w != null) {
      w.waiting = false;
      engine.leaseWaitOver(w);
      rare.leaseNudge = null;
    }
  }

  /**
   * This call in {@link Phase#LEASE}, as the engine sees it: a release of a shared permit in this
   * process nudges it to ask the store again at once. The nudge runs on the releasing thread and
   * takes no lock of ours: it sets a flag and wakes the driver.
   */
  private final class LeaseNudge implements Engine.LeaseWaiter {
    final java.util.concurrent.atomic.AtomicBoolean nudged = new java.util.concurrent.atomic.AtomicBoolean();
    final java.util.List<ConcurrencyLimiter.Slot> slots;
    volatile boolean waiting = true;
    /** When to ask the shared store again, and the pause before that ask; guarded by the admission. */
    long retryAtNanos;
    long backoffNanos;

    LeaseNudge(java.util.List<ConcurrencyLimiter.Slot> slots) {
      this.slots = slots;
    }

    @Override
    public java.util.List<ConcurrencyLimiter.Slot> slots() {
      return slots;
    }

    @Override
    public boolean nudge() {
      if (!waiting) return false;
      nudged.set(true);
      wakeDriver();
      return true;
    }
  }

  /** When the attempt's wait for its slots (local and shared) runs out: {@code maxWait} after it began. */
  private long slotDeadline() {
    return saturatedAdd(phaseAtNanos, engine.maxWaitNanos()); // the attempt began at phaseAtNanos
  }

  /** The slots (local or shared) were not granted within {@code maxWait}: fails unsent. */
  private Step slotWaitTooLong() {
    String rule = charge.slots.get(0).ruleName;
    Duration maxWait = engine.maxWait();
    engine.listener().rejected(charge.endpoint, rule, maxWait);
    return finish(null, new WaitTooLongException(rule, charge.endpoint, maxWait, maxWait));
  }

  /**
   * One queued request for slots. The grant runs on whichever thread frees them and takes no
   * lock of ours: it only flips the state and wakes the driver; an abandoned request hands the
   * slots straight back.
   */
  private final class SlotRequest implements Runnable {
    private static final int WAITING = 0;
    private static final int GRANTED = 1;
    private static final int ABANDONED = 2;

    private final java.util.concurrent.atomic.AtomicInteger state = new java.util.concurrent.atomic.AtomicInteger(WAITING);
    private final Charge forCharge;
    ConcurrencyLimiter.AsyncWaiter waiter;

    SlotRequest(Charge forCharge) {
      this.forCharge = forCharge;
    }

    @Override
    public void run() {
      if (state.compareAndSet(WAITING, GRANTED)) {
        wakeDriver();
      } else {
        engine.releaseSlots(forCharge);
      }
    }

    boolean granted() {
      return state.get() == GRANTED;
    }

    /** Withdraws the request; false if it was granted first (the caller then holds the slots). */
    boolean abandon() {
      if (!state.compareAndSet(WAITING, ABANDONED)) return false;
      engine.cancelSlots(waiter); // if the grant raced us, run() sees ABANDONED and gives them back
      return true;
    }
  }

  /** Books the rate permits; the wait for them counts against maxWait with the slot wait. */
  private Step reserve(long now) {
    phase(Phase.RATE);
    long limit = Math.max(0, engine.maxWaitNanos() - (now - phaseAtNanos)); // since the attempt began
    try {
      engine.reserve(charge, ticket, limit, now);
    } catch (WaitTooLongException | BucketStoreUnavailableException e) {
      return finish(null, e);
    }
    set(RESERVED, true);
    if (ticket.waitNanos() <= 0) return send(now);
    return waitUntil(ticket.goAtNanos());
  }

  private Step send(long now) {
    // A call about to leave too soon after a late predecessor waits the difference (still booked, in RATE).
    long departure = engine.departureWaitNanos(ticket, now);
    if (departure > 0) return waitUntil(now + departure);
    CircuitBreaker b = engine.breakerFor(request.url().host());
    if (b != null) {
      if (!b.tryAcquirePermission()) {
        long waitMillis = b.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState().apply(1);
        engine.listener().rejected(charge.endpoint, "circuit breaker", Duration.ofMillis(waitMillis));
        return finish(null, new CircuitOpenException(request.url().host(), charge.endpoint, Duration.ofMillis(waitMillis)));
      }
      rare().breaker = b;
    }
    notWaiting();
    engine.reportWait(charge, ticket, now - phaseAtNanos); // waited since the attempt began
    phaseAtNanos = now; // when it went
    phase(Phase.SENDING);
    return Step.SEND;
  }

  private Step retryLater(RetryLogic.Decision d, long now) {
    releaseSlots();
    engine.listener().retrying(charge.endpoint, attempt(), Duration.ofNanos(d.delayNanos), d.reason);
    phase(Phase.RETRY_WAIT);
    phaseAtNanos = saturatedAdd(now, d.delayNanos); // when the retry may start
    return waitUntil(phaseAtNanos);
  }

  /** When the call's {@code callTimeout} ends (derived, not stored: a call allocates this object). */
  private long deadline() {
    return callTimeoutNanos > 0 ? saturatedAdd(startNanos, callTimeoutNanos) : NO_DEADLINE;
  }

  /** A wait, cut short at the call's deadline (whose expiry {@link #resume} turns into a timeout). */
  private Step waitUntil(long untilNanos) {
    if (!is(COUNTED_WAITING)) {
      set(COUNTED_WAITING, true);
      engine.waitingChanged(1);
    }
    return Step.waitUntil(Math.min(untilNanos, deadline()));
  }

  private void notWaiting() {
    if (is(COUNTED_WAITING)) {
      set(COUNTED_WAITING, false);
      engine.waitingChanged(-1);
    }
  }

  /**
   * The one exit: releases what the phase owns, then records the outcome. A delivered response
   * keeps the concurrency slots until its body is closed.
   */
  private Step finish(Response answer, IOException e) {
    if (phase() == Phase.DONE) return Step.DONE;
    notWaiting();
    Rare r = rare;
    if (r != null) {
      if (r.breaker != null) {
        r.breaker.releasePermission();
        r.breaker = null;
      }
      if (r.slotRequest != null) {
        if (!r.slotRequest.abandon()) set(HOLDING_SLOTS, true); // granted meanwhile
        r.slotRequest = null;
      }
      leaseWaitOver();
    }
    if (is(RESERVED) && phase() == Phase.RATE) engine.cancel(ticket);
    set(RESERVED, false);
    if (answer != null && is(HOLDING_SLOTS)) {
      set(HOLDING_SLOTS, false);
      answer = holdUntilClosed(answer);
    } else {
      releaseSlots();
    }
    phase(Phase.DONE);
    outcome = e != null ? e : answer;
    return Step.DONE;
  }

  private void releaseSlots() {
    if (is(HOLDING_SLOTS)) {
      set(HOLDING_SLOTS, false);
      releaseBoth(engine, charge, takeLease());
    }
  }

  /** The shared lease this call holds, now the caller's to return; null when none. */
  private PermitLease takeLease() {
    Rare r = rare;
    if (r == null) return null;
    PermitLease l = r.lease;
    r.lease = null;
    return l;
  }

  /**
   * Returns the shared lease (if any) first, then the local slots: a local waiter they go to
   * then finds the shared permits free too.
   */
  private static void releaseBoth(Engine engine, Charge held, PermitLease l) {
    if (l != null) engine.releaseSharedPermits(l);
    engine.releaseSlots(held);
  }

  /** {@code answer} with a body that returns the charge's slots (and shared lease) when closed or read to the end. */
  private Response holdUntilClosed(Response answer) {
    Engine engine = this.engine;
    Charge held = charge;
    PermitLease l = takeLease();
    okhttp3.ResponseBody body = answer.body();
    if (body == null) {
      releaseBoth(engine, held, l);
      return answer;
    }
    return answer.newBuilder().body(new ReleasingResponseBody(body, () -> releaseBoth(engine, held, l))).build();
  }

  private static IOException canceledException() {
    return new IOException("Canceled");
  }

  private static InterruptedIOException timeoutException() {
    return new InterruptedIOException("timeout");
  }

  private static InterruptedIOException timeoutException(IOException cause) {
    InterruptedIOException e = timeoutException();
    e.initCause(cause);
    return e;
  }

  private static long saturatedAdd(long a, long b) {
    long r = a + b;
    return ((a ^ r) & (b ^ r)) < 0 ? Long.MAX_VALUE : r;
  }

  @Override
  public synchronized String toString() {
    return "Admission{" + endpoint() + ", " + phase() + ", attempt " + attempt() + "}";
  }
}
