package dev.pacer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.Rule;
import dev.pacer.policy.Scope;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The throttle and concurrency interceptors over real sockets. */
final class InterceptorsTest {
  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Waits until {@code t} is parked in Pacer's wait (the machine may be slow to start it). */
  private static void awaitParked(Thread t) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (t.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertEquals(Thread.State.TIMED_WAITING, t.getState(), "the call never started waiting");
    Thread.sleep(50);
  }

  /** Counts requests per fixed, epoch-aligned 1-second window and answers 429 above the limit. */
  private static final class FixedWindowDispatcher extends Dispatcher {
    final int limit;
    final Map<Long, AtomicInteger> windows = new ConcurrentHashMap<>();
    final AtomicInteger rejected = new AtomicInteger();

    FixedWindowDispatcher(int limit) {
      this.limit = limit;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      long window = System.currentTimeMillis() / 1000;
      int n = windows.computeIfAbsent(window, k -> new AtomicInteger()).incrementAndGet();
      if (n > limit) {
        rejected.incrementAndGet();
        return new MockResponse.Builder().code(429).body("slow down").build();
      }
      return new MockResponse.Builder().code(200).body("ok").build();
    }
  }

  @Test
  void sixteenThreadsAgainstAFixedWindowServerNeverSeeA429() throws Exception {
    FixedWindowDispatcher dispatcher = new FixedWindowDispatcher(20);
    server.setDispatcher(dispatcher);
    RateLimitPolicy policy = RateLimitPolicy.builder("fixed-window")
        // Generous margin: this test runs on a shared, noisy machine where a request can reach
        // the server tens of milliseconds after it was admitted.
        .safetyMargin(Duration.ofMillis(100))
        .rule("items", "GET /items/{id}", Rate.perSecond(20))
        .build();
    Pacer pacer = Pacer.builder(policy).retry(RetryConfig.disabled()).build();
    OkHttpClient client = pacer.install(new OkHttpClient.Builder()).build();
    AtomicInteger seen429 = new AtomicInteger();
    AtomicInteger ok = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < 16; t++) {
      int thread = t;
      futures.add(pool.submit(() -> {
        for (int i = 0; i < 6; i++) {
          Request req = new Request.Builder().url(server.url("/items/" + thread + "-" + i)).build();
          try (Response resp = client.newCall(req).execute()) {
            if (resp.code() == 429) seen429.incrementAndGet();
            if (resp.code() == 200) ok.incrementAndGet();
          }
        }
        return null;
      }));
    }
    for (Future<?> f : futures) f.get(60, TimeUnit.SECONDS);
    pool.shutdown();
    assertEquals(0, seen429.get(), "429s seen; per-window counts: " + dispatcher.windows);
    assertEquals(96, ok.get());
    assertEquals(0, dispatcher.rejected.get());
  }

  @Test
  void aCallUnderAccountApplicationAndConcurrencyRulesProceedsOnlyWhenAllAdmit() throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        Thread.sleep(30); // the server takes a while, so calls overlap
        return new MockResponse.Builder().body("ok").build();
      }
    });
    RateLimitPolicy policy = RateLimitPolicy.builder("multi")
        .rule(Rule.builder("app").otherwise().shared().rate(Rate.perSecond(400)).build())
        .rule(Rule.builder("account").otherwise().shared().scope(Scope.credential("Authorization")).rate(Rate.perSecond(400)).build())
        .rule(Rule.builder("account-concurrency").endpoint("GET /messages").scope(Scope.credential("Authorization")).maxConcurrent(2).build())
        .build();
    Pacer pacer = Pacer.builder(policy).build();
    OkHttpClient client = pacer.install(new OkHttpClient.Builder()).build();
    AtomicInteger inFlightA = new AtomicInteger();
    AtomicInteger peakA = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      String token = t % 2 == 0 ? "Bearer account-A" : "Bearer account-B";
      futures.add(pool.submit(() -> {
        for (int i = 0; i < 5; i++) {
          Request req = new Request.Builder().url(server.url("/messages")).header("Authorization", token).build();
          Call call = client.newCall(req);
          try (Response resp = call.execute()) {
            if (token.endsWith("A")) {
              int now = inFlightA.incrementAndGet();
              peakA.accumulateAndGet(now, Math::max);
            }
            resp.body().string();
          } finally {
            if (token.endsWith("A")) inFlightA.decrementAndGet();
          }
        }
        return null;
      }));
    }
    for (Future<?> f : futures) f.get(60, TimeUnit.SECONDS);
    pool.shutdown();
    assertTrue(peakA.get() <= 2, "account A had " + peakA.get() + " calls holding a permit at once");
    assertEquals(40, server.getRequestCount());
    assertEquals(0, pacer.diagnostics().permitsInFlight());
  }

  @Test
  void anOpenStreamedBodyHoldsItsPermitAndClosingReleasesIt() throws Exception {
    server.enqueue(new MockResponse.Builder().body("first").build());
    server.enqueue(new MockResponse.Builder().body("second").build());
    RateLimitPolicy policy = RateLimitPolicy.builder("streams")
        .rule(Rule.builder("stream").endpoint("GET /stream").maxConcurrent(1).build())
        .build();
    Pacer pacer = Pacer.builder(policy).maxWait(Duration.ofMillis(300)).build();
    OkHttpClient client = pacer.install(new OkHttpClient.Builder()).build();
    Request req = new Request.Builder().url(server.url("/stream")).build();
    Response open = client.newCall(req).execute();
    assertEquals(1, pacer.diagnostics().permitsInFlight());
    WaitTooLongException e = assertThrows(WaitTooLongException.class, () -> client.newCall(req).execute());
    assertEquals("stream", e.rule());
    open.close();
    assertEquals(0, pacer.diagnostics().permitsInFlight());
    try (Response second = client.newCall(req).execute()) {
      assertEquals("second", second.body().string());
    }
    assertEquals(0, pacer.diagnostics().permitsInFlight());
  }

  @Test
  void aBodyReadToTheEndReleasesItsPermitWithoutClose() throws Exception {
    server.enqueue(new MockResponse.Builder().body("payload").build());
    RateLimitPolicy policy = RateLimitPolicy.builder("p")
        .rule(Rule.builder("c").endpoint("GET /x").maxConcurrent(1).build()).build();
    Pacer pacer = Pacer.builder(policy).build();
    OkHttpClient client = pacer.install(new OkHttpClient.Builder()).build();
    Response resp = client.newCall(new Request.Builder().url(server.url("/x")).build()).execute();
    assertEquals("payload", resp.body().source().readUtf8());
    assertEquals(0, pacer.diagnostics().permitsInFlight());
    resp.close();
    assertEquals(0, pacer.diagnostics().permitsInFlight());
  }

  @Test
  void cancellingAWaitingCallEndsItPromptlyWithAnIOException() throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse.Builder().body("ok").build();
      }
    });
    RateLimitPolicy policy = RateLimitPolicy.builder("slow").rule("slow", "GET /slow", Rate.perMinute(1)).build();
    // maxWait just above the one-minute interval: the second call waits rather than failing fast,
    // and a third waits too only if the cancelled second call gave its booking back.
    Pacer pacer = Pacer.builder(policy).maxWait(Duration.ofSeconds(61)).build();
    OkHttpClient client = pacer.install(new OkHttpClient.Builder()).build();
    Request req = new Request.Builder().url(server.url("/slow")).build();
    client.newCall(req).execute().close();
    Call waiting = client.newCall(req);
    CountDownLatch done = new CountDownLatch(1);
    AtomicInteger failures = new AtomicInteger();
    Thread t = new Thread(() -> {
      try {
        waiting.execute().close();
      } catch (IOException expected) {
        failures.incrementAndGet();
      } finally {
        done.countDown();
      }
    });
    t.start();
    awaitParked(t);
    waiting.cancel();
    assertTrue(done.await(5, TimeUnit.SECONDS), "cancel did not end the wait");
    assertEquals(1, failures.get());
    assertEquals(1, server.getRequestCount());
    // The abandoned booking was given back: the next call waits one interval (and parks), not
    // two (which would fail at once with WaitTooLongException).
    Call third = client.newCall(req);
    List<IOException> thirdFailure = new java.util.concurrent.CopyOnWriteArrayList<>();
    Thread t3 = new Thread(() -> {
      try {
        third.execute().close();
      } catch (IOException e) {
        thirdFailure.add(e);
      }
    });
    t3.start();
    awaitParked(t3);
    third.cancel();
    t3.join(5_000);
    assertEquals(1, thirdFailure.size());
    assertFalse(thirdFailure.get(0) instanceof WaitTooLongException, "booking not returned: " + thirdFailure.get(0));
  }

  @Test
  void anInterruptEndsTheWaitAndStaysSet() throws Exception {
    server.enqueue(new MockResponse.Builder().body("ok").build());
    RateLimitPolicy policy = RateLimitPolicy.builder("slow").rule("slow", "GET /slow", Rate.perMinute(1)).build();
    Pacer pacer = Pacer.builder(policy).maxWait(Duration.ofMinutes(5)).build();
    OkHttpClient client = pacer.install(new OkHttpClient.Builder()).build();
    Request req = new Request.Builder().url(server.url("/slow")).build();
    client.newCall(req).execute().close();
    AtomicInteger interruptedIo = new AtomicInteger();
    AtomicInteger flagKept = new AtomicInteger();
    java.util.concurrent.atomic.AtomicReference<IOException> wrong = new java.util.concurrent.atomic.AtomicReference<>();
    Thread t = new Thread(() -> {
      try {
        client.newCall(req).execute().close();
      } catch (java.io.InterruptedIOException e) {
        interruptedIo.incrementAndGet();
        if (Thread.currentThread().isInterrupted()) flagKept.incrementAndGet();
      } catch (IOException e) {
        wrong.set(e);
      }
    });
    t.start();
    awaitParked(t);
    t.interrupt();
    t.join(5000);
    assertEquals(1, interruptedIo.get(), "wrong exception: " + wrong.get());
    assertEquals(1, flagKept.get());
  }

  @Test
  void aThousandCallsWithFailuresCancelsAndUnreadBodiesReturnEveryPermit() throws Exception {
    Random random = new Random(7);
    server.setDispatcher(new Dispatcher() {
      final AtomicInteger n = new AtomicInteger();

      @Override
      public MockResponse dispatch(RecordedRequest request) {
        int i = n.incrementAndGet();
        if (i % 13 == 0) {
          return new MockResponse.Builder().code(500).body("boom").build();
        }
        if (i % 17 == 0) {
          return new MockResponse.Builder().onResponseStart(new mockwebserver3.SocketEffect.CloseSocket()).build();
        }
        return new MockResponse.Builder().body("x".repeat(2048)).build();
      }
    });
    RateLimitPolicy policy = RateLimitPolicy.builder("leaks")
        .rule(Rule.builder("c").otherwise().shared().maxConcurrent(4).build())
        .build();
    Pacer pacer = Pacer.builder(policy).retry(RetryConfig.disabled()).maxWait(Duration.ofSeconds(30)).build();
    OkHttpClient client = pacer.install(new OkHttpClient.Builder()).build();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch asyncDone = new CountDownLatch(500);
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      int mode = random.nextInt(5);
      Request req = new Request.Builder().url(server.url("/r/" + i)).build();
      if (i % 2 == 0) {
        Call call = client.newCall(req);
        call.enqueue(new Callback() {
          @Override
          public void onFailure(Call c, IOException e) {
            asyncDone.countDown();
          }

          @Override
          public void onResponse(Call c, Response r) {
            if (mode != 0) r.close(); // mode 0: unread, but closed below by try-with-resources style
            else {
              try (r) {
                // closed unread
              }
            }
            asyncDone.countDown();
          }
        });
        if (mode == 1) call.cancel();
      } else {
        futures.add(pool.submit(() -> {
          Call call = client.newCall(req);
          if (mode == 1) call.cancel();
          try (Response r = call.execute()) {
            if (mode == 2) r.body().string();
            if (mode == 3) r.body().source().request(10);
          } catch (IOException expected) {
            // failures and cancels are part of the mix
          }
          return null;
        }));
      }
    }
    for (Future<?> f : futures) f.get(60, TimeUnit.SECONDS);
    assertTrue(asyncDone.await(60, TimeUnit.SECONDS));
    pool.shutdown();
    assertEquals(0, pacer.diagnostics().permitsInFlight());
  }
}
