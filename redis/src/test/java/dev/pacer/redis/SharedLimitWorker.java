package dev.pacer.redis;

import dev.pacer.Pacer;
import dev.pacer.esputnik.EsputnikPolicy;
import dev.pacer.intercom.IntercomPolicy;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.Rule;
import dev.pacer.policy.Scope;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * One process of the multi-process acceptance ({@link MultiProcessAcceptanceTest}): {@code threads}
 * threads call one URL through a {@code Pacer} with a vendor's policy for {@code runMillis}, with
 * buckets in Redis (or in this process only, with {@code none}), then print
 * {@code ok=N status429=M failed=F} and exit. {@code streams} is Nylas-shaped: at most
 * {@value #STREAMS_PER_ACCOUNT} calls in flight per account, no rate.
 *
 * <pre>
 * SharedLimitWorker &lt;esputnik|intercom|streams&gt; &lt;url&gt; &lt;redis-uri|none&gt; &lt;key-prefix&gt; &lt;start-at-epoch-ms&gt; &lt;run-ms&gt; &lt;threads&gt;
 * </pre>
 */
final class SharedLimitWorker {
  /** Every worker hashes credentials with this key, as processes sharing Redis must. */
  static final byte[] SHARED_SECRET = "pacer-redis acceptance secret...".getBytes(StandardCharsets.UTF_8);

  /** The {@code streams} policy's cap per account (Nylas' concurrent requests per account). */
  static final int STREAMS_PER_ACCOUNT = 10;

  private SharedLimitWorker() {}

  public static void main(String[] args) throws Exception {
    // eSputnik counts in one-second windows, so the default margin is 10 ms: a call that wakes up
    // later than that (six JVMs and other builds on two cores) can slip into the next window with
    // 50 others. 40 ms (still 96% of the rate) absorbs this machine's scheduling delays.
    RateLimitPolicy policy = args[0].equals("esputnik")
        ? EsputnikPolicy.POLICY.toBuilder().safetyMargin(Duration.ofMillis(40)).build()
        : args[0].equals("streams")
            ? RateLimitPolicy.builder("streams").rule(Rule.builder("account-streams").otherwise().shared()
                .scope(Scope.credential("Authorization")).maxConcurrent(STREAMS_PER_ACCOUNT).build()).build()
            : IntercomPolicy.standard();
    String url = args[1];
    String redisUri = args[2];
    long startAt = Long.parseLong(args[4]);
    long runMillis = Long.parseLong(args[5]);
    int threads = Integer.parseInt(args[6]);

    RedisBucketStore store = null;
    Pacer.Builder builder = Pacer.builder(policy).maxWait(Duration.ofSeconds(30));
    if (!redisUri.equals("none")) {
      store = RedisBucketStore.create(redisUri, RedisStoreOptions.builder()
          .keyPrefix(args[3])
          .credentialHashKey(SHARED_SECRET)
          // Six JVMs and a Redis share two cores here (with other builds): a 50 ms deadline is
          // missed now and then, and each miss is a spell on the local share (RedisFaultsTest
          // covers those); this test is about sharing, so it gives Redis time.
          .deadline(Duration.ofMillis(500))
          .build());
      store.applyTo(builder);
    }
    OkHttpClient client = builder.build().install(new OkHttpClient.Builder()).build();
    Request request = new Request.Builder().url(url).header("Authorization", "Bearer acceptance-token").build();
    // A few calls before the start, so class loading, the JIT and the first (slow) round trips,
    // from which the store learns Redis' clock, are not in the measured run.
    for (int i = 0; i < 5; i++) {
      try (Response r = client.newCall(request.newBuilder().header("X-Warm-Up", "1").build()).execute()) {
        r.body().string();
      }
    }
    // A cold JVM may miss the deadline on its first call: start only once Redis decides again.
    for (int i = 0; i < 250 && store != null && store.isUnavailable(); i++) Thread.sleep(20);
    long sleep = startAt - System.currentTimeMillis();
    if (sleep > 0) Thread.sleep(Math.min(sleep, 30_000));

    AtomicInteger ok = new AtomicInteger();
    AtomicInteger status429 = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(runMillis);
    List<Thread> workers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      long stagger = i * 25L; // not every thread of every process at one instant
      Thread t = new Thread(() -> {
        try {
          Thread.sleep(stagger);
        } catch (InterruptedException e) {
          return;
        }
        while (System.nanoTime() < end) {
          try (Response r = client.newCall(request).execute()) {
            r.body().string();
            if (r.code() == 429) {
              status429.incrementAndGet();
            } else if (r.isSuccessful()) {
              ok.incrementAndGet();
            } else {
              failed.incrementAndGet();
            }
          } catch (Exception e) {
            failed.incrementAndGet();
          }
        }
      }, "worker-" + i);
      t.start();
      workers.add(t);
    }
    for (Thread t : workers) t.join(runMillis + 60_000);
    System.out.println("ok=" + ok + " status429=" + status429 + " failed=" + failed);
    System.out.flush();
    client.dispatcher().executorService().shutdownNow();
    client.connectionPool().evictAll();
    if (store != null) store.close();
    System.exit(0);
  }
}
