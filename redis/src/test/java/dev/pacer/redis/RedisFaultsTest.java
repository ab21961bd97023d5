package dev.pacer.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pacer.Pacer;
import dev.pacer.event.PacerListener;
import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.Rule;
import dev.pacer.store.Bucket;
import dev.pacer.store.BucketSpec;
import dev.pacer.BucketStoreUnavailableException;
import dev.pacer.store.StoreUnavailableException;
import dev.pacer.store.Ticket;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Redis stopped, restarted and slowed under a running store: decisions fall back to the local
 * share within the deadline, no call is lost, the share is never exceeded, the store recovers
 * and says so. Each test leaves the server running.
 */
final class RedisFaultsTest {
  @RegisterExtension static final EmbeddedRedis redis = new EmbeddedRedis();
  private static final long SECOND = 1_000_000_000L;
  private static final Duration DEADLINE = Duration.ofMillis(50);

  private final Opened opened = new Opened();
  private final List<String> events = new CopyOnWriteArrayList<>();
  private final PacerListener listener = new PacerListener() {
    @Override
    public void storeUnavailable(String store, String reason) {
      events.add("unavailable " + reason);
    }

    @Override
    public void storeRecovered(String store, Duration down) {
      events.add("recovered");
    }
  };

  @AfterEach
  void closeAndRestart() {
    opened.close();
    redis.stop();
    redis.start();
  }

  private RedisBucketStore store(RedisStoreOptions.Builder options) {
    RedisBucketStore s = RedisBucketStore.create(redis.uri(), options
        .keyPrefix("f" + UUID.randomUUID().toString().substring(0, 8) + ":")
        .deadline(DEADLINE)
        .probeInterval(Duration.ofMillis(50))
        .build());
    s.attach(listener);
    opened.store(s);
    return s;
  }

  private static Ticket ticket(Bucket b) {
    Ticket t = new Ticket();
    t.load(new Bucket[] {b}, 1);
    return t;
  }

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    Opened.await(what, condition);
  }

  @Test
  void withRedisStoppedEachInstanceSpendsOnlyItsShareOfTheLimit() throws Exception {
    // Decided on the test's clock, so the counts are exact: 40 per second shared by 4 instances.
    RedisBucketStore store = store(RedisStoreOptions.builder().clock(RedisStoreOptions.ClockSource.CALLER).instances(4));
    BucketSpec spec = BucketSpec.of("r", List.of(Rate.perSecond(40)), 1, Duration.ZERO);
    Bucket b = store.table(spec, "r|", "").bucket("app", true, 0);
    int inRedis = 0;
    for (int i = 0; i < 100; i++) if (store.reserve(ticket(b), 0, 0)) inRedis++;
    assertEquals(1, inRedis, "up: the shared bucket admits its burst of 1 at one instant");

    redis.stop();
    long now = 10 * SECOND;
    int admitted = 0;
    long slowest = 0;
    for (int i = 0; i < 200; i++) {
      Ticket t = ticket(b);
      long start = System.nanoTime();
      if (store.reserve(t, now + i * (SECOND / 200), 0)) admitted++;
      slowest = Math.max(slowest, System.nanoTime() - start);
    }
    assertTrue(store.isUnavailable());
    assertTrue(events.get(0).startsWith("unavailable"), events.toString());
    // Over one second at 200 requests per second, the local share is 40 / 4 = 10.
    assertTrue(admitted <= 10 && admitted >= 9, "admitted " + admitted + " in one second on a share of 10");
    assertTrue(slowest <= DEADLINE.toNanos() + 100_000_000L, "a decision took " + slowest / 1_000_000 + " ms");
  }

  @Test
  void withoutAConfiguredCountTheShareIsOfTheInstancesLastSeenAliveInRedis() throws Exception {
    String prefix = "hb" + UUID.randomUUID().toString().substring(0, 8) + ":";
    List<RedisBucketStore> three = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      RedisBucketStore s = RedisBucketStore.create(redis.uri(), RedisStoreOptions.builder()
          .keyPrefix(prefix).clock(RedisStoreOptions.ClockSource.CALLER).deadline(DEADLINE)
          .heartbeatInterval(Duration.ofMillis(50)).probeInterval(Duration.ofMillis(50)).build());
      opened.store(s);
      three.add(s);
    }
    RedisBucketStore store = three.get(0);
    await("the store counts three live instances", () -> store.liveInstances() == 3);
    Bucket b = store.table(BucketSpec.of("r", List.of(Rate.perSecond(30)), 1, Duration.ZERO), "r|", "").bucket("app", true, 0);
    redis.stop();
    int admitted = 0;
    for (int i = 0; i < 100; i++) if (store.reserve(ticket(b), 10 * SECOND + i * (SECOND / 100), 0)) admitted++;
    assertTrue(store.isUnavailable());
    assertTrue(admitted >= 9 && admitted <= 10, "a third of 30 per second, in one second: " + admitted);
  }

  @Test
  void callsInFlightWhenRedisStopsAllCompleteAndTheStoreRecoversWhenItIsBack() throws Exception {
    AtomicInteger received = new AtomicInteger();
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(Servers.okCounting(received));
      server.start();
      RateLimitPolicy policy = RateLimitPolicy.builder("api")
          .rule(Rule.builder("all").otherwise().shared().rate(Rate.perSecond(100)).build())
          .build();
      RedisBucketStore store = store(RedisStoreOptions.builder().instances(2));
      OkHttpClient client = Pacer.builder(policy).store(store).build().install(new OkHttpClient.Builder()).build();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<Integer>> done = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
          if (i == 20) redis.stop();
          done.add(pool.submit(() -> {
            try (Response r = client.newCall(new Request.Builder().url(server.url("/x")).build()).execute()) {
              return r.code();
            }
          }));
          Thread.sleep(5);
        }
        for (Future<Integer> f : done) assertEquals(200, f.get(30, TimeUnit.SECONDS), "no call is lost");
      } finally {
        pool.shutdownNow();
        client.dispatcher().executorService().shutdownNow();
        client.connectionPool().evictAll();
      }
      assertEquals(60, received.get());
      assertTrue(store.isUnavailable());

      redis.start();
      await("the store recovers", () -> !store.isUnavailable());
      await("the recovery is reported", () -> events.contains("recovered"));
      assertTrue(events.get(0).startsWith("unavailable"), events.toString());
      // And decides in Redis again: a booking there makes a key.
      Bucket b = store.table(BucketSpec.of("r", List.of(Rate.perSecond(1)), 1, Duration.ZERO), "after|", "")
          .bucket("app", true, 0);
      assertTrue(store.reserve(ticket(b), 0, 0));
      RedisCommands<String, String> admin = redis.admin();
      assertFalse(admin.keys("*after|app").isEmpty(), "the reserve after recovery was booked in Redis");
    }
  }

  @Test
  void aPausedRedisCostsOneDeadlineAndTheDecisionFallsBack() throws Exception {
    RedisBucketStore store = store(RedisStoreOptions.builder().instances(2));
    Bucket b = store.table(BucketSpec.of("r", List.of(Rate.perSecond(10)), 1, Duration.ZERO), "r|", "").bucket("app", true, 0);
    assertTrue(store.reserve(ticket(b), 0, SECOND));
    RedisCommands<String, String> admin = redis.admin();
    admin.clientPause(1500);
    long start = System.nanoTime();
    Ticket t = ticket(b);
    boolean booked = store.reserve(t, 0, SECOND);
    long took = System.nanoTime() - start;
    assertTrue(booked, "the local share books it");
    assertTrue(store.isUnavailable(), "the slow Redis was left for the fallback");
    assertTrue(events.contains("unavailable timeout"), events.toString());
    assertTrue(took < TimeUnit.SECONDS.toNanos(1), "the deadline held: " + took / 1_000_000 + " ms");
    await("the store recovers after the pause and says so", () -> !store.isUnavailable() && events.contains("recovered"));
  }

  @Test
  void failingClosedRefusesCallsWithoutSendingThem() throws Exception {
    AtomicInteger received = new AtomicInteger();
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(Servers.okCounting(received));
      server.start();
      RedisBucketStore store = store(RedisStoreOptions.builder().fallback(RedisStoreOptions.Fallback.FAIL_CLOSED));
      RateLimitPolicy policy = RateLimitPolicy.builder("api")
          .rule(Rule.builder("all").otherwise().shared().rate(Rate.perSecond(100)).build())
          .build();
      OkHttpClient client = Pacer.builder(policy).store(store).build().install(new OkHttpClient.Builder()).build();
      try {
        try (Response r = client.newCall(new Request.Builder().url(server.url("/x")).build()).execute()) {
          assertEquals(200, r.code());
        }
        redis.stop();
        BucketStoreUnavailableException e = assertThrows(BucketStoreUnavailableException.class, () -> {
          try (Response r = client.newCall(new Request.Builder().url(server.url("/x")).build()).execute()) {
            fail("sent while Redis is down: " + r.code());
          }
        });
        assertTrue(e.getCause() instanceof StoreUnavailableException, String.valueOf(e.getCause()));
        assertTrue(e.getCause().getMessage().contains(store.name()), e.getCause().getMessage());
        assertEquals(1, received.get());
      } finally {
        client.dispatcher().executorService().shutdownNow();
        client.connectionPool().evictAll();
      }
    }
  }

  @Test
  void aTicketReservedOnTheLocalShareIsGivenBackThereAfterRedisReturns() throws Exception {
    RedisBucketStore store = store(RedisStoreOptions.builder().clock(RedisStoreOptions.ClockSource.CALLER).instances(1));
    Bucket b = store.table(BucketSpec.of("r", List.of(Rate.perSecond(1)), 1, Duration.ZERO), "r|", "").bucket("app", true, 0);
    redis.stop();
    Ticket first = ticket(b);
    assertTrue(store.reserve(first, 0, 10 * SECOND));
    Ticket second = ticket(b);
    assertTrue(store.reserve(second, 0, 10 * SECOND));
    assertEquals(SECOND, second.goAtNanos(), "the local share paces");
    assertTrue(b.equals(second.bucket(0)) && second.bucket(0).equals(b) && b.hashCode() == second.bucket(0).hashCode(),
        "the engine sees the same bucket whichever mode booked it");
    redis.start();
    await("the store recovers", () -> !store.isUnavailable());
    store.giveBack(second); // reserved locally: returned locally, nothing sent to Redis
    assertFalse(second.holdsBookings());
    assertTrue(store.confirm(first, 0), "a locally reserved ticket confirms on the local share");
    // Redis state is untouched by the local bookings: the shared bucket admits at once.
    Ticket shared = ticket(b);
    assertTrue(store.reserve(shared, 0, 0));
  }
}
