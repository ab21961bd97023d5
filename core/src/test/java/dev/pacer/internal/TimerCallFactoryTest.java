package dev.pacer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pacer.Pacer;
import dev.pacer.RetryConfig;
import dev.pacer.event.PacerListener;
import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.Rule;
import dev.pacer.time.ManualClock;
import dev.pacer.time.PacerClock;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Acceptance tests of {@link TimerCallFactory} over real sockets: cancelling a call in every
 * phase, {@code execute()} pacing and cancelling, and the timer thread's lifecycle.
 */
final class TimerCallFactoryTest {
  /** How soon a cancelled or closed call must reach its callback; generous for a noisy machine. */
  private static final Duration PROMPT = Duration.ofSeconds(1);
  /** How long to wait for something that should simply happen. */
  private static final Duration PATIENCE = Duration.ofSeconds(10);

  /** One call per 10 s, at most 4 in flight: a second call waits long for its rate slot. */
  private static final Rule SLOW = Rule.builder("slow")
      .endpoint("GET /slow")
      .rate(Rate.of(1, Duration.ofSeconds(10)))
      .maxConcurrent(4)
      .build();
  /** One call in flight at a time; the permit lives as long as the response body. */
  private static final Rule STREAMS = Rule.builder("streams").endpoint("GET /stream").maxConcurrent(1).build();
  /** A generous rate and a cap, to see permits come back after a 429. */
  private static final Rule LIMITED = Rule.builder("limited")
      .endpoint("GET /limited")
      .rate(Rate.perSecond(100))
      .maxConcurrent(2)
      .build();
  /** A cap only: no declared rate. */
  private static final Rule DELAYED = Rule.builder("delayed").endpoint("GET /delayed").maxConcurrent(2).build();

  private final MockWebServer server = new MockWebServer();
  private final List<TimerCallFactory> factories = new ArrayList<>();
  private final List<OkHttpClient> clients = new ArrayList<>();

  @BeforeEach
  void startServer() throws IOException {
    server.start();
  }

  @AfterEach
  void tearDown() {
    for (TimerCallFactory f : factories) f.close();
    server.close();
    for (OkHttpClient c : clients) {
      c.dispatcher().executorService().shutdown();
      c.connectionPool().evictAll();
    }
  }

  // ------------------------------------------------------------------ virtual time

  @Test
  void asyncWaitsRunOnTheEnginesClockSoVirtualTimeDrivesThem() throws Exception {
    ManualClock clock = new ManualClock();
    Pacer pacer = pacer(PacerListener.NONE, clock, SLOW);
    TimerCallFactory factory = factory(pacer);
    server.enqueue(ok("first"));
    server.enqueue(ok("second"));

    RecordingCallback first = RecordingCallback.closingBody();
    factory.newCall(get("/slow")).enqueue(first);
    assertEquals(200, first.awaitResponse(PATIENCE).code());
    RecordingCallback second = RecordingCallback.closingBody();
    factory.newCall(get("/slow")).enqueue(second);

    // The second call is due 10 s later on the manual clock, which stands still: real time
    // passing must not send it.
    Thread.sleep(300);
    assertFalse(second.isDone());
    assertEquals(1, server.getRequestCount());

    clock.advance(Duration.ofSeconds(11));
    assertEquals(200, second.awaitResponse(PATIENCE).code());
    assertEquals(2, server.getRequestCount());
  }

  // ------------------------------------------------------------------ cancel, enqueue()

  @Test
  void cancelWhileWaitingForAConcurrencyPermitFailsPromptlyAndReturnsEveryPermit() throws Exception {
    Pacer pacer = pacer(PacerListener.NONE, PacerClock.system(), STREAMS);
    TimerCallFactory factory = factory(pacer);
    server.enqueue(ok("held"));
    server.enqueue(ok("next"));

    RecordingCallback holder = RecordingCallback.keepingBody();
    factory.newCall(get("/stream")).enqueue(holder);
    Response held = holder.awaitResponse(PATIENCE);
    assertEquals(1, pacer.diagnostics().permitsInFlight());

    RecordingCallback waiting = RecordingCallback.closingBody();
    Call call = factory.newCall(get("/stream"));
    call.enqueue(waiting);
    assertFalse(waiting.isDone(), "the second call must wait for the held permit");

    call.cancel();
    waiting.awaitFailure(PROMPT);
    assertTrue(call.isCanceled());

    held.close();
    assertEquals(0, pacer.diagnostics().permitsInFlight());
    assertEquals(1, server.getRequestCount());

    // The withdrawn waiter was not handed the freed permit: the next call gets it.
    RecordingCallback next = RecordingCallback.closingBody();
    factory.newCall(get("/stream")).enqueue(next);
    assertEquals(200, next.awaitResponse(PATIENCE).code());
    assertEquals(0, pacer.diagnostics().permitsInFlight());
    assertEquals(2, server.getRequestCount());
    assertEquals(1, waiting.invocations());
  }

  @Test
  void aCallWaitingForOneCapDoesNotHoldUpCallsUnderAnotherCap() throws Exception {
    Pacer pacer = pacer(PacerListener.NONE, PacerClock.system(), STREAMS, LIMITED);
    TimerCallFactory factory = factory(pacer);
    server.enqueue(ok("held"));
    server.enqueue(ok("other cap"));
    server.enqueue(ok("waited"));

    RecordingCallback holder = RecordingCallback.keepingBody();
    factory.newCall(get("/stream")).enqueue(holder);
    Response held = holder.awaitResponse(PATIENCE);
    RecordingCallback waiting = RecordingCallback.closingBody();
    factory.newCall(get("/stream")).enqueue(waiting);

    // "limited" has free permits: its call must not queue behind the "streams" waiter.
    RecordingCallback other = RecordingCallback.closingBody();
    factory.newCall(get("/limited")).enqueue(other);
    assertEquals(200, other.awaitResponse(Duration.ofSeconds(5)).code());
    assertFalse(waiting.isDone());

    held.close();
    assertEquals(200, waiting.awaitResponse(PATIENCE).code());
    assertEquals(0, pacer.diagnostics().permitsInFlight());
  }

  @Test
  void cancelWhileWaitingForARateSlotFailsPromptlyAndGivesTheSlotBack() throws Exception {
    Pacer pacer = pacer(PacerListener.NONE, PacerClock.system(), SLOW);
    TimerCallFactory factory = factory(pacer);
    server.enqueue(ok("first"));

    RecordingCallback first = RecordingCallback.closingBody();
    factory.newCall(get("/slow")).enqueue(first);
    first.awaitResponse(PATIENCE);

    RecordingCallback waiting = RecordingCallback.closingBody();
    Call call = factory.newCall(get("/slow"));
    call.enqueue(waiting);
    // It holds its concurrency permit while it waits about 10 s for its rate slot.
    assertEquals(1, pacer.diagnostics().permitsInFlight());
    assertFalse(waiting.isDone());

    call.cancel();
    waiting.awaitFailure(PROMPT);
    assertEquals(0, pacer.diagnostics().permitsInFlight());
    assertEquals(1, server.getRequestCount());

    // The booking was given back: the next caller waits one interval, not two.
    Engine engine = engineOf(pacer);
    dev.pacer.store.Ticket next = new dev.pacer.store.Ticket();
    engine.reserve(engine.classify(get("/slow")), next);
    try {
      assertTrue(next.waitNanos() < Duration.ofSeconds(15).toNanos(), () -> "waits " + Duration.ofNanos(next.waitNanos()));
    } finally {
      engine.cancel(next);
    }
  }

  @Test
  void cancelWhileInFlightFailsPromptlyAndReturnsEveryPermit() throws Exception {
    Pacer pacer = pacer(PacerListener.NONE, PacerClock.system(), DELAYED);
    TimerCallFactory factory = factory(pacer);
    server.enqueue(new MockResponse.Builder().body("late").headersDelay(10, TimeUnit.SECONDS).build());

    RecordingCallback callback = RecordingCallback.closingBody();
    Call call = factory.newCall(get("/delayed"));
    call.enqueue(callback);
    assertNotNull(server.takeRequest(PATIENCE.toMillis(), TimeUnit.MILLISECONDS), "the request reaches the server");
    assertEquals(1, pacer.diagnostics().permitsInFlight());

    call.cancel();
    callback.awaitFailure(PROMPT);
    assertEquals(0, pacer.diagnostics().permitsInFlight());
  }

  @Test
  void cancelWhileWaitingToRetryFailsPromptlyAndReturnsEveryPermit() throws Exception {
    CountDownLatch retrying = new CountDownLatch(1);
    PacerListener listener = new PacerListener() {
      @Override
      public void retrying(String endpoint, int attempt, Duration delay, String reason) {
        retrying.countDown();
      }
    };
    Pacer pacer = pacer(listener, PacerClock.system(), LIMITED);
    TimerCallFactory factory = factory(pacer);
    server.enqueue(tooManyRequests("5"));

    RecordingCallback callback = RecordingCallback.closingBody();
    Call call = factory.newCall(get("/limited"));
    call.enqueue(callback);
    assertTrue(retrying.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS), "the 429 is retried after 5 s");

    call.cancel();
    callback.awaitFailure(PROMPT);
    assertEquals(0, pacer.diagnostics().permitsInFlight());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void cancelBeforeEnqueueFailsTheCallWithoutSendingIt() throws Exception {
    Pacer pacer = pacer(PacerListener.NONE, PacerClock.system(), LIMITED);
    TimerCallFactory factory = factory(pacer);

    RecordingCallback callback = RecordingCallback.closingBody();
    Call call = factory.newCall(get("/limited"));
    call.cancel();
    call.enqueue(callback);
    callback.awaitFailure(PROMPT);
    assertEquals(0, pacer.diagnostics().permitsInFlight());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void pacersOwnFailuresAreDeliveredOnOkHttpThreadsNotTheTimerOrTheCaller() throws Exception {
    Pacer pacer = Pacer.builder(RateLimitPolicy.builder("factory-test").rule(SLOW).build())
        .maxWait(Duration.ofSeconds(1))
        .build();
    TimerCallFactory factory = factory(pacer);
    server.enqueue(ok("first"));
    factory.newCall(get("/slow")).enqueue(RecordingCallback.closingBody());

    // Would wait ~10 s, more than maxWait: rejected at once.
    RecordingCallback rejected = RecordingCallback.closingBody();
    factory.newCall(get("/slow")).enqueue(rejected);
    assertInstanceOf(dev.pacer.WaitTooLongException.class, rejected.awaitFailure(PROMPT));
    assertOnOkHttpThread(rejected);

    RecordingCallback canceled = RecordingCallback.closingBody();
    Call call = factory.newCall(get("/stream"));
    call.cancel();
    call.enqueue(canceled);
    canceled.awaitFailure(PROMPT);
    assertOnOkHttpThread(canceled);
  }

  @Test
  void aRejectionIsDeliveredEvenWhenTheFactoryClosesAtOnce() throws Exception {
    Pacer pacer = Pacer.builder(RateLimitPolicy.builder("factory-test").rule(SLOW).build())
        .maxWait(Duration.ofSeconds(1))
        .build();
    server.enqueue(ok("first"));
    for (int i = 0; i < 20; i++) {
      TimerCallFactory factory = factory(pacer);
      if (i == 0) factory.newCall(get("/slow")).execute().close();
      RecordingCallback rejected = RecordingCallback.closingBody();
      factory.newCall(get("/slow")).enqueue(rejected);
      factory.close();
      assertInstanceOf(dev.pacer.WaitTooLongException.class, rejected.awaitFailure(PROMPT));
    }
  }

  // ------------------------------------------------------------------ execute()

  @Test
  void executeIsPacedOnTheSameBucketsAsTheInterceptors() throws Exception {
    Rule paced = Rule.builder("paced").endpoint("GET /paced").rate(Rate.of(2, Duration.ofSeconds(1))).build();
    Pacer pacer = pacer(PacerListener.NONE, PacerClock.system(), paced);
    List<Long> arrivals = recordArrivals();
    OkHttpClient installed = track(pacer.install(new OkHttpClient.Builder()).build());
    // A factory over a client that already has Pacer's interceptors must not charge twice.
    TimerCallFactory factory = factory(pacer, installed);

    long start = System.nanoTime();
    for (int i = 0; i < 4; i++) {
      Call call = i % 2 == 0 ? factory.newCall(get("/paced")) : installed.newCall(get("/paced"));
      try (Response response = call.execute()) {
        assertEquals(200, response.code());
      }
    }
    // 2 per second with the default burst of 1: one call every ~505 ms, whichever way it went.
    long interval = Duration.ofMillis(500).toNanos();
    assertEquals(4, arrivals.size());
    for (int k = 0; k < 4; k++) {
      long since = arrivals.get(k) - start;
      assertTrue(since >= k * interval * 95 / 100, "call " + k + " arrived after " + Duration.ofNanos(since));
    }
  }

  @Test
  void aFactoryOverAnInstalledClientChargesEachCallOnce() throws Exception {
    ManualClock clock = new ManualClock();
    Rule once = Rule.builder("once").endpoint("GET /once").rate(Rate.of(1, Duration.ofSeconds(10))).build();
    Pacer pacer = pacer(PacerListener.NONE, clock, once);
    OkHttpClient installed = track(pacer.install(new OkHttpClient.Builder()).build());
    TimerCallFactory factory = factory(pacer, installed);
    Engine engine = engineOf(pacer);
    server.enqueue(ok("sync"));
    server.enqueue(ok("async"));

    try (Response response = factory.newCall(get("/once")).execute()) {
      assertEquals(200, response.code());
    }
    long oneInterval = bookedWait(engine, "/once");
    assertTrue(oneInterval > Duration.ofSeconds(9).toNanos() && oneInterval < Duration.ofSeconds(11).toNanos(),
        () -> "one call booked, wait " + Duration.ofNanos(oneInterval));

    clock.advanceNanos(oneInterval);
    RecordingCallback callback = RecordingCallback.closingBody();
    factory.newCall(get("/once")).enqueue(callback);
    callback.awaitResponse(PATIENCE);
    assertEquals(oneInterval, bookedWait(engine, "/once"));
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void executeIsCancelledWhileWaitingForARateSlot() throws Exception {
    Pacer pacer = pacer(PacerListener.NONE, PacerClock.system(), SLOW);
    TimerCallFactory factory = factory(pacer);
    server.enqueue(ok("first"));
    try (Response response = factory.newCall(get("/slow")).execute()) {
      assertEquals(200, response.code());
    }

    Call call = factory.newCall(get("/slow"));
    Blocking blocking = Blocking.execute(call);
    blocking.awaitParked(() -> pacer.diagnostics().permitsInFlight() == 1);

    call.cancel();
    assertInstanceOf(IOException.class, blocking.outcome(PROMPT));
    assertEquals(0, pacer.diagnostics().permitsInFlight());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void executeIsCancelledWhileWaitingForAConcurrencyPermit() throws Exception {
    Pacer pacer = pacer(PacerListener.NONE, PacerClock.system(), STREAMS);
    TimerCallFactory factory = factory(pacer);
    server.enqueue(ok("held"));
    Response held = factory.newCall(get("/stream")).execute();
    assertEquals(1, pacer.diagnostics().permitsInFlight());

    Call call = factory.newCall(get("/stream"));
    Blocking blocking = Blocking.execute(call);
    blocking.awaitParked(() -> true);

    call.cancel();
    assertInstanceOf(IOException.class, blocking.outcome(PROMPT));
    held.close();
    assertEquals(0, pacer.diagnostics().permitsInFlight());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void executeTwiceIsRejected() throws Exception {
    Pacer pacer = pacer(PacerListener.NONE, PacerClock.system(), LIMITED);
    TimerCallFactory factory = factory(pacer);
    server.enqueue(ok("once"));
    Call call = factory.newCall(get("/limited"));
    call.execute().close();
    assertThrows(IllegalStateException.class, call::execute);
    assertThrows(IllegalStateException.class, () -> call.enqueue(RecordingCallback.closingBody()));
  }

  // ------------------------------------------------------------------ the timer thread

  @Test
  void timerThreadIsADaemonNamedPacerTimerAndCloseStopsItAndFailsWaitingCalls() throws Exception {
    CountDownLatch retrying = new CountDownLatch(1);
    PacerListener listener = new PacerListener() {
      @Override
      public void retrying(String endpoint, int attempt, Duration delay, String reason) {
        retrying.countDown();
      }
    };
    Pacer pacer = pacer(listener, PacerClock.system(), SLOW, STREAMS, LIMITED);
    Set<Thread> timersBefore = timerThreads();
    TimerCallFactory factory = factory(pacer);
    server.enqueue(ok("slow"));
    server.enqueue(tooManyRequests("5"));
    server.enqueue(ok("held"));

    // Waiting for a rate slot (one per 10 s).
    RecordingCallback first = RecordingCallback.closingBody();
    factory.newCall(get("/slow")).enqueue(first);
    first.awaitResponse(PATIENCE);
    RecordingCallback waitingForRate = RecordingCallback.closingBody();
    factory.newCall(get("/slow")).enqueue(waitingForRate);

    // Waiting to retry (Retry-After: 5).
    RecordingCallback waitingToRetry = RecordingCallback.closingBody();
    factory.newCall(get("/limited")).enqueue(waitingToRetry);
    assertTrue(retrying.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS));

    // Waiting for a concurrency permit held by an open body.
    RecordingCallback holder = RecordingCallback.keepingBody();
    factory.newCall(get("/stream")).enqueue(holder);
    Response held = holder.awaitResponse(PATIENCE);
    RecordingCallback waitingForPermit = RecordingCallback.closingBody();
    factory.newCall(get("/stream")).enqueue(waitingForPermit);

    Set<Thread> started = timerThreads();
    started.removeAll(timersBefore);
    assertEquals(1, started.size(), () -> "new timer threads: " + started);
    Thread timer = started.iterator().next();
    assertTrue(timer.isDaemon());
    assertTrue(timer.getName().matches("pacer-timer-\\d+"), timer.getName());

    factory.close();
    waitingForRate.awaitFailure(PROMPT);
    waitingForPermit.awaitFailure(PROMPT);
    waitingToRetry.awaitFailure(PROMPT);
    timer.join(PROMPT.toMillis());
    assertFalse(timer.isAlive(), "the timer thread stops on close()");

    RecordingCallback afterClose = RecordingCallback.closingBody();
    factory.newCall(get("/limited")).enqueue(afterClose);
    afterClose.awaitFailure(PROMPT);

    held.close();
    assertEquals(0, pacer.diagnostics().permitsInFlight());
    assertEquals(3, server.getRequestCount());
  }

  // ------------------------------------------------------------------ helpers

  private Pacer pacer(PacerListener listener, PacerClock clock, Rule... rules) {
    RateLimitPolicy.Builder policy = RateLimitPolicy.builder("factory-test");
    for (Rule r : rules) policy.rule(r);
    return Pacer.builder(policy.build())
        .listener(listener)
        .clock(clock)
        .maxWait(Duration.ofMinutes(1))
        .retry(RetryConfig.defaults())
        .build();
  }

  /** The engine behind {@code pacer}, reached the way Pacer's own factory reaches it. */
  private Engine engineOf(Pacer pacer) {
    return factory(pacer).engine;
  }

  private TimerCallFactory factory(Pacer pacer) {
    return factory(pacer, track(new OkHttpClient()));
  }

  private TimerCallFactory factory(Pacer pacer, OkHttpClient client) {
    TimerCallFactory f = (TimerCallFactory) pacer.callFactory(client);
    factories.add(f);
    return f;
  }

  private OkHttpClient track(OkHttpClient client) {
    clients.add(client);
    return client;
  }

  private Request get(String path) {
    return new Request.Builder().url(server.url(path)).build();
  }

  private List<Long> recordArrivals() {
    List<Long> arrivals = java.util.Collections.synchronizedList(new ArrayList<>());
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        arrivals.add(System.nanoTime());
        return ok("paced");
      }
    });
    return arrivals;
  }

  private static long bookedWait(Engine engine, String path) throws IOException {
    Request request = new Request.Builder().url("http://localhost" + path).build();
    dev.pacer.store.Ticket r = new dev.pacer.store.Ticket();
    engine.reserve(engine.classify(request), r);
    engine.cancel(r);
    return r.waitNanos();
  }

  private static MockResponse ok(String body) {
    return new MockResponse.Builder().body(body).build();
  }

  private static MockResponse tooManyRequests(String retryAfter) {
    return new MockResponse.Builder().code(429).setHeader("Retry-After", retryAfter).body("slow down").build();
  }

  private static void assertOnOkHttpThread(RecordingCallback callback) {
    String name = callback.thread().getName();
    assertTrue(name.startsWith("OkHttp"), () -> "callback ran on " + name);
  }

  private static Set<Thread> timerThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("pacer-timer-") && t.isAlive())
        .collect(Collectors.toSet());
  }

  /** A call executing on its own thread, so the test can cancel it while it blocks. */
  private static final class Blocking {
    private final Thread thread;
    private final FutureTask<Object> task;

    private Blocking(Call call) {
      this.task = new FutureTask<>(() -> {
        try (Response response = call.execute()) {
          return response;
        } catch (IOException e) {
          return e;
        }
      });
      this.thread = new Thread(task, "blocking-execute");
      thread.setDaemon(true);
    }

    static Blocking execute(Call call) {
      Blocking b = new Blocking(call);
      b.thread.start();
      return b;
    }

    /** Awaits the thread parking (waiting for a permit) with {@code condition} true. */
    void awaitParked(BooleanSupplier condition) throws InterruptedException {
      long deadline = System.nanoTime() + PATIENCE.toNanos();
      while (!(thread.getState() == Thread.State.TIMED_WAITING && condition.getAsBoolean())) {
        if (task.isDone()) fail("execute() returned instead of waiting");
        if (System.nanoTime() > deadline) fail("execute() never parked; state " + thread.getState());
        Thread.sleep(5);
      }
    }

    /** The response or IOException, within {@code timeout}. */
    Object outcome(Duration timeout) throws InterruptedException, ExecutionException {
      try {
        return task.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        thread.interrupt();
        throw new AssertionError("execute() did not end within " + timeout);
      }
    }
  }
}
