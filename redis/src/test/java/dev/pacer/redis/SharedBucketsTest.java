package dev.pacer.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pacer.Pacer;
import dev.pacer.RetryConfig;
import dev.pacer.WaitTooLongException;
import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.Rule;
import dev.pacer.policy.Scope;
import dev.pacer.time.PacerClock;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 * Several {@code Pacer}s (each with its own store, as separate processes would have) share
 * buckets through one real Redis, deciding on Redis' {@code TIME}: a 429 seen by one holds the
 * others, clocks that differ by seconds still agree, keys expire and never carry a credential.
 * Real sockets to MockWebServer on loopback.
 */
final class SharedBucketsTest {
  @RegisterExtension static final EmbeddedRedis redis = new EmbeddedRedis();
  private static final byte[] SECRET = "a shared secret of the test, 32b".getBytes(StandardCharsets.UTF_8);

  private final MockWebServer server = new MockWebServer();
  private final Opened opened = new Opened();
  private final String prefix = "t" + UUID.randomUUID().toString().substring(0, 8) + ":";

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() {
    opened.close();
    server.close();
  }

  private RedisBucketStore store(RedisStoreOptions.Builder options) {
    // Sharing, not the fallback (RedisFaultsTest), is under test: a deadline a busy machine meets.
    return opened.store(RedisBucketStore.create(redis.uri(), options.keyPrefix(prefix).credentialHashKey(SECRET)
        .deadline(Duration.ofSeconds(1)).build()));
  }

  private OkHttpClient client(Pacer pacer) {
    return opened.client(pacer.install(new OkHttpClient.Builder()).build());
  }

  private Request get(String path, String token) {
    Request.Builder b = new Request.Builder().url(server.url(path));
    if (token != null) b.header("Authorization", token);
    return b.build();
  }

  private static int code(OkHttpClient client, Request request) throws IOException {
    try (Response r = client.newCall(request).execute()) {
      return r.code();
    }
  }

  @Test
  void a429SeenByOnePacerHoldsAnotherPacersCallsToThatBucket() throws IOException {
    AtomicInteger received = new AtomicInteger();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        // The second request (Pacer A's) is refused for 30 s; every other is fine.
        return received.incrementAndGet() == 2
            ? new MockResponse.Builder().code(429).addHeader("Retry-After", "30").build()
            : new MockResponse.Builder().code(200).body("ok").build();
      }
    });
    RateLimitPolicy policy = RateLimitPolicy.builder("api")
        .rule(Rule.builder("all").otherwise().shared().rate(Rate.perSecond(100)).build())
        .build();
    OkHttpClient a = client(store(RedisStoreOptions.builder()).applyTo(Pacer.builder(policy))
        .retry(RetryConfig.disabled()).build());
    OkHttpClient b = client(store(RedisStoreOptions.builder()).applyTo(Pacer.builder(policy))
        .retry(RetryConfig.disabled()).maxWait(Duration.ofSeconds(2)).build());

    assertEquals(200, code(b, get("/items", null)), "B goes before the 429");
    assertEquals(429, code(a, get("/items", null)));
    WaitTooLongException held = assertThrows(WaitTooLongException.class, () -> code(b, get("/items", null)));
    assertTrue(held.retryAfter().toSeconds() >= 20, "B would wait out A's pause: " + held.retryAfter());
    assertEquals(2, received.get(), "B's call after the 429 was not sent");
  }

  @Test
  void keysNeverHoldTheCredentialOrItsPlainHashAndExpireWhenIdle() throws Exception {
    server.setDispatcher(Servers.okCounting(new AtomicInteger()));
    RateLimitPolicy policy = RateLimitPolicy.builder("api")
        .rule(Rule.builder("per-token").otherwise().shared().scope(Scope.credential("Authorization"))
            .rate(Rate.perSecond(50)).build())
        .build();
    RedisBucketStore store = store(RedisStoreOptions.builder().idleExpiry(Duration.ofMillis(200)));
    OkHttpClient client = client(store.applyTo(Pacer.builder(policy)).build());
    String canary = "canary-" + UUID.randomUUID();
    for (int i = 0; i < 5; i++) assertEquals(200, code(client, get("/items/" + i, "Bearer " + canary)));

    RedisCommands<String, String> admin = redis.admin();
    List<String> keys = admin.keys(prefix + "*");
    List<String> buckets = bucketKeys(keys);
    assertFalse(buckets.isEmpty(), "the run made bucket keys: " + keys);
    List<String> forbidden = Canary.forbiddenForms(canary);
    for (String key : admin.keys("*")) {
      for (String f : forbidden) assertFalse(key.toLowerCase().contains(f.toLowerCase()), "key " + key + " holds a form of the credential");
      for (String field : admin.type(key).equals("hash") ? admin.hkeys(key) : List.<String>of()) {
        for (String f : forbidden) assertFalse(field.contains(f), "field " + field + " holds a form of the credential");
      }
    }

    // Idle keys vanish on Redis' own expiry (about 20 ms of booking + 200 ms idle expiry).
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!bucketKeys(admin.keys(prefix + "*")).isEmpty()) {
      if (System.nanoTime() > deadline) fail("bucket keys still there after 10 s: " + admin.keys(prefix + "*"));
      Thread.sleep(50);
    }
  }

  @Test
  void aStoreWhoseCredentialHashKeyDiffersFromTheLiveOnesUnderItsPrefixRefusesToStart() {
    store(RedisStoreOptions.builder());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> RedisBucketStore.create(redis.uri(),
        RedisStoreOptions.builder().keyPrefix(prefix)
            .credentialHashKey("another secret, also 32 bytes...".getBytes(StandardCharsets.UTF_8)).build()));
    assertTrue(e.getMessage().contains("different credential hash key"), e.getMessage());
    // Wiring a Pacer without a shared key is refused too.
    RedisBucketStore keyless = RedisBucketStore.create(redis.uri(), RedisStoreOptions.builder().keyPrefix(prefix + "x:").build());
    opened.store(keyless);
    assertThrows(IllegalStateException.class, () -> keyless.applyTo(Pacer.builder(RateLimitPolicy.none())));
  }

  /** The bucket keys among {@code keys} (not the store's heartbeat and fingerprint keys). */
  private static List<String> bucketKeys(List<String> keys) {
    List<String> b = new ArrayList<>();
    for (String k : keys) if (!k.endsWith("}:instances") && !k.endsWith("}:fingerprint")) b.add(k);
    return b;
  }

  @Test
  void pacersWhoseClocksDifferByTenSecondsStayWithinTheLimitTogether() throws Exception {
    ConcurrentLinkedQueue<Long> arrivals = new ConcurrentLinkedQueue<>();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        arrivals.add(System.nanoTime());
        return new MockResponse.Builder().code(200).body("ok").build();
      }
    });
    int perSecond = 20;
    RateLimitPolicy policy = RateLimitPolicy.builder("api")
        .rule(Rule.builder("all").otherwise().shared().rate(Rate.perSecond(perSecond)).build())
        .build();
    OkHttpClient ahead = client(store(RedisStoreOptions.builder()).applyTo(Pacer.builder(policy))
        .clock(skewed(Duration.ofSeconds(5))).build());
    OkHttpClient behind = client(store(RedisStoreOptions.builder()).applyTo(Pacer.builder(policy))
        .clock(skewed(Duration.ofSeconds(-5))).build());

    int calls = 50;
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        OkHttpClient c = i % 2 == 0 ? ahead : behind;
        done.add(pool.submit(() -> code(c, get("/items", null))));
      }
      for (Future<Integer> f : done) assertEquals(200, f.get(30, TimeUnit.SECONDS));
    } finally {
      pool.shutdownNow();
    }
    List<Long> times = new ArrayList<>(arrivals);
    Collections.sort(times);
    assertEquals(calls, times.size());
    // Any perSecond + 1 consecutive arrivals span about a second (50 ms allowed for loopback
    // jitter); two unshared limiters would fit 2 x perSecond in a second.
    for (int i = 0; i + perSecond < times.size(); i++) {
      long span = times.get(i + perSecond) - times.get(i);
      assertTrue(span >= TimeUnit.MILLISECONDS.toNanos(950),
          (perSecond + 1) + " calls arrived within " + span / 1_000_000 + " ms from arrival " + i);
    }
  }

  /** The system clock shifted by {@code offset} (both readings). */
  static PacerClock skewed(Duration offset) {
    long nanos = offset.toNanos();
    return new PacerClock() {
      @Override
      public long nanoTime() {
        return System.nanoTime() + nanos;
      }

      @Override
      public long wallMillis() {
        return System.currentTimeMillis() + nanos / 1_000_000;
      }
    };
  }
}
