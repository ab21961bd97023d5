package dev.pacer.bench.goodput;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/** Runs one scenario with one client against a fresh server and counts what happened. */
final class GoodputRun {
  /** No run waits longer than this for its calls: every call has a 3-minute timeout anyway. */
  private static final Duration RUN_LIMIT = Duration.ofMinutes(10);

  private GoodputRun() {}

  static GoodputResult run(Scenario scenario, ClientKind kind, long seed) throws InterruptedException {
    return run(scenario, kind, seed, false);
  }

  /** With {@code diagnostic}, the server's answers per window and Pacer's events are summarized in the result. */
  static GoodputResult run(Scenario scenario, ClientKind kind, long seed, boolean diagnostic)
      throws InterruptedException {
    try (BenchServer server = scenario.start()) {
      OkHttpClient base = new OkHttpClient.Builder()
          .readTimeout(Duration.ofSeconds(30))
          .callTimeout(Duration.ofMinutes(3))
          .build();
      AtomicInteger completed = new AtomicInteger();
      AtomicInteger errors = new AtomicInteger();
      AtomicReference<String> firstError = new AtomicReference<>();
      EventLog events = new EventLog();
      boolean pacer = kind == ClientKind.PACER || kind == ClientKind.PACER_NO_HEADERS;
      ExecutorService pool = Executors.newFixedThreadPool(scenario.threads());
      try (ClientKind.Driver driver = kind.driver(scenario, base, events)) {
        // One request per logical call, carrying its own id (retries re-send the same request).
        List<Workload> order = new ArrayList<>();
        for (Workload w : scenario.workloads()) {
          for (int i = 0; i < w.count(); i++) order.add(w);
        }
        Collections.shuffle(order, new Random(seed));
        List<Request> requests = new ArrayList<>(order.size());
        for (int i = 0; i < order.size(); i++) {
          requests.add(order.get(i).request(server.url("/")).newBuilder()
              .header(LimitServer.CALL_ID, "call-" + i)
              .build());
        }
        startAtPhase(server, scenario.periodMillis());
        long serverStartMillis = server.serverTimeMillis();
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>(order.size());
        for (int i = 0; i < order.size(); i++) {
          Workload w = order.get(i);
          Request request = requests.get(i);
          if (driver.async()) {
            futures.add(driver.callAsync(w, request).handle((a, e) -> {
              tally(a, e, completed, errors, firstError);
              return null;
            }));
          } else {
            futures.add(pool.submit(() -> {
              Attempt a = null;
              Exception failure = null;
              try {
                a = driver.call(w, request);
              } catch (Exception e) {
                failure = e;
              }
              tally(a, failure, completed, errors, firstError);
            }));
          }
        }
        long deadline = start + RUN_LIMIT.toNanos();
        for (Future<?> f : futures) {
          try {
            f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
          } catch (ExecutionException | TimeoutException e) {
            errors.incrementAndGet();
            if (f instanceof CompletableFuture<?> c) c.cancel(true);
          }
        }
        long elapsed = System.nanoTime() - start;
        if (firstError.get() != null) {
          System.err.println(scenario.name() + " / " + kind.label + ": first exception: " + firstError.get());
        }
        return new GoodputResult(scenario.name(), kind.label, scenario.issued(), completed.get(),
            server.count429(), server.requestCount(), errors.get(), elapsed,
            scenario.leastNanos(serverStartMillis), scenario.documentedNanos(),
            server.postsAppliedTwice(), !diagnostic ? ""
                : (pacer ? events.summary() : "")
                    + BenchServer.perWindow(server.arrivals(), serverStartMillis, scenario.periodMillis(), 40)
                    + server.arrivalSlack());
      } finally {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        base.dispatcher().executorService().shutdown();
        base.connectionPool().evictAll();
      }
    }
  }

  /** Where in the server's window every client starts, for windows of at most {@link #ALIGNED_PERIOD_MILLIS}. */
  static final double START_PHASE = 0.1;
  static final long ALIGNED_PERIOD_MILLIS = 2_000;

  /**
   * Waits until the server's clock is {@link #START_PHASE} into its current window (of
   * {@code periodMillis}), so every client of a fixed-window scenario starts at the same phase:
   * elapsed times then compare across clients, not only each against its own least time. Longer
   * windows (Intercom's 10 s) are not aligned: each client's least time accounts for its phase.
   */
  private static void startAtPhase(BenchServer server, long periodMillis) throws InterruptedException {
    if (periodMillis <= 0 || periodMillis > ALIGNED_PERIOD_MILLIS) return;
    long target = (long) (periodMillis * START_PHASE);
    long phase = Math.floorMod(server.serverTimeMillis(), periodMillis);
    long waitMillis = Math.floorMod(target - phase, periodMillis);
    Thread.sleep(waitMillis);
  }

  private static void tally(Attempt a, Throwable failure, AtomicInteger completed, AtomicInteger errors,
      AtomicReference<String> firstError) {
    if (failure != null) {
      errors.incrementAndGet();
      Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
          ? failure.getCause() : failure;
      firstError.compareAndSet(null, cause.toString());
    } else if (a.ok()) {
      completed.incrementAndGet();
    } else {
      errors.incrementAndGet();
    }
  }
}
