package dev.pacer.internal;

import dev.pacer.WaitTooLongException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import kotlin.jvm.JvmClassMappingKt;
import kotlin.jvm.functions.Function0;
import kotlin.reflect.KClass;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.EventListener;
import okhttp3.Request;
import okhttp3.Response;
import okio.Timeout;

/**
 * One call made through {@link PacerCallFactory}. For {@code enqueue()} it moves through
 * waiting for concurrency permits, waiting for its rate slot (on the timer), in flight (on
 * OkHttp's dispatcher) and waiting to retry (on the timer), without ever parking a thread. The
 * callback runs exactly once, on an OkHttp dispatcher thread (see {@link PacerCallFactory#deliver});
 * {@code cancel()} at any stage ends the call promptly and returns every permit.
 */
final class PacerCall implements Call {
  private enum Phase { NEW, WAITING_SLOTS, WAITING_RATE, IN_FLIGHT, WAITING_RETRY, DONE }

  private final PacerCallFactory factory;
  private final Engine engine;
  private final Request request;
  private final AtomicBoolean executed = new AtomicBoolean();
  private final AtomicBoolean delivered = new AtomicBoolean();
  private final Map<Class<?>, Object> tags = new ConcurrentHashMap<>();
  private final List<EventListener> eventListeners = new CopyOnWriteArrayList<>();
  private final Timeout timeout = new Timeout();

  private volatile boolean canceled;
  private volatile Callback callback;
  /** The real call whose response reached the caller; cancel() still reaches its body. */
  private Call answered;
  // Guarded by this.
  private Phase phase = Phase.NEW;
  private Charge charge;
  private boolean holdingSlots;
  private Reservation reservation;
  private ConcurrencyLimiter.AsyncWaiter slotWaiter;
  private PacerCallFactory.Scheduled scheduled;
  private PacerCallFactory.Scheduled slotTimeout;
  private Call inFlight;
  private int attempt = 1;
  private long start;
  private long slotWaitStart;

  PacerCall(PacerCallFactory factory, Request request) {
    this.factory = factory;
    this.engine = factory.engine;
    this.request = request;
  }

  @Override
  public Request request() {
    return request;
  }

  @Override
  public Response execute() throws IOException {
    if (!executed.compareAndSet(false, true)) throw new IllegalStateException("Already Executed");
    Call real = factory.blockingClient.newCall(request);
    for (EventListener l : eventListeners) real.addEventListener(l);
    synchronized (this) {
      inFlight = real;
      phase = Phase.IN_FLIGHT;
    }
    if (canceled) real.cancel();
    try {
      return real.execute();
    } finally {
      synchronized (this) {
        phase = Phase.DONE;
        answered = real;
      }
    }
  }

  @Override
  public void enqueue(Callback responseCallback) {
    if (responseCallback == null) throw new NullPointerException("responseCallback == null");
    if (!executed.compareAndSet(false, true)) throw new IllegalStateException("Already Executed");
    this.callback = responseCallback;
    synchronized (this) {
      this.start = engine.clock().nanoTime();
    }
    factory.pending.add(this);
    if (factory.isClosed()) {
      synchronized (this) {
        phase = Phase.DONE;
      }
      failAsync(closedException());
      return;
    }
    beginAttempt();
  }

  private void beginAttempt() {
    ConcurrencyLimiter.AsyncWaiter w;
    synchronized (this) {
      if (phase == Phase.DONE) return;
      if (canceled) {
        finishCanceledLocked();
        return;
      }
      if (charge == null) charge = engine.classify(request);
      phase = Phase.WAITING_SLOTS;
      slotWaitStart = engine.clock().nanoTime();
      if (!charge.hasSlots()) {
        holdingSlots = false;
        reserveLocked();
        return;
      }
    }
    // Outside our lock: the grant may run at once on this thread, or later on a releasing one.
    w = engine.acquireSlotsAsync(charge, this::onSlots);
    synchronized (this) {
      if (holdingSlots || phase != Phase.WAITING_SLOTS) {
        // Granted at once, or ended meanwhile by close(): withdraw a waiter nobody would use.
        if (!holdingSlots && phase == Phase.DONE) engine.cancelSlots(w);
        return;
      }
      // cancel() or close() may have come while we queued, before they could see the waiter.
      boolean closed = factory.isClosed();
      if (!canceled && !closed) {
        slotWaiter = w;
        slotTimeout = factory.schedule(this::onSlotTimeout, engine.maxWaitNanos());
        if (slotTimeout != null) return;
        slotWaiter = null;
      }
      // If the waiter was granted meanwhile, onSlots runs next and ends the call itself.
      if (engine.cancelSlots(w)) {
        phase = Phase.DONE;
        failAsync(canceled ? new IOException("Canceled") : closedException());
      }
    }
  }

  private void onSlotTimeout() {
    synchronized (this) {
      if (phase != Phase.WAITING_SLOTS || holdingSlots || slotWaiter == null) return;
      if (!engine.cancelSlots(slotWaiter)) return; // granted meanwhile
      String rule = charge.slots.get(0).ruleName;
      Duration maxWait = Duration.ofNanos(engine.maxWaitNanos());
      engine.listener().rejected(charge.endpoint, rule, maxWait);
      phase = Phase.DONE;
    }
    failAsync(new WaitTooLongException(charge.slots.get(0).ruleName, charge.endpoint, Duration.ofNanos(engine.maxWaitNanos()), Duration.ofNanos(engine.maxWaitNanos())));
  }

  private void onSlots() {
    synchronized (this) {
      holdingSlots = true;
      slotWaiter = null;
      if (slotTimeout != null) {
        slotTimeout.cancel(false);
        slotTimeout = null;
      }
      if (phase == Phase.DONE) {
        releaseSlotsLocked();
        return;
      }
      if (canceled) {
        finishCanceledLocked();
        return;
      }
      reserveLocked();
    }
  }

  /** Books the rate slot and schedules the send. Lock held. */
  private void reserveLocked() {
    Reservation r;
    try {
      r = engine.reserve(charge);
    } catch (WaitTooLongException e) {
      releaseSlotsLocked();
      phase = Phase.DONE;
      failAsync(e);
      return;
    }
    reservation = r;
    phase = Phase.WAITING_RATE;
    if (r.waitNanos <= 0) {
      goLocked();
      return;
    }
    scheduled = factory.schedule(this::onGo, r.waitNanos);
    if (scheduled == null) {
      engine.cancel(r);
      reservation = null;
      releaseSlotsLocked();
      phase = Phase.DONE;
      failAsync(closedException());
    }
  }

  private void onGo() {
    synchronized (this) {
      if (phase != Phase.WAITING_RATE) return;
      if (canceled) {
        finishCanceledLocked();
        return;
      }
      goLocked();
    }
  }

  /** Sends the request if the reservation still holds, else books again. Lock held. */
  private void goLocked() {
    Reservation r = reservation;
    if (!engine.confirm(r)) {
      engine.cancel(r);
      reservation = null;
      reserveLocked();
      return;
    }
    engine.reportWait(charge, r, engine.clock().nanoTime() - slotWaitStart);
    Call real = factory.rawClient.newCall(request);
    for (EventListener l : eventListeners) real.addEventListener(l);
    inFlight = real;
    phase = Phase.IN_FLIGHT;
    scheduled = null;
    final Reservation sent = r;
    real.enqueue(new Callback() {
      @Override
      public void onResponse(Call call, Response response) {
        PacerCall.this.onResponse(sent, response);
      }

      @Override
      public void onFailure(Call call, IOException e) {
        PacerCall.this.onFailure(e);
      }
    });
  }

  private void onResponse(Reservation sent, Response response) {
    engine.onResponse(sent, response);
    RetryLogic.Decision d;
    Charge c;
    int att;
    synchronized (this) {
      c = charge;
      att = attempt;
    }
    try {
      d = factory.retry.afterResponse(request, response, att, engine.clock().nanoTime() - start, c.endpoint);
    } catch (IOException e) {
      response.close();
      synchronized (this) {
        releaseSlotsLocked();
        phase = Phase.DONE;
      }
      fail(e);
      return;
    }
    if (d.retry() && !canceled) {
      response.close();
      scheduleRetry(d);
      return;
    }
    Response out;
    synchronized (this) {
      phase = Phase.DONE;
      answered = inFlight;
      inFlight = null;
      if (holdingSlots) {
        holdingSlots = false;
        out = ConcurrencyInterceptor.holdUntilClosed(engine, c, response);
      } else {
        out = response;
      }
    }
    deliverResponse(out);
  }

  private void onFailure(IOException e) {
    RetryLogic.Decision d;
    Charge c;
    int att;
    synchronized (this) {
      releaseSlotsLocked();
      inFlight = null;
      c = charge;
      att = attempt;
      if (canceled) {
        phase = Phase.DONE;
      }
    }
    if (canceled) {
      fail(e);
      return;
    }
    d = factory.retry.afterFailure(request, e, att, engine.clock().nanoTime() - start, c.endpoint);
    if (!d.retry()) {
      synchronized (this) {
        phase = Phase.DONE;
      }
      fail(e);
      return;
    }
    scheduleRetry(d);
  }

  private void scheduleRetry(RetryLogic.Decision d) {
    synchronized (this) {
      releaseSlotsLocked();
      inFlight = null;
      if (canceled) {
        // Cancelled after the attempt ended but before the retry was scheduled: end now, not
        // after the retry delay.
        phase = Phase.DONE;
        failAsync(new IOException("Canceled"));
        return;
      }
      engine.listener().retrying(charge.endpoint, attempt, Duration.ofNanos(d.delayNanos), d.reason);
      attempt++;
      phase = Phase.WAITING_RETRY;
      scheduled = factory.schedule(this::beginAttempt, d.delayNanos);
      if (scheduled == null) {
        phase = Phase.DONE;
        failAsync(closedException());
      }
    }
  }

  @Override
  public void cancel() {
    Call toCancel = null;
    boolean failNow = false;
    synchronized (this) {
      if (canceled) return;
      canceled = true;
      switch (phase) {
        case WAITING_SLOTS:
          if (slotWaiter != null && engine.cancelSlots(slotWaiter)) {
            if (slotTimeout != null) slotTimeout.cancel(false);
            phase = Phase.DONE;
            failNow = true;
          }
          break;
        case WAITING_RATE:
          if (scheduled != null && scheduled.cancel(false)) {
            engine.cancel(reservation);
            reservation = null;
            releaseSlotsLocked();
            phase = Phase.DONE;
            failNow = true;
          }
          break;
        case WAITING_RETRY:
          if (scheduled != null && scheduled.cancel(false)) {
            phase = Phase.DONE;
            failNow = true;
          }
          break;
        case IN_FLIGHT:
          toCancel = inFlight;
          break;
        default:
          // Done, perhaps with a body still streaming: cancelling the real call aborts the read
          // (a reader blocked on the socket gets an IOException), as OkHttp's own cancel() does.
          toCancel = answered;
          break;
      }
    }
    if (toCancel != null) toCancel.cancel();
    if (failNow) failAsync(new IOException("Canceled"));
  }

  /** The factory closed while this call waited on its timer. */
  void failClosed() {
    boolean failNow = false;
    synchronized (this) {
      if (phase == Phase.WAITING_RATE || phase == Phase.WAITING_RETRY || phase == Phase.WAITING_SLOTS) {
        if (phase == Phase.WAITING_RATE && reservation != null) engine.cancel(reservation);
        if (phase == Phase.WAITING_SLOTS && slotWaiter != null) engine.cancelSlots(slotWaiter);
        releaseSlotsLocked();
        phase = Phase.DONE;
        failNow = true;
      }
    }
    if (failNow) failAsync(closedException());
  }

  private void finishCanceledLocked() {
    if (reservation != null && phase == Phase.WAITING_RATE) engine.cancel(reservation);
    reservation = null;
    releaseSlotsLocked();
    phase = Phase.DONE;
    failAsync(new IOException("Canceled"));
  }

  private void releaseSlotsLocked() {
    if (holdingSlots) {
      holdingSlots = false;
      engine.releaseSlots(charge);
    }
  }

  private static IOException closedException() {
    return new IOException("Pacer call factory is closed");
  }

  /**
   * Ends the call with {@code e}, delivered on the factory's delivery lane: safe with a lock held
   * and from any thread, and never runs the callback on the caller's thread.
   */
  private void failAsync(IOException e) {
    Callback cb = claimDelivery();
    if (cb != null) factory.deliver(() -> invokeOnFailure(cb, e));
  }

  /** Ends the call with {@code e} on this thread: an OkHttp dispatcher thread, no lock held. */
  private void fail(IOException e) {
    Callback cb = claimDelivery();
    if (cb != null) invokeOnFailure(cb, e);
  }

  /** The callback if this is the call's one and only outcome, else null. */
  private Callback claimDelivery() {
    if (!delivered.compareAndSet(false, true)) return null;
    factory.pending.remove(this);
    return callback;
  }

  private void invokeOnFailure(Callback cb, IOException e) {
    try {
      cb.onFailure(this, e);
    } catch (RuntimeException t) {
      org.slf4j.LoggerFactory.getLogger("dev.pacer").warn("Callback.onFailure threw", t);
    }
  }

  private void deliverResponse(Response response) {
    Callback cb = claimDelivery();
    if (cb == null) {
      response.close();
      return;
    }
    try {
      cb.onResponse(this, response);
    } catch (IOException e) {
      response.close();
      org.slf4j.LoggerFactory.getLogger("dev.pacer").warn("Callback.onResponse threw", e);
    } catch (RuntimeException t) {
      response.close();
      org.slf4j.LoggerFactory.getLogger("dev.pacer").warn("Callback.onResponse threw", t);
    }
  }

  @Override
  public boolean isExecuted() {
    return executed.get();
  }

  @Override
  public boolean isCanceled() {
    return canceled;
  }

  @Override
  public Timeout timeout() {
    return timeout;
  }

  @Override
  public void addEventListener(EventListener eventListener) {
    eventListeners.add(eventListener);
  }

  @Override
  public <T> T tag(KClass<T> type) {
    return tag(JvmClassMappingKt.getJavaClass(type));
  }

  @Override
  public <T> T tag(Class<? extends T> type) {
    @SuppressWarnings("unchecked")
    T t = (T) tags.get(type);
    return t;
  }

  @Override
  public <T> T tag(KClass<T> type, Function0<? extends T> computeIfAbsent) {
    return tag(JvmClassMappingKt.getJavaClass(type), computeIfAbsent);
  }

  @Override
  public <T> T tag(Class<T> type, Function0<? extends T> computeIfAbsent) {
    @SuppressWarnings("unchecked")
    T t = (T) tags.computeIfAbsent(type, k -> computeIfAbsent.invoke());
    return t;
  }

  @Override
  public Call clone() {
    return new PacerCall(factory, request);
  }

  @Override
  public String toString() {
    return "PacerCall{" + request.method() + " " + request.url().encodedPath() + "}";
  }
}
