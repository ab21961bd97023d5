package dev.pacer.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pacer.testkit.LoggedRequest;
import dev.pacer.testkit.SandboxStats;
import dev.pacer.testkit.VendorProfile;
import dev.pacer.testkit.VendorSandbox;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance of issue 17: four JVM processes, eight threads each, share one API key's limits
 * through one Redis against the testkit sandbox. The sandbox counts exactly, in its own fixed
 * windows; it sees no 429 and at least 95% of the documented rate. The same four processes
 * without Redis draw 429s, so the zero means something.
 */
final class MultiProcessAcceptanceTest {
  @RegisterExtension static final EmbeddedRedis redis = new EmbeddedRedis();
  private static final int PROCESSES = 4;
  private static final int THREADS = 8;

  @TempDir Path logs;

  @Test
  void fourProcessesKeepToESputniksPerEndpointLimitTogetherThroughRedis() throws Exception {
    try (VendorSandbox sandbox = VendorSandbox.builder(VendorProfile.esputnik()).start()) {
      List<String> out = runWorkers("esputnik", sandbox.url("/api/v1/contacts").toString(), redis.uri(), 4_000);
      SandboxStats stats = sandbox.stats();
      assertEquals(0, stats.count429(), stats + "\n" + out + "\n" + timeline(stats));
      assertNoFailures(out);
      double rate = rate(stats, "GET /api/v1/contacts");
      assertTrue(rate >= 0.95 * 50, "the four processes together reached " + rate + "/s of 50/s");
    }
  }

  @Test
  void fourProcessesKeepToIntercomsWindowTogetherWithTheSandboxClockSkewed() throws Exception {
    try (VendorSandbox sandbox = VendorSandbox.builder(VendorProfile.intercom())
        .clockOffset(Duration.ofSeconds(7)).start()) {
      // Intercom counts in fixed 10-second windows: run long enough that two lie wholly within
      // the run, and judge the rate there (before and after, a window is only partly used).
      List<String> out = runWorkers("intercom", sandbox.url("/contacts").toString(), redis.uri(), 32_000);
      SandboxStats stats = sandbox.stats();
      assertEquals(0, stats.count429(), stats + "\n" + out + "\n" + timeline(stats));
      assertNoFailures(out);
      rate(stats, "app");
      List<Integer> full = fullWindows(stats, "app", 10_000);
      assertTrue(full.size() >= 2, "two whole windows in the run: " + full);
      double mean = full.stream().mapToInt(Integer::intValue).average().orElse(0);
      assertTrue(mean >= 0.95 * 166, "the four processes together admitted " + full + " in the run's whole windows, of 166 each");
    }
  }

  @Test
  void theSameFourProcessesWithoutRedisDraw429s() throws Exception {
    try (VendorSandbox sandbox = VendorSandbox.builder(VendorProfile.esputnik()).start()) {
      runWorkers("esputnik", sandbox.url("/api/v1/contacts").toString(), "none", 2_000);
      assertTrue(sandbox.stats().count429() > 0, "each process alone spends the whole limit: " + sandbox.stats());
    }
  }

  /**
   * Nylas-shaped: three JVMs, eight threads each, call one account whose streams the server
   * holds open for a while; the account's cap of 10 concurrent calls holds across all three
   * through Redis leases (the server never sees more than 10 at once), every call completes, and
   * the same processes without Redis overlap beyond 10. Caps do not depend on timing, so this
   * runs on a busy machine too.
   */
  @Test
  void threeProcessesHoldAtMostTenStreamsPerAccountAtOnceThroughRedis() throws Exception {
    java.util.concurrent.atomic.AtomicInteger open = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger peak = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger received = new java.util.concurrent.atomic.AtomicInteger();
    try (mockwebserver3.MockWebServer server = new mockwebserver3.MockWebServer()) {
      server.setDispatcher(new mockwebserver3.Dispatcher() {
        @Override
        public mockwebserver3.MockResponse dispatch(mockwebserver3.RecordedRequest request) throws InterruptedException {
          boolean warmUp = request.getHeaders().get("X-Warm-Up") != null;
          if (!warmUp) received.incrementAndGet();
          peak.accumulateAndGet(open.incrementAndGet(), Math::max);
          try {
            Thread.sleep(30); // a stream held open
          } finally {
            open.decrementAndGet();
          }
          return new mockwebserver3.MockResponse.Builder().code(200).body("ok").build();
        }
      });
      server.start();
      String url = server.url("/messages/stream").toString();
      List<String> out = startWorkers(3, "streams", url, redis.uri(), 3_000);
      assertNoFailures(out);
      long ok = 0;
      for (String line : out) ok += Long.parseLong(line.substring(3, line.indexOf(' ')));
      assertEquals(received.get(), ok, "every call the server answered completed: " + out);
      assertTrue(ok > 30, "the processes made calls: " + out);
      int cap = SharedLimitWorker.STREAMS_PER_ACCOUNT;
      System.out.println("streams through Redis: " + ok + " calls, at most " + peak.get() + " open at once");
      assertTrue(peak.get() <= cap, "at most " + cap + " streams open at once across three processes, saw " + peak.get());

      peak.set(0);
      startWorkers(3, "streams", url, "none", 2_000);
      System.out.println("streams without Redis: at most " + peak.get() + " open at once");
      assertTrue(peak.get() > cap, "without Redis each process holds its own 10: " + peak.get());
    }
  }

  /** Admitted calls per second in {@code bucket}, from the first admitted arrival to the last. */
  private static double rate(SandboxStats stats, String bucket) {
    Instant first = null;
    Instant last = null;
    long admitted = 0;
    for (LoggedRequest r : stats.requests()) {
      if (r.status() != 200 || !r.buckets().contains(bucket) || r.headers().get("X-Warm-Up") != null) continue;
      admitted++;
      if (first == null || r.serverTime().isBefore(first)) first = r.serverTime();
      if (last == null || r.serverTime().isAfter(last)) last = r.serverTime();
    }
    assertTrue(admitted > PROCESSES, "admitted " + admitted + " in " + bucket + ": " + stats);
    double seconds = Duration.between(first, last).toNanos() / 1e9;
    double rate = (admitted - 1) / seconds;
    System.out.println(bucket + ": " + admitted + " admitted in " + seconds + " s, " + rate + "/s");
    return rate;
  }

  /** Admitted calls in {@code bucket} per fixed window of the sandbox clock, whole windows only. */
  private static List<Integer> fullWindows(SandboxStats stats, String bucket, long windowMillis) {
    java.util.TreeMap<Long, Integer> perWindow = new java.util.TreeMap<>();
    for (LoggedRequest r : stats.requests()) {
      if (r.status() != 200 || !r.buckets().contains(bucket) || r.headers().get("X-Warm-Up") != null) continue;
      perWindow.merge(Math.floorDiv(r.serverTime().toEpochMilli(), windowMillis), 1, Integer::sum);
    }
    if (perWindow.size() < 3) return List.of();
    // The first and last windows the run touched are only partly inside it.
    return List.copyOf(perWindow.subMap(perWindow.firstKey(), false, perWindow.lastKey(), false).values());
  }

  /** Where the 429s fell among the arrivals, for a failure message. */
  private static String timeline(SandboxStats stats) {
    StringBuilder b = new StringBuilder();
    Instant first = null;
    for (LoggedRequest r : stats.requests()) {
      if (first == null) first = r.serverTime();
      if (r.status() == 429 || r.headers().get("X-Warm-Up") != null) {
        b.append(Duration.between(first, r.serverTime()).toMillis()).append(" ms: ").append(r.status())
            .append(r.headers().get("X-Warm-Up") != null ? " warm-up" : "").append('\n');
      }
    }
    return b.toString();
  }

  private static void assertNoFailures(List<String> out) {
    for (String line : out) {
      assertTrue(line.contains("failed=0"), "a worker lost calls: " + out);
      assertTrue(line.contains("status429=0"), "a worker saw a 429: " + out);
    }
  }

  /**
   * Skips when the machine is already busier than two runnable threads per core: four JVMs then
   * wake their calls tens of milliseconds late, past the pacing's safety margin, and the
   * sandbox would judge the machine's scheduler, not the shared limit. The skip says so.
   */
  private static void assumeTheMachineCanRunFourJvms() {
    double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    int cores = Runtime.getRuntime().availableProcessors();
    org.junit.jupiter.api.Assumptions.assumeTrue(load < 0 || load / cores < 2.0,
        "machine overloaded (load " + load + " on " + cores + " cores): the multi-process acceptance needs the CPU");
  }

  /** Starts the workers, waits for them (bounded), and returns each one's result line. */
  private List<String> runWorkers(String vendor, String url, String redisUri, long runMillis) throws Exception {
    assumeTheMachineCanRunFourJvms();
    return startWorkers(PROCESSES, vendor, url, redisUri, runMillis);
  }

  /** Starts {@code count} workers, waits for them (bounded), and returns each one's result line. */
  private List<String> startWorkers(int count, String vendor, String url, String redisUri, long runMillis) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String prefix = "acc" + UUID.randomUUID().toString().substring(0, 8) + ":";
    long startAt = System.currentTimeMillis() + 6_000;
    List<Process> processes = new ArrayList<>();
    List<File> outputs = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        File output = logs.resolve(vendor + "-" + redisUri.hashCode() + "-worker-" + i + ".log").toFile();
        outputs.add(output);
        processes.add(new ProcessBuilder(java, "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-cp", System.getProperty("java.class.path"), SharedLimitWorker.class.getName(),
            vendor, url, redisUri, prefix, Long.toString(startAt), Long.toString(runMillis), Integer.toString(THREADS))
            .redirectErrorStream(true)
            .redirectOutput(output)
            .start());
      }
      List<String> results = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Process p = processes.get(i);
        if (!p.waitFor(runMillis + 60_000, TimeUnit.MILLISECONDS)) fail("worker " + i + " did not finish: " + read(outputs.get(i)));
        String log = read(outputs.get(i));
        assertEquals(0, p.exitValue(), log);
        String result = null;
        for (String line : log.split("\n")) if (line.startsWith("ok=")) result = line;
        // A worker that missed a deadline decided on its local quarter for a moment: still within the limit.
        if (!redisUri.equals("none") && log.contains("unavailable")) System.out.println("worker " + i + " fell back: " + log);
        if (result == null) fail("worker " + i + " printed no result: " + log);
        results.add(result);
      }
      return results;
    } finally {
      for (Process p : processes) p.destroyForcibly();
    }
  }

  private static String read(File f) throws IOException {
    return Files.readString(f.toPath(), StandardCharsets.UTF_8);
  }
}
