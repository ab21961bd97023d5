package dev.pacer.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pacer.Pacer;
import dev.pacer.RetryConfig;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.Rule;
import dev.pacer.policy.Scope;
import dev.pacer.store.PermitCap;
import dev.pacer.store.PermitLease;
import dev.pacer.store.PermitStore;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Concurrency caps shared by several {@code Pacer}s (each with its own store, as separate
 * processes would have) through leases in one real Redis: at most the cap open at once across
 * all of them, leases of a vanished holder freed after one lease length, renewed while held, a
 * local share while Redis is down, keys without a credential that vanish when idle. Real
 * sockets to MockWebServer on loopback.
 */
final class SharedConcurrencyCapsTest {
  @RegisterExtension static final EmbeddedRedis redis = new EmbeddedRedis();
  /** Every store of the test hashes credentials with one key, as processes sharing Redis must. */
  private static final byte[] SECRET = SharedLimitWorker.SHARED_SECRET;

  private final MockWebServer server = new MockWebServer();
  private final Opened opened = new Opened();
  private final String prefix = "c" + UUID.randomUUID().toString().substring(0, 8) + ":";
  /** Exchanges the server is answering now, and the most at once. */
  private final AtomicInteger open = new AtomicInteger();
  private final AtomicInteger peak = new AtomicInteger();
  private final AtomicInteger received = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        received.incrementAndGet();
        int now = open.incrementAndGet();
        peak.accumulateAndGet(now, Math::max);
        try {
          Thread.sleep(20); // holds the exchange open, so overlapping calls overlap here
        } finally {
          open.decrementAndGet();
        }
        return new MockResponse.Builder().code(200).body("ok").build();
      }
    });
    server.start();
  }

  @AfterEach
  void stop() {
    opened.close();
    server.close();
    if (!redis.isRunning()) redis.start();
  }

  private RedisBucketStore store(RedisStoreOptions.Builder options) {
    return opened.store(RedisBucketStore.create(redis.uri(), options.keyPrefix(prefix).credentialHashKey(SECRET).build()));
  }

  /** A store whose deadline a busy machine meets: sharing, not the fallback, is under test. */
  private RedisBucketStore store() {
    return store(RedisStoreOptions.builder().deadline(Duration.ofSeconds(1)));
  }

  private OkHttpClient client(Pacer pacer) {
    return opened.client(pacer.install(new OkHttpClient.Builder()).build());
  }

  private static RateLimitPolicy streams(int max) {
    return RateLimitPolicy.builder("streams")
        .rule(Rule.builder("account-streams").otherwise().shared().scope(Scope.credential("Authorization"))
            .maxConcurrent(max).build())
        .build();
  }

  private Request get(String token) {
    return new Request.Builder().url(server.url("/stream")).header("Authorization", "Bearer " + token).build();
  }

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    Opened.await(what, condition);
  }

  /** Makes {@code calls} calls on each of two Pacers at once, 6 threads each; returns how many got a 200. */
  private int runBoth(Pacer a, Pacer b, int calls) throws Exception {
    OkHttpClient first = client(a);
    OkHttpClient second = client(b);
    ExecutorService pool = Executors.newFixedThreadPool(12);
    try {
      List<Future<Integer>> codes = new ArrayList<>();
      for (int i = 0; i < 2 * calls; i++) codes.add(pool.submit(call(i % 2 == 0 ? first : second, "acct-1")));
      int ok = 0;
      for (Future<Integer> f : codes) if (f.get(60, TimeUnit.SECONDS) == 200) ok++;
      return ok;
    } finally {
      pool.shutdownNow();
    }
  }

  /** One call, its body read and closed; its status. */
  private java.util.concurrent.Callable<Integer> call(OkHttpClient client, String token) {
    return () -> {
      try (Response r = client.newCall(get(token)).execute()) {
        r.body().string();
        return r.code();
      }
    };
  }

  @Test
  void twoPacersOnOneRedisHoldAtMostTheCapOpenAtOnceAndEveryCallCompletes() throws Exception {
    int cap = 3;
    int calls = 30;
    Pacer a = store().applyTo(Pacer.builder(streams(cap))).retry(RetryConfig.disabled()).build();
    Pacer b = store().applyTo(Pacer.builder(streams(cap))).retry(RetryConfig.disabled()).build();
    assertEquals(2 * calls, runBoth(a, b, calls), "every call completed");
    assertEquals(2 * calls, received.get());
    assertTrue(peak.get() <= cap, "at most " + cap + " open at once across both Pacers, saw " + peak.get());
    assertEquals(0, a.diagnostics().permitsInFlight() + b.diagnostics().permitsInFlight());
    await("every lease released in Redis", () -> capKeys(redis.admin()).isEmpty());

    // The same workload with caps counted per process only: the server sees more than the cap,
    // so the bound above is the shared store's doing.
    peak.set(0);
    Pacer c = Pacer.builder(streams(cap)).store(store()).credentialHashKey(SECRET).build();
    Pacer d = Pacer.builder(streams(cap)).store(store()).credentialHashKey(SECRET).build();
    assertEquals(2 * calls, runBoth(c, d, calls));
    assertTrue(peak.get() > cap, "without shared permits the two Pacers overlap beyond the cap: " + peak.get());
  }

  private List<String> capKeys(RedisCommands<String, String> admin) {
    return admin.keys(prefix + "{pacer}:cap:*");
  }

  private static PermitCap cap(String key, int max) {
    return PermitCap.of(key, max);
  }

  /** A store whose leases last {@code lease}. */
  private RedisBucketStore leasing(Duration lease) {
    return store(RedisStoreOptions.builder().deadline(Duration.ofSeconds(1)).leaseDuration(lease));
  }

  @Test
  void aLeaseWhoseHolderVanishedIsFreedAfterTheLeaseLength() throws Exception {
    Duration lease = Duration.ofSeconds(1);
    RedisBucketStore gone = leasing(lease);
    RedisBucketStore alive = leasing(lease);
    List<PermitCap> caps = List.of(cap("account-streams|x", 1));
    assertNotNull(gone.permitStore().tryAcquire(caps));
    gone.close(); // its process dies: no release, no renewal
    assertNull(alive.permitStore().tryAcquire(caps), "the vanished holder's lease still counts at first");
    RedisCommands<String, String> admin = redis.admin();
    String key = capKeys(admin).get(0);
    long ttl = admin.pttl(key);
    assertTrue(ttl > 0 && ttl <= lease.toMillis(), "the cap's key expires within one lease: " + ttl + " ms");

    PermitLease[] freed = new PermitLease[1];
    // Polled until granted (the poll stops at the first lease it gets, so none is left behind).
    await("the vanished holder's permit was freed after its lease",
        () -> (freed[0] = alive.permitStore().tryAcquire(caps)) != null);
    PermitLease taken = freed[0];
    alive.permitStore().release(taken);
    assertEquals(0, admin.exists(key), "the cap's key is gone once no lease holds it");
  }

  @Test
  void aLeaseHeldLongerThanSeveralLeaseLengthsStaysHeldWhileItsHolderRenewsIt() throws Exception {
    List<PermitCap> caps = List.of(cap("account-streams|y", 1));
    // Renewed every 200 ms: a renewal may come late by a few hundred ms on a loaded machine.
    Duration lease = Duration.ofMillis(600);
    RedisBucketStore holder = leasing(lease);
    PermitLease held = holder.permitStore().tryAcquire(caps);
    assertNotNull(held);
    RedisBucketStore other = leasing(lease);
    long end = System.nanoTime() + 5 * lease.toNanos();
    int refused = 0;
    while (System.nanoTime() < end) {
      assertNull(other.permitStore().tryAcquire(caps), "the held lease was renewed, so the cap stays full");
      refused++;
      Thread.sleep(50);
    }
    assertTrue(refused >= 5, "checked " + refused + " times over five lease lengths");
    holder.permitStore().release(held);
    PermitLease next = other.permitStore().tryAcquire(caps);
    assertNotNull(next, "released: the other process takes it at once");
    other.permitStore().release(next);
  }

  @Test
  void withRedisDownEachProcessKeepsItsShareNoCallIsLostAndLeasesResumeWhenRedisIsBack() throws Exception {
    RedisBucketStore store = store(RedisStoreOptions.builder().deadline(Duration.ofMillis(100))
        .probeInterval(Duration.ofMillis(50)).instances(2));
    PermitStore permits = store.permitStore();
    List<PermitCap> caps = List.of(cap("account-streams|z", 4));
    PermitLease before = permits.tryAcquire(caps);
    assertNotNull(before, "Redis up: a lease in Redis");

    redis.stop();
    List<PermitLease> during = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      PermitLease l = permits.tryAcquire(caps);
      if (l != null) during.add(l);
    }
    assertTrue(store.isUnavailable());
    // The share of a cap of 4 among 2 instances is 2, counting the lease taken before the outage.
    assertEquals(1, during.size(), "one more within this process's share of 2");
    permits.release(before); // released while Redis is away: removed there once it is back
    permits.release(during.get(0));

    // Calls through a Pacer during the outage: none is lost, and at most the share is open at once.
    Pacer pacer = store.applyTo(Pacer.builder(streams(4))).retry(RetryConfig.disabled()).build();
    OkHttpClient client = client(pacer);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> codes = new ArrayList<>();
      for (int i = 0; i < 12; i++) codes.add(pool.submit(call(client, "acct-2")));
      for (Future<Integer> f : codes) assertEquals(200, f.get(60, TimeUnit.SECONDS));
    } finally {
      pool.shutdownNow();
    }
    assertEquals(12, received.get(), "no call lost");
    assertTrue(peak.get() <= 2, "the share of 4 among 2 instances is 2, saw " + peak.get());

    // Two leases granted on the share, still held when Redis comes back.
    List<PermitLease> held = new ArrayList<>();
    for (int i = 0; i < 2; i++) held.add(permits.tryAcquire(caps));
    assertFalse(held.contains(null), "the share of 2");
    redis.start();
    await("the store recovers", () -> !store.isUnavailable());
    RedisCommands<String, String> admin = redis.admin();
    String key = prefix + "{pacer}:cap:account-streams|z";
    // The restarted Redis is empty: the leases held through the outage are renewed into it.
    await("the held leases count in Redis again", () -> admin.zcard(key) == 2);
    for (int i = 0; i < 2; i++) {
      PermitLease l = permits.tryAcquire(caps);
      assertNotNull(l, "back on Redis: the whole cap of 4, not the share");
      held.add(l);
    }
    assertEquals(4, admin.zcard(key), "the new leases are in Redis");
    assertNull(permits.tryAcquire(caps), "and no more than the cap");
    for (PermitLease l : held) permits.release(l);
    assertEquals(0, admin.exists(key));
  }

  @Test
  void redisStoppedAndRestartedMidRunLosesNoCallAndLeasesResumeAfterwards() throws Exception {
    RedisStoreOptions.Builder options = RedisStoreOptions.builder().deadline(Duration.ofMillis(100))
        .probeInterval(Duration.ofMillis(50)).instances(2);
    RedisBucketStore first = store(options);
    RedisBucketStore second = store(options);
    Pacer a = first.applyTo(Pacer.builder(streams(4))).retry(RetryConfig.disabled()).build();
    Pacer b = second.applyTo(Pacer.builder(streams(4))).retry(RetryConfig.disabled()).build();
    int calls = 100;
    CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> {
      try {
        return runBoth(a, b, calls);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    await("the run is under way", () -> received.get() >= 10);
    redis.stop();
    int atStop = received.get();
    assertTrue(atStop < 2 * calls, "Redis stopped mid-run, after " + atStop + " calls");
    await("the stores notice", () -> first.isUnavailable() && second.isUnavailable());
    await("the run goes on without Redis", () -> received.get() >= atStop + 20);
    redis.start();
    assertEquals(2 * calls, run.get(60, TimeUnit.SECONDS), "every call completed");
    assertEquals(2 * calls, received.get(), "each sent once");
    await("both stores recover", () -> !first.isUnavailable() && !second.isUnavailable());

    RedisCommands<String, String> admin = redis.admin();
    try (Response open = client(a).newCall(get("acct-1")).execute()) {
      assertEquals(200, open.code());
      assertEquals(1, capKeys(admin).size(), "after the restart, a call's lease is in Redis again");
    }
  }

  @Test
  void aLeaseReleasedWhileRedisIsUnreachableIsRemovedThereOnceItAnswers() throws Exception {
    RedisBucketStore store = store(RedisStoreOptions.builder().deadline(Duration.ofMillis(50))
        .probeInterval(Duration.ofMillis(50)));
    List<PermitCap> caps = List.of(cap("account-streams|w", 2));
    PermitLease lease = store.permitStore().tryAcquire(caps);
    assertNotNull(lease);
    RedisCommands<String, String> admin = redis.admin();
    String key = prefix + "{pacer}:cap:account-streams|w";
    assertEquals(1, admin.zcard(key));
    // The store's connection drops (Redis keeps its data): the release cannot reach Redis.
    admin.clientKill(io.lettuce.core.KillArgs.Builder.typeNormal().skipme());
    store.permitStore().release(lease);
    assertTrue(store.isUnavailable(), "the release could not reach Redis");
    assertEquals(1, admin.zcard(key), "so the lease is still there");
    await("the store recovers", () -> !store.isUnavailable());
    await("the lease released meanwhile is removed from Redis", () -> admin.exists(key) == 0);
  }

  @Test
  void capKeysNeverHoldTheCredentialAndVanishWhenIdle() throws Exception {
    RedisBucketStore store = store();
    OkHttpClient client = client(store.applyTo(Pacer.builder(streams(2))).build());
    String canary = "canary-" + UUID.randomUUID();
    RedisCommands<String, String> admin = redis.admin();
    List<String> whileOpen;
    try (Response open = client.newCall(get(canary)).execute()) {
      assertEquals(200, open.code());
      whileOpen = capKeys(admin);
      assertEquals(1, whileOpen.size(), "the open body holds a lease: " + admin.keys(prefix + "*"));
      long ttl = admin.pttl(whileOpen.get(0));
      assertTrue(ttl > 0 && ttl <= RedisStoreOptions.defaults().leaseDuration().toMillis(), "expires: " + ttl);
      List<String> forbidden = Canary.forbiddenForms(canary);
      for (String key : admin.keys("*")) {
        for (String f : forbidden) assertFalse(key.toLowerCase().contains(f.toLowerCase()), "key " + key + " holds a form of the credential");
      }
      for (String member : admin.zrange(whileOpen.get(0), 0, -1)) {
        for (String f : forbidden) assertFalse(member.contains(f), "member " + member + " holds a form of the credential");
      }
    }
    assertTrue(capKeys(admin).isEmpty(), "closed: the lease and its key are gone");
  }
}
