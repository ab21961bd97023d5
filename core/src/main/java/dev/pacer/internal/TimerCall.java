package dev.pacer.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
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
import org.slf4j.LoggerFactory;

/**
 * One call made through {@link TimerCallFactory}: the async driver of an {@link Admission}. For
 * {@code enqueue()} it follows the admission's steps without parking a thread: a wait becomes a
 * task on the factory's timer (or an early wake-up when concurrency slots free up), a send
 * becomes an OkHttp {@code enqueue()} of the request, and each answer goes back to the
 * admission. {@code execute()} runs the blocking driver over the same engine. The callback runs
 * exactly once, on an OkHttp dispatcher thread; {@code cancel()} at any stage ends the call
 * promptly and returns every permit.
 */
final class TimerCall implements Call {
  private final TimerCallFactory factory;
  private final Engine engine;
  private final Request request;
  private final AtomicBoolean executed = new AtomicBoolean();
  private final AtomicBoolean delivered = new AtomicBoolean();
  private final Map<Class<?>, Object> tags = new ConcurrentHashMap<>();
  private final List<EventListener> eventListeners = new CopyOnWriteArrayList<>();
  private final Timeout timeout = new Timeout();

  private volatile boolean canceled;
  private volatile Callback callback;
  // Guarded by this.
  private Admission admission;
  /** The transmission in flight, or the one whose response reached the caller (cancel() still reaches its body). */
  private Call inFlight;
  /** True while the admission waits; a timer task or wake-up for an older wait finds it changed. */
  private boolean waiting;
  private long waitGeneration;
  private TimerCallFactory.Scheduled scheduled;

  TimerCall(TimerCallFactory factory, Request request) {
    this.factory = factory;
    this.engine = factory.engine;
    this.request = request;
    this.timeout.timeout(factory.rawClient.callTimeoutMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public Request request() {
    return request;
  }

  @Override
  public Response execute() throws IOException {
    if (!executed.compareAndSet(false, true)) throw new IllegalStateException("Already Executed");
    Call real = factory.blockingClient.newCall(request);
    real.timeout().timeout(timeout.timeoutNanos(), TimeUnit.NANOSECONDS);
    for (EventListener l : eventListeners) real.addEventListener(l);
    synchronized (this) {
      inFlight = real;
    }
    if (canceled) real.cancel();
    return real.execute();
  }

  @Override
  public void enqueue(Callback responseCallback) {
    if (responseCallback == null) throw new NullPointerException("responseCallback == null");
    if (!executed.compareAndSet(false, true)) throw new IllegalStateException("Already Executed");
    this.callback = responseCallback;
    factory.pending.add(this);
    if (factory.isClosed()) {
      failAsync(TimerCallFactory.closedException());
      return;
    }
    Admission a = new Admission(engine, factory.retry, request, timeout.timeoutNanos(), this::wake);
    Admission.Step step;
    synchronized (this) {
      admission = a;
      if (canceled) a.cancel();
      step = a.start();
    }
    advance(step, false);
  }

  /**
   * Carries out {@code step}. {@code onDispatcher}: this thread is an OkHttp dispatcher thread
   * with no lock held, where a callback may run directly.
   */
  private void advance(Admission.Step step, boolean onDispatcher) {
    Admission a;
    synchronized (this) {
      a = admission;
      switch (step.kind) {
        case WAIT:
          waiting = true;
          long generation = ++waitGeneration;
          if (scheduled != null) scheduled.cancel(false);
          scheduled = factory.schedule(() -> onTimer(generation), step.untilNanos - engine.clock().nanoTime());
          if (scheduled != null) return;
          // Closed while scheduling: the admission ends here.
          waiting = false;
          a.abort(TimerCallFactory.closedException());
          break;
        case SEND:
          waiting = false;
          send(a);
          return;
        default:
          waiting = false;
          break;
      }
    }
    IOException failure = a.failure();
    if (failure == null) {
      deliverResponse(a.response());
    } else if (onDispatcher) {
      fail(failure);
    } else {
      failAsync(failure);
    }
  }

  /** Starts one transmission. Lock held; OkHttp's enqueue() does not block. */
  private void send(Admission a) {
    Request r = a.request().newBuilder().tag(Admission.class, a).build();
    a.sending(r);
    Call real = factory.rawClient.newCall(r);
    real.timeout().timeout(a.timeoutLeftNanos(), TimeUnit.NANOSECONDS);
    for (EventListener l : eventListeners) real.addEventListener(l);
    inFlight = real;
    real.enqueue(new Callback() {
      @Override
      public void onResponse(Call call, Response response) {
        advance(a.onResponse(response), true);
      }

      @Override
      public void onFailure(Call call, IOException e) {
        advance(a.onFailure(e), true);
      }
    });
  }

  private void onTimer(long generation) {
    Admission.Step step;
    synchronized (this) {
      if (!waiting || generation != waitGeneration) return;
      waiting = false;
      scheduled = null;
      step = admission.resume();
    }
    advance(step, false);
  }

  /** A queued slot request was granted, on the releasing thread: take no lock here, hop to the timer. */
  private void wake() {
    factory.schedule(this::onWake, 0);
  }

  private void onWake() {
    Admission.Step step;
    synchronized (this) {
      if (!waiting) return;
      waiting = false;
      if (scheduled != null) scheduled.cancel(false);
      scheduled = null;
      step = admission.resume();
    }
    advance(step, false);
  }

  @Override
  public void cancel() {
    Call toCancel;
    boolean endedNow = false;
    Admission a;
    synchronized (this) {
      if (canceled) return;
      canceled = true;
      a = admission;
      if (a != null && a.cancel()) {
        endedNow = true;
        waiting = false;
        if (scheduled != null) scheduled.cancel(false);
        scheduled = null;
      }
      // In flight, or done with a body perhaps still streaming: cancelling the transmission
      // aborts it (a reader blocked on the socket gets an IOException), as OkHttp's cancel() does.
      toCancel = endedNow ? null : inFlight;
    }
    if (toCancel != null) toCancel.cancel();
    if (endedNow) failAsync(a.failure());
  }

  /** The factory closed while this call waited on its timer. */
  void failClosed() {
    Admission a;
    synchronized (this) {
      a = admission;
      if (a == null || !a.abort(TimerCallFactory.closedException())) return;
      waiting = false;
      if (scheduled != null) scheduled.cancel(false);
      scheduled = null;
    }
    failAsync(a.failure());
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
      LoggerFactory.getLogger("dev.pacer").warn("Callback.onFailure threw", t);
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
    } catch (IOException | RuntimeException e) {
      response.close();
      LoggerFactory.getLogger("dev.pacer").warn("Callback.onResponse threw", e);
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

  /** The call's whole-call timeout: it bounds every Pacer wait and every transmission. */
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
    return new TimerCall(factory, request);
  }

  @Override
  public String toString() {
    return "TimerCall{" + request.method() + " " + request.url().encodedPath() + "}";
  }
}
