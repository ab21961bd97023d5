package dev.pacer.samples.cli;

import dev.pacer.PacedCallFactory;
import dev.pacer.Pacer;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.redis.RedisBucketStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Sends a traffic mix through Pacer's call factory ({@code enqueue}) with at most {@code threads}
 * calls in flight, and measures it: {@code pacer load} without the command line. A call waiting
 * for a permit (a rate permit or a concurrency slot) holds no thread and no in-flight place: up
 * to {@value #WAITING_PER_THREAD} calls per thread are handed to Pacer at once, and OkHttp's
 * dispatcher runs at most {@code threads} exchanges. One instance runs once.
 */
final class LoadRunner {
  /** What a run did; {@link #json()} is the line {@code pacer load} prints. */
  record Result(long sent, long ok, long status429, long failed, long elapsedMs, long p50Ms, long p99Ms) {
    String json() {
      return String.format(Locale.ROOT,
          "{\"sent\":%d,\"ok\":%d,\"status429\":%d,\"failed\":%d,\"elapsedMs\":%d,\"p50Ms\":%d,\"p99Ms\":%d}",
          sent, ok, status429, failed, elapsedMs, p50Ms, p99Ms);
    }
  }

  private static final MediaType JSON = MediaType.get("application/json");
  /** Latencies are counted per millisecond up to ten minutes; longer ones count as ten minutes. */
  private static final int MAX_LATENCY_MS = 600_000;

  private final HttpUrl base;
  private final List<OpSpec> ops;
  private final RateLimitPolicy policy;
  private final List<String> tokens;
  private final int threads;
  private final Duration maxWait;

  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong ok = new AtomicLong();
  private final AtomicLong status429 = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLongArray latencies = new AtomicLongArray(MAX_LATENCY_MS + 1);
  private final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
  private final long total;
  private volatile long startNanos;
  private final RedisBucketStore store;

  LoadRunner(HttpUrl base, List<OpSpec> ops, RateLimitPolicy policy, List<String> tokens, int threads, Duration maxWait) {
    this(base, ops, policy, tokens, threads, maxWait, null);
  }

  /** With {@code store} (a Redis store, or null for the default in-memory one) holding the buckets. */
  LoadRunner(HttpUrl base, List<OpSpec> ops, RateLimitPolicy policy, List<String> tokens, int threads, Duration maxWait,
      RedisBucketStore store) {
    this.store = store;
    this.base = base;
    this.ops = List.copyOf(ops);
    this.policy = policy;
    this.tokens = List.copyOf(tokens);
    this.threads = threads;
    this.maxWait = maxWait;
    long sum = 0;
    for (OpSpec op : ops) sum += op.count();
    this.total = sum;
  }

  long total() {
    return total;
  }

  /** One line of progress so far. */
  String progress() {
    double seconds = startNanos == 0 ? 0 : (System.nanoTime() - startNanos) / 1e9;
    return String.format(Locale.ROOT, "%6.1f s  sent %d of %d  ok %d  429s %d  failed %d",
        seconds, sent.get(), total, ok.get(), status429.get(), failed.get());
  }

  /** Why calls failed, most frequent first: exception class and message, or HTTP status. Never a credential. */
  List<String> failureReasons() {
    List<Map.Entry<String, AtomicLong>> entries = new ArrayList<>(failures.entrySet());
    entries.sort((a, b) -> Long.compare(b.getValue().get(), a.getValue().get()));
    List<String> reasons = new ArrayList<>();
    for (Map.Entry<String, AtomicLong> e : entries) reasons.add(e.getValue().get() + " x " + e.getKey());
    return reasons;
  }

  Result run() throws InterruptedException {
    Pacer.Builder builder = Pacer.builder(policy).maxWait(maxWait);
    if (store != null) store.applyTo(builder);
    Pacer pacer = builder.build();
    // The dispatcher may run as many exchanges as calls may be in flight; a call waiting for a
    // permit waits on Pacer's timer and holds no thread, so --threads is the number in flight.
    okhttp3.Dispatcher dispatcher = new okhttp3.Dispatcher();
    dispatcher.setMaxRequests(threads);
    dispatcher.setMaxRequestsPerHost(threads);
    OkHttpClient client = new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        .addNetworkInterceptor(chain -> {
          Response response = chain.proceed(chain.request());
          if (response.code() == 429) status429.incrementAndGet();
          return response;
        })
        .build();
    PacedCallFactory calls = pacer.callFactory(client);
    Schedule schedule = new Schedule(ops);
    // The dispatcher bounds the exchanges; this bounds only how many calls wait in Pacer at once
    // (memory), and is wide enough that calls waiting for one cap (a stream slot) never hold up
    // calls under another.
    int outstanding = outstanding(threads);
    Semaphore inFlight = new Semaphore(outstanding);
    startNanos = System.nanoTime();
    try {
      for (Schedule.Slot slot = schedule.next(); slot != null; slot = schedule.next()) {
        inFlight.acquire();
        send(calls, ops.get(slot.op()), slot.number(), inFlight::release);
      }
      inFlight.acquire(outstanding); // every call has finished
    } finally {
      calls.close();
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
    long elapsedMs = (System.nanoTime() - startNanos) / 1_000_000;
    return new Result(sent.get(), ok.get(), status429.get(), failed.get(), elapsedMs, percentile(0.50), percentile(0.99));
  }

  /** Calls submitted and not yet finished, at most: {@value #WAITING_PER_THREAD} per call in flight. */
  static int outstanding(int threads) {
    return threads * WAITING_PER_THREAD;
  }

  /** How many calls may wait in Pacer per call in flight. */
  static final int WAITING_PER_THREAD = 16;

  private void send(PacedCallFactory calls, OpSpec op, long call, Runnable done) {
    Request.Builder request = new Request.Builder()
        .url(op.url(base))
        // One id per logical call: Pacer's retries re-send this same request, so the id stays.
        .header("X-Request-Id", UUID.randomUUID().toString())
        .header("User-Agent", "pacer-load");
    if (!tokens.isEmpty()) request.header("Authorization", "Bearer " + tokens.get((int) (call % tokens.size())));
    switch (op.method()) {
      case "POST", "PUT", "PATCH" -> request.method(op.method(), RequestBody.create("{}", JSON));
      default -> request.method(op.method(), null);
    }
    long start = System.nanoTime();
    sent.incrementAndGet();
    calls.newCall(request.build()).enqueue(new Callback() {
      @Override
      public void onResponse(Call c, Response response) {
        try (response) {
          response.body().source().readAll(okio.Okio.blackhole());
          if (response.isSuccessful()) {
            ok.incrementAndGet();
          } else {
            fail("HTTP " + response.code());
          }
        } catch (IOException | RuntimeException e) {
          fail(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } finally {
          finished(start, done);
        }
      }

      @Override
      public void onFailure(Call c, IOException e) {
        fail(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        finished(start, done);
      }
    });
  }

  private void finished(long start, Runnable done) {
    long ms = (System.nanoTime() - start) / 1_000_000;
    latencies.incrementAndGet((int) Math.min(ms, MAX_LATENCY_MS));
    done.run();
  }

  private void fail(String reason) {
    failed.incrementAndGet();
    if (failures.size() < 20 || failures.containsKey(reason)) {
      failures.computeIfAbsent(reason, r -> new AtomicLong()).incrementAndGet();
    }
  }

  /** The latency at quantile {@code q}, in whole milliseconds (nearest rank). */
  private long percentile(double q) {
    long count = 0;
    for (int i = 0; i <= MAX_LATENCY_MS; i++) count += latencies.get(i);
    if (count == 0) return 0;
    long rank = Math.max(1, (long) Math.ceil(q * count));
    long seen = 0;
    for (int i = 0; i <= MAX_LATENCY_MS; i++) {
      seen += latencies.get(i);
      if (seen >= rank) return i;
    }
    return MAX_LATENCY_MS;
  }

  /**
   * The order of the calls: every op spread evenly over the run (smooth weighted round-robin),
   * so a mix of 1,000 GETs and 100 POSTs sends a POST every tenth call, not all at the end.
   */
  static final class Schedule {
    /** Call {@code number} (0-based) sends op {@code op}. */
    record Slot(long number, int op) {}

    private final long[] remaining;
    private final long[] weight;
    private final long[] current;
    private final long total;
    private long handed;

    Schedule(List<OpSpec> specs) {
      remaining = new long[specs.size()];
      weight = new long[specs.size()];
      current = new long[specs.size()];
      long sum = 0;
      for (int i = 0; i < specs.size(); i++) {
        remaining[i] = weight[i] = specs.get(i).count();
        sum += weight[i];
      }
      total = sum;
    }

    /** The next call, or null when every call has been handed out. */
    synchronized Slot next() {
      if (handed == total) return null;
      int best = -1;
      long weights = 0;
      for (int i = 0; i < weight.length; i++) {
        if (remaining[i] == 0) continue;
        current[i] += weight[i];
        weights += weight[i];
        if (best < 0 || current[i] > current[best]) best = i;
      }
      current[best] -= weights;
      remaining[best]--;
      return new Slot(handed++, best);
    }
  }

  @Override
  public String toString() {
    return "LoadRunner{" + base.redact() + ", " + ops.size() + " ops, " + total + " calls, policy=" + policy.name() + "}";
  }

  /** Prints progress to {@code err} until closed; for terminals. */
  LiveView progressView(PrintWriter err) {
    return new LiveView(err, true, () -> new LiveView.Frame(progress(), List.of()));
  }
}
