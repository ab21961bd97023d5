package dev.pacer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.Drivers.Driver;
import dev.pacer.Drivers.Outcome;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.Rule;
import dev.pacer.policy.Scope;
import dev.pacer.store.PermitCap;
import dev.pacer.store.PermitLease;
import dev.pacer.store.PermitStore;
import dev.pacer.store.StoreUnavailableException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Concurrency caps counted in a shared {@link PermitStore} as well as locally, through every
 * driver: a call the store refuses keeps its local permit and asks again on a bounded backoff
 * until granted or its maxWait passes (then it fails unsent, its local permit back); the lease
 * is held until the body closes; a store that cannot decide fails the call unsent.
 */
final class SharedPermitsTest {
  private final MockWebServer server = new MockWebServer();
  private final AtomicInteger received = new AtomicInteger();
  private final FakePermitStore permits = new FakePermitStore();

  private static final RateLimitPolicy POLICY = RateLimitPolicy.builder("streams")
      .rule(Rule.builder("account-streams").endpoint("GET /stream").scope(Scope.credential("Authorization"))
          .maxConcurrent(1).build())
      .build();

  /** A permit store in this heap, as another process sees it: counts per key, every ask counted. */
  static final class FakePermitStore implements PermitStore {
    private final Map<String, Integer> held = new HashMap<>();
    final AtomicInteger asks = new AtomicInteger();
    final AtomicInteger releases = new AtomicInteger();
    volatile boolean down;

    @Override
    public synchronized PermitLease tryAcquire(List<PermitCap> caps) {
      asks.incrementAndGet();
      if (down) throw new StoreUnavailableException("fake permits", "timeout");
      for (PermitCap c : caps) if (held.getOrDefault(c.key(), 0) >= c.max()) return null;
      for (PermitCap c : caps) held.merge(c.key(), 1, Integer::sum);
      List<PermitCap> copy = List.copyOf(caps);
      return () -> copy;
    }

    @Override
    public synchronized void release(PermitLease lease) {
      releases.incrementAndGet();
      for (PermitCap c : lease.caps()) held.computeIfPresent(c.key(), (k, n) -> n == 1 ? null : n - 1);
    }

    synchronized int held(String key) {
      return held.getOrDefault(key, 0);
    }
  }

  @BeforeEach
  void start() throws Exception {
    server.setDispatcher(new mockwebserver3.Dispatcher() {
      @Override
      public MockResponse dispatch(mockwebserver3.RecordedRequest request) {
        received.incrementAndGet();
        return new MockResponse.Builder().code(200).body("ok").build();
      }
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Request stream() {
    return new Request.Builder().url(server.url("/stream")).header("Authorization", "Bearer t-1").build();
  }

  private Pacer pacer(Duration maxWait) {
    return Pacer.builder(POLICY).permitStore(permits).maxWait(maxWait).retry(RetryConfig.disabled()).build();
  }

  private String capKey(Pacer pacer) {
    return pacer.diagnostics().concurrencyKeys(stream()).get(0);
  }

  /** Another process takes the cap's only permit. */
  private PermitLease takeTheCap(String key) {
    PermitLease other = permits.tryAcquire(List.of(PermitCap.of(key, 1)));
    assertNotNull(other);
    return other;
  }

  /** Polls {@code condition} every 5 ms, at most 2,000 times (10 s). */
  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    for (int i = 0; i < 2_000 && !condition.getAsBoolean(); i++) Thread.sleep(5);
    assertTrue(condition.getAsBoolean(), "not within 10 s: " + what);
  }

  @Test
  void aCallRefusedByTheSharedStoreKeepsAskingAndGoesOnceAnotherProcessReleases() throws Exception {
    for (Driver driver : Driver.values()) {
      Pacer pacer = pacer(Duration.ofSeconds(30));
      String key = capKey(pacer);
      PermitLease other = takeTheCap(key);
      int asksBefore = permits.asks.get();
      int receivedBefore = received.get();
      try (Drivers drivers = new Drivers(pacer, new OkHttpClient())) {
        CompletableFuture<Outcome> outcome = CompletableFuture.supplyAsync(() -> {
          try {
            return drivers.run(driver, stream(), 20_000);
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
        });
        await(driver + ": the call asks the store again after a refusal", () -> permits.asks.get() - asksBefore >= 3);
        assertEquals(1, pacer.diagnostics().permitsInFlight(), driver + ": the waiting call keeps its local permit");
        assertEquals(receivedBefore, received.get(), driver + ": nothing sent while the store refuses");
        permits.release(other);
        Outcome o = outcome.get(20, TimeUnit.SECONDS);
        assertNotNull(o, driver + " did not end");
        assertEquals(200, o.status(), driver + ": " + o.describe());
      }
      assertEquals(receivedBefore + 1, received.get(), driver.toString());
      assertEquals(0, permits.held(key), driver + ": the shared lease went back when the body was read");
      assertEquals(0, pacer.diagnostics().permitsInFlight(), driver + ": the local permit went back");
    }
  }

  @Test
  void aCallStillRefusedWhenItsMaxWaitPassesFailsUnsentWithItsLocalPermitBack() throws Exception {
    for (Driver driver : Driver.values()) {
      Pacer pacer = pacer(Duration.ofMillis(400));
      PermitLease other = takeTheCap(capKey(pacer));
      int asksBefore = permits.asks.get();
      Outcome o;
      try (Drivers drivers = new Drivers(pacer, new OkHttpClient())) {
        o = drivers.run(driver, stream(), 20_000);
      }
      assertNotNull(o, driver + " did not end");
      assertInstanceOf(WaitTooLongException.class, o.failure(), driver + ": " + o.describe());
      assertEquals(0, received.get(), driver + ": nothing was sent");
      assertEquals(0, pacer.diagnostics().permitsInFlight(), driver + ": the local permit went back");
      int asks = permits.asks.get() - asksBefore;
      // 10, 20, 40, 80, 160, 200 ms... apart: about 7 asks in 400 ms, never a busy loop.
      assertTrue(asks >= 2 && asks <= 12, driver + ": asked the store " + asks + " times in 400 ms");
      permits.release(other);
      assertEquals(0, permits.held(capKey(pacer)));
    }
  }

  @Test
  void aSharedPermitReleasedInThisProcessGoesAtOnceToACallOfThisProcessWaitingForIt() throws Exception {
    // The clock stands still: a waiting call's backoff never ends, so only the release's nudge
    // can make it ask the store again.
    RateLimitPolicy twoStreams = RateLimitPolicy.builder("streams")
        .rule(Rule.builder("account-streams").endpoint("GET /stream").scope(Scope.credential("Authorization"))
            .maxConcurrent(2).build())
        .build();
    for (Driver driver : Driver.values()) {
      Pacer pacer = Pacer.builder(twoStreams).permitStore(permits).clock(new dev.pacer.time.ManualClock())
          .maxWait(Duration.ofSeconds(30)).retry(RetryConfig.disabled()).build();
      String key = capKey(pacer);
      PermitLease other = permits.tryAcquire(List.of(PermitCap.of(key, 2))); // another process holds one of two
      assertNotNull(other);
      try (Drivers drivers = new Drivers(pacer, new OkHttpClient())) {
        OkHttpClient holder = pacer.install(new OkHttpClient.Builder()).build();
        Response first = holder.newCall(stream()).execute(); // the second of two: the cap is full
        int asksBefore = permits.asks.get();
        CompletableFuture<Outcome> waiting = CompletableFuture.supplyAsync(() -> {
          try {
            return drivers.run(driver, stream(), 20_000);
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
        });
        await(driver + ": the second call was refused and waits", () -> permits.asks.get() > asksBefore
            && pacer.diagnostics().callsWaiting() == 1);
        first.close(); // released here: the waiting call is nudged, with no clock advance
        Outcome o = waiting.get(20, TimeUnit.SECONDS);
        assertNotNull(o, driver + " did not end");
        assertEquals(200, o.status(), driver + ": " + o.describe());
        holder.dispatcher().executorService().shutdown();
        holder.connectionPool().evictAll();
      }
      permits.release(other);
      assertEquals(0, permits.held(key), driver.toString());
    }
  }

  @Test
  void theSharedLeaseIsHeldUntilTheResponseBodyCloses() throws Exception {
    Pacer pacer = pacer(Duration.ofSeconds(5));
    String key = capKey(pacer);
    OkHttpClient client = pacer.install(new OkHttpClient.Builder()).build();
    try {
      Response open = client.newCall(stream()).execute();
      assertEquals(1, permits.held(key), "the open body holds the shared permit");
      assertEquals(1, pacer.diagnostics().permitsInFlight(), "and the local one");
      open.close();
      assertEquals(0, permits.held(key));
      assertEquals(0, pacer.diagnostics().permitsInFlight());
      assertEquals(1, permits.releases.get(), "released once");
    } finally {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }

  @Test
  void aSharedStoreThatCannotDecideFailsTheCallUnsentWithItsLocalPermitBack() throws Exception {
    permits.down = true;
    for (Driver driver : Driver.values()) {
      Pacer pacer = pacer(Duration.ofSeconds(5));
      Outcome o;
      try (Drivers drivers = new Drivers(pacer, new OkHttpClient())) {
        o = drivers.run(driver, stream(), 20_000);
      }
      assertNotNull(o, driver + " did not end");
      BucketStoreUnavailableException e = assertInstanceOf(BucketStoreUnavailableException.class, o.failure(), driver + ": " + o.describe());
      assertInstanceOf(StoreUnavailableException.class, e.getCause());
      assertEquals(0, received.get(), driver + ": nothing was sent");
      assertEquals(0, pacer.diagnostics().permitsInFlight(), driver + ": the local permit went back");
    }
  }

  @Test
  void callsWithoutACapNeverAskTheSharedStore() throws Exception {
    Pacer pacer = pacer(Duration.ofSeconds(5));
    OkHttpClient client = pacer.install(new OkHttpClient.Builder()).build();
    try (Response r = client.newCall(new Request.Builder().url(server.url("/other")).build()).execute()) {
      assertEquals(200, r.code());
    } finally {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
    assertEquals(0, permits.asks.get());
  }
}
