package dev.pacer.internal;

import dev.pacer.RetryConfig;
import java.io.Closeable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import java.io.IOException;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The implementation of {@link dev.pacer.PacedCallFactory}: {@code enqueue()} drives each call's
 * {@link Admission} from one timer thread ({@link TimerCall}), handing each transmission to
 * OkHttp's dispatcher; {@code execute()} runs the blocking driver ({@link PacerInterceptor}).
 * Both drive the same admission over the same engine.
 *
 * <p>Where classification happens: the client's application interceptors shape a request before
 * Pacer classifies it, in both drivers. The blocking driver is the last application interceptor.
 * The async driver admits the request as it was made, then, at its {@link Gate} (the last
 * application interceptor of each transmission), classifies the shaped request again; when that
 * charges other buckets (an interceptor added the credential a rule is scoped by), the
 * admission starts again for them and any remaining wait is taken on that dispatcher thread.
 * Put such data on the request itself (typed clients do) to keep every wait off threads.
 *
 * <p>Lifecycle: the factory owns one daemon timer thread, started on first use. {@link #close()}
 * stops it; calls still waiting then fail with an {@code IOException}. Closing is optional for
 * short programs (the thread is a daemon) and recommended for servers that create many.
 *
 * <p>Callbacks never run on the timer thread (a slow callback would stall every waiting call)
 * nor on the thread that calls {@code cancel()} or {@code close()}: responses and network
 * failures arrive on OkHttp's dispatcher threads as usual, and Pacer's own failures (cancelled,
 * closed, waited too long) are handed to the same dispatcher executor, one at a time.
 */
public final class TimerCallFactory implements dev.pacer.PacedCallFactory {
  private static final AtomicInteger FACTORIES = new AtomicInteger();

  final Engine engine;
  final RetryLogic retry;
  final OkHttpClient rawClient;
  final OkHttpClient blockingClient;
  private final ScheduledThreadPoolExecutor timer;
  final java.util.Set<TimerCall> pending = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final ConcurrentLinkedQueue<Runnable> deliveries = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean draining = new AtomicBoolean();

  /** @param sensitiveHeaders the Pacer's redirect guard, added as a network interceptor to both clients */
  public TimerCallFactory(OkHttpClient client, Engine engine, RetryConfig retryConfig, Interceptor sensitiveHeaders) {
    this.engine = engine;
    this.retry = new RetryLogic(engine, retryConfig, bound -> ThreadLocalRandom.current().nextLong(bound + 1));
    OkHttpClient.Builder raw = client.newBuilder();
    raw.interceptors().removeIf(TimerCallFactory::isPacerInterceptor);
    raw.networkInterceptors().removeIf(TimerCallFactory::isPacerInterceptor);
    raw.addInterceptor(new Gate(engine.policy().idempotencyKeyHeader()));
    raw.addNetworkInterceptor(sensitiveHeaders);
    raw.addNetworkInterceptor(new NoSilentReplayInterceptor());
    this.rawClient = raw.build();
    OkHttpClient.Builder blocking = client.newBuilder();
    blocking.interceptors().removeIf(TimerCallFactory::isPacerInterceptor);
    blocking.networkInterceptors().removeIf(TimerCallFactory::isPacerInterceptor);
    blocking.addInterceptor(new PacerInterceptor(engine, retryConfig));
    blocking.addNetworkInterceptor(sensitiveHeaders);
    blocking.addNetworkInterceptor(new NoSilentReplayInterceptor());
    this.blockingClient = blocking.build();
    String name = "pacer-timer-" + FACTORIES.incrementAndGet();
    this.timer = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
    this.timer.setRemoveOnCancelPolicy(true);
    this.timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
  }

  private static boolean isPacerInterceptor(Interceptor i) {
    return i instanceof PacerInterceptor || i instanceof NoSilentReplayInterceptor || i instanceof Gate
        || i instanceof SensitiveHeadersInterceptor;
  }

  /**
   * The last application interceptor of each async transmission: hands the request, as the
   * application's interceptors shaped it, to its admission ({@link Admission#atGate}), and turns
   * off OkHttp's own connection-failure retry for a request that is not safe to replay.
   */
  static final class Gate implements Interceptor {
    private final String idempotencyKeyHeader;

    Gate(String idempotencyKeyHeader) {
      this.idempotencyKeyHeader = idempotencyKeyHeader;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
      Request shaped = chain.request();
      Chain c = RetryLogic.isReplayable(shaped, idempotencyKeyHeader) ? chain : chain.withRetryOnConnectionFailure(false);
      Admission a = shaped.tag(Admission.class);
      if (a == null) return c.proceed(shaped);
      Admission.Step step = a.atGate(shaped);
      if (step.kind == Admission.Step.Kind.WAIT) step = PacerInterceptor.park(a, step, chain.call());
      if (step.kind != Admission.Step.Kind.SEND) {
        IOException failure = a.failure();
        throw failure != null ? failure : new IOException("Canceled");
      }
      return c.proceed(shaped);
    }
  }

  static IOException closedException() {
    return new IOException("Pacer call factory is closed");
  }

  @Override
  public Call newCall(Request request) {
    return new TimerCall(this, request);
  }

  /** The client async calls go out on (Pacer's blocking interceptors removed). */
  public OkHttpClient client() {
    return rawClient;
  }

  /** Runs {@code task} after {@code delayNanos}; null if the factory is closed. */
  Scheduled schedule(Runnable task, long delayNanos) {
    try {
      if (engine.clock() == dev.pacer.time.PacerClock.system()) {
        ScheduledFuture<?> f = timer.schedule(task, Math.max(0, delayNanos), TimeUnit.NANOSECONDS);
        return f::cancel;
      }
      ClockTask t = new ClockTask(task, engine.clock().nanoTime() + Math.max(0, delayNanos));
      t.hop(0);
      return t;
    } catch (java.util.concurrent.RejectedExecutionException e) {
      return null;
    }
  }

  /** A task on the factory's timer. */
  interface Scheduled {
    /** Stops the task; true if it had not started and now never will. */
    boolean cancel(boolean mayInterruptIfRunning);
  }

  /**
   * A task due when the engine's clock (not the system's) reaches {@code dueNanos}: with a
   * manual or accelerated clock, the timer re-reads it every 20 ms of real time, as the blocking
   * wait does, so async calls run on the same virtual time as everything else. The system clock
   * needs none of this: its tasks are scheduled for their exact delay.
   */
  private final class ClockTask implements Scheduled, Runnable {
    private static final int PENDING = 0;
    private static final int STARTED = 1;
    private static final int CANCELLED = 2;

    private final Runnable task;
    private final long dueNanos;
    private final AtomicInteger state = new AtomicInteger(PENDING);
    private volatile ScheduledFuture<?> next;

    ClockTask(Runnable task, long dueNanos) {
      this.task = task;
      this.dueNanos = dueNanos;
    }

    void hop(long delayNanos) {
      next = timer.schedule(this, delayNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void run() {
      if (state.get() != PENDING) return;
      long left = dueNanos - engine.clock().nanoTime();
      if (left > 0) {
        try {
          hop(Math.min(left, Waits.SLICE_NANOS));
        } catch (RejectedExecutionException closed) {
          // close() fails the waiting call.
        }
        return;
      }
      if (state.compareAndSet(PENDING, STARTED)) task.run();
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      boolean stopped = state.compareAndSet(PENDING, CANCELLED);
      ScheduledFuture<?> f = next;
      if (f != null) f.cancel(false);
      return stopped;
    }
  }

  /**
   * Runs {@code delivery} (a callback) on OkHttp's dispatcher executor: never on the timer, never
   * on the caller's thread, and one at a time, so a burst of failures (a close with thousands of
   * waiting calls) borrows one dispatcher thread rather than one each. If the client's executor
   * is shut down, runs it here.
   */
  void deliver(Runnable delivery) {
    deliveries.add(delivery);
    startDraining();
  }

  private void startDraining() {
    if (!draining.compareAndSet(false, true)) return;
    try {
      rawClient.dispatcher().executorService().execute(this::drainDeliveries);
    } catch (RejectedExecutionException e) {
      drainDeliveries();
    }
  }

  private void drainDeliveries() {
    try {
      for (Runnable r; (r = deliveries.poll()) != null; ) r.run();
    } finally {
      draining.set(false);
      // A delivery added after the last poll but before the reset found the lane busy: take it.
      if (!deliveries.isEmpty()) startDraining();
    }
  }

  boolean isClosed() {
    return timer.isShutdown();
  }

  /** Stops the timer thread. Calls waiting on it fail with an {@code IOException}. */
  @Override
  public void close() {
    for (Runnable r : timer.shutdownNow()) {
      if (r instanceof java.util.concurrent.Future) ((java.util.concurrent.Future<?>) r).cancel(false);
    }
    for (TimerCall call : pending) call.failClosed();
  }
}
