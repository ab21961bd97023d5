package dev.pacer.bench.goodput;

import dev.pacer.testkit.SandboxStats;
import dev.pacer.testkit.VendorSandbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/** Runs one scenario with one client against a fresh sandbox and counts what happened. */
final class GoodputRun {
  private GoodputRun() {}

  static GoodputResult run(Scenario scenario, ClientKind kind, long seed) throws InterruptedException {
    try (VendorSandbox sandbox = scenario.start()) {
      OkHttpClient base = new OkHttpClient.Builder()
          .readTimeout(Duration.ofSeconds(30))
          .callTimeout(Duration.ofMinutes(3))
          .build();
      List<Runnable> tasks = new ArrayList<>();
      AtomicInteger completed = new AtomicInteger();
      AtomicInteger errors = new AtomicInteger();
      AtomicReference<String> firstError = new AtomicReference<>();
      ExecutorService pool = Executors.newFixedThreadPool(scenario.threads());
      try (ClientKind.Driver driver = kind.driver(scenario, base)) {
        for (Workload w : scenario.workloads()) {
          Request request = w.request(sandbox.url("/"));
          for (int i = 0; i < w.count(); i++) {
            tasks.add(() -> {
              try {
                Attempt a = driver.call(w, request);
                if (a.ok()) completed.incrementAndGet();
                else errors.incrementAndGet();
              } catch (Exception e) {
                errors.incrementAndGet();
                firstError.compareAndSet(null, e.toString());
              }
            });
          }
        }
        Collections.shuffle(tasks, new Random(seed));
        long serverStartMillis = sandbox.serverTime().toEpochMilli();
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>(tasks.size());
        for (Runnable t : tasks) futures.add(pool.submit(t));
        for (Future<?> f : futures) {
          try {
            f.get();
          } catch (java.util.concurrent.ExecutionException e) {
            errors.incrementAndGet();
          }
        }
        long elapsed = System.nanoTime() - start;
        SandboxStats stats = sandbox.stats();
        if (firstError.get() != null) {
          System.err.println(scenario.name() + " / " + kind.label + ": first exception: " + firstError.get());
        }
        return new GoodputResult(scenario.name(), kind.label, scenario.issued(), completed.get(),
            stats.count429(), stats.requestCount(), errors.get(), elapsed,
            scenario.leastNanos(serverStartMillis), scenario.documentedNanos());
      } finally {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        base.dispatcher().executorService().shutdown();
        base.connectionPool().evictAll();
      }
    }
  }
}
