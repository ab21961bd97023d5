package dev.pacer.samples;

import dev.pacer.Pacer;
import dev.pacer.esputnik.EsputnikPolicy;
import dev.pacer.redis.RedisBucketStore;
import dev.pacer.redis.RedisStoreOptions;
import dev.pacer.testkit.SandboxStats;
import dev.pacer.testkit.VendorProfile;
import dev.pacer.testkit.VendorSandbox;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import redis.embedded.RedisServer;

/**
 * Two processes on one API key, sharing its limit through Redis. Each process alone would keep
 * to eSputnik's 50 contact searches per second, and together they would send 100: with their
 * buckets in one Redis ({@link RedisBucketStore}), they send 50 between them and none draws a 429.
 *
 * <p>Starts a real Redis (from the {@code embedded-redis} artifact, on a free loopback port, no
 * persistence), an eSputnik sandbox, and two worker JVMs of this class with 8 threads and
 * {@value #CALLS_PER_WORKER} searches each. Both get the same credential hash key through the
 * environment ({@code PACER_CREDENTIAL_HASH_KEY}), as every process sharing a Redis must.
 * Offline only; needs a linux-amd64, macOS or arm64 Linux machine for the bundled redis-server.
 */
public final class SharedLimitAcrossProcesses {
  static final int WORKERS = 2;
  static final int THREADS = 8;
  static final int CALLS_PER_WORKER = 100;
  static final int WARM_UP = 3;
  static final String SEARCH = "GET /api/v1/contacts";

  /** What the sample saw. */
  record Outcome(int ok, long server429s, int busiestSecond) {}

  /** Runs the sample, or (with {@code worker ...}) one of its worker processes. */
  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("worker")) {
      System.exit(worker(args[1], args[2]));
    }
    run(System.getenv(), System.out);
  }

  static Outcome run(Map<String, String> env, PrintStream out) throws Exception {
    int port = freePort();
    RedisServer redis = RedisServer.newRedisServer().port(port).bind("127.0.0.1")
        .setting("save \"\"").setting("appendonly no").onShutdownForceStop(true).build();
    redis.start();
    Thread stopRedis = new Thread(() -> stopQuietly(redis), "embedded-redis-stop");
    Runtime.getRuntime().addShutdownHook(stopRedis);
    try (VendorSandbox sandbox = VendorSandbox.builder(VendorProfile.esputnik()).start()) {
      String redisUri = "redis://127.0.0.1:" + port;
      byte[] secret = new byte[32];
      new SecureRandom().nextBytes(secret);
      List<Process> workers = new ArrayList<>();
      List<Path> logs = new ArrayList<>();
      try {
        for (int i = 0; i < WORKERS; i++) {
          Path log = Files.createTempFile("pacer-worker-", ".log");
          logs.add(log);
          ProcessBuilder pb = new ProcessBuilder(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
              "-cp", System.getProperty("java.class.path"), SharedLimitAcrossProcesses.class.getName(),
              "worker", sandbox.url("/api/v1/contacts").toString(), redisUri)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
          pb.environment().put("PACER_CREDENTIAL_HASH_KEY", HexFormat.of().formatHex(secret));
          workers.add(pb.start());
        }
        int ok = 0;
        for (int i = 0; i < WORKERS; i++) {
          Process p = workers.get(i);
          if (!p.waitFor(60, TimeUnit.SECONDS)) throw new IllegalStateException("worker " + i + " did not finish");
          String printed = Files.readString(logs.get(i), StandardCharsets.UTF_8).trim();
          for (String line : printed.split("\n")) {
            if (line.contains("unavailable")) out.println("worker " + (i + 1) + " decided on its own share for a while: " + line);
          }
          out.println("worker " + (i + 1) + ": " + printed.lines().reduce((a, b) -> b).orElse("(nothing)"));
          ok += okCount(printed);
        }
        SandboxStats stats = sandbox.stats();
        int busiest = stats.maxAdmittedInAnyWindow(SEARCH);
        out.printf("%d processes sent %d searches through one Redis; eSputnik allows 50 of these per second.%n",
            WORKERS, WORKERS * CALLS_PER_WORKER);
        out.printf("%d answered 200; busiest second at the server: %d searches; the server answered %d 429s.%n",
            ok, busiest, stats.count429());
        return new Outcome(ok, stats.count429(), busiest);
      } finally {
        for (Process p : workers) p.destroyForcibly();
        for (Path log : logs) Files.deleteIfExists(log);
      }
    } finally {
      stopQuietly(redis);
      Runtime.getRuntime().removeShutdownHook(stopRedis);
    }
  }

  /** One worker process: {@value #CALLS_PER_WORKER} searches from {@value #THREADS} threads, paced through Redis. */
  static int worker(String url, String redisUri) throws Exception {
    String key = System.getenv("PACER_CREDENTIAL_HASH_KEY");
    if (key == null) throw new IllegalStateException("PACER_CREDENTIAL_HASH_KEY is not set");
    try (RedisBucketStore store = RedisBucketStore.create(redisUri, RedisStoreOptions.builder()
        .credentialHashKey(HexFormat.of().parseHex(key))
        // If Redis stops answering, each of the two keeps to half the limit on its own.
        .instances(WORKERS)
        // Two JVMs starting at once on a small machine can miss the default 50 ms while cold.
        .deadline(Duration.ofMillis(250))
        .build())) {
      // The one line that makes the limit shared: the store and the credential hash key.
      Pacer pacer = store.applyTo(Pacer.builder(EsputnikPolicy.POLICY)).build();
      OkHttpClient client = pacer.install(new OkHttpClient.Builder()).build();
      Request search = new Request.Builder().url(url + "?maxrows=1").header("Authorization", "Bearer sample").build();
      // The first few one at a time, as a process starting up would: its first round trips to
      // Redis are slow, and the store learns Redis' clock from the quick ones.
      int ok = 0;
      for (int i = 0; i < WARM_UP; i++) if (status(client, search) == 200) ok++;
      ExecutorService threads = Executors.newFixedThreadPool(THREADS);
      List<Future<Integer>> statuses = new ArrayList<>();
      for (int i = WARM_UP; i < CALLS_PER_WORKER; i++) statuses.add(threads.submit(() -> status(client, search)));
      for (Future<Integer> s : statuses) if (s.get(60, TimeUnit.SECONDS) == 200) ok++;
      threads.shutdown();
      client.connectionPool().evictAll();
      System.out.println("ok=" + ok + " of " + CALLS_PER_WORKER);
      return ok == CALLS_PER_WORKER ? 0 : 1;
    }
  }

  private static int okCount(String printed) {
    for (String line : printed.split("\n")) {
      if (line.startsWith("ok=")) return Integer.parseInt(line.substring(3, line.indexOf(' ')));
    }
    return 0;
  }

  private static int status(OkHttpClient client, Request request) throws IOException {
    try (Response response = client.newCall(request).execute()) {
      return response.code();
    }
  }

  private static void stopQuietly(RedisServer redis) {
    try {
      if (redis.isActive()) redis.stop();
    } catch (IOException e) {
      // the process is ending anyway
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SharedLimitAcrossProcesses() {}
}
