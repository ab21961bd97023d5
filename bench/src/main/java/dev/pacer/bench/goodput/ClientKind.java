package dev.pacer.bench.goodput;

import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import dev.pacer.PacedCallFactory;
import dev.pacer.Pacer;
import dev.pacer.event.PacerListener;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.core.functions.CheckedSupplier;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The clients compared, each set up the way a user would reach for it against a vendor with
 * documented limits. Retry backoffs are exponential from 250 ms to 8 s, 8 retries, no jitter
 * (so runs are repeatable); Pacer gets the same number of attempts (9) and otherwise its
 * default {@code RetryConfig}. Where the server's limit is undocumented, the peers get no rate
 * limiter, only their retry honouring {@code Retry-After}.
 */
enum ClientKind {
  /**
   * OkHttp with {@code Pacer.install} and the scenario's policy (the vendor module's own for
   * the sandbox scenarios); in a scenario that asks for it, Pacer's call factory instead, every
   * call enqueued at once and at most {@code threads} exchanges in flight.
   */
  PACER("Pacer"),
  /** OkHttp as is: no pacing, no retry. */
  PLAIN("plain OkHttp"),
  /** OkHttp + Failsafe {@code RetryPolicy} on 429/503, delay from {@code Retry-After} when sent, else backoff. */
  FAILSAFE("OkHttp + Failsafe retry"),
  /**
   * OkHttp + Resilience4j: a {@code RateLimiter} per documented rate, a {@code Bulkhead} per
   * documented concurrency cap, and a {@code Retry} on 429/503 reading {@code Retry-After}.
   */
  RESILIENCE4J("OkHttp + Resilience4j"),
  /**
   * Diagnostic, not a competitor: Pacer with a network interceptor that removes the
   * {@code X-RateLimit-*} headers before Pacer reads them, so it paces from the declared
   * policy alone. Shows what the header feedback costs or buys.
   */
  PACER_NO_HEADERS("Pacer, X-RateLimit-* hidden (diagnostic)");

  /** The clients compared in every run; {@link #PACER_NO_HEADERS} runs only when asked for. */
  static final java.util.List<ClientKind> COMPARED = java.util.List.of(PACER, PLAIN, FAILSAFE, RESILIENCE4J);

  static final int MAX_RETRIES = 8;
  static final Duration BACKOFF = Duration.ofMillis(250);
  static final Duration MAX_BACKOFF = Duration.ofSeconds(8);

  final String label;

  ClientKind(String label) {
    this.label = label;
  }

  /** Sends one workload's request, with whatever pacing and retrying this client does. */
  interface Driver extends AutoCloseable {
    Attempt call(Workload workload, Request request) throws Exception;

    /** True when this driver sends with {@link #callAsync} and needs no thread per call. */
    default boolean async() {
      return false;
    }

    /** Starts one call without holding the caller's thread; only when {@link #async()}. */
    default CompletableFuture<Attempt> callAsync(Workload workload, Request request) {
      throw new UnsupportedOperationException("a blocking driver");
    }

    @Override
    void close();
  }

  Driver driver(Scenario scenario, OkHttpClient base) {
    return driver(scenario, base, PacerListener.NONE);
  }

  /** The driver of this client for {@code scenario}; Pacer's clients report to {@code listener}. */
  Driver driver(Scenario scenario, OkHttpClient base, PacerListener listener) {
    switch (this) {
      case PACER_NO_HEADERS: {
        Pacer pacer = pacer(scenario, listener);
        OkHttpClient.Builder b = base.newBuilder().addNetworkInterceptor(chain -> {
          okhttp3.Response r = chain.proceed(chain.request());
          return r.newBuilder()
              .removeHeader("X-RateLimit-Limit")
              .removeHeader("X-RateLimit-Remaining")
              .removeHeader("X-RateLimit-Reset")
              .build();
        });
        if (scenario.pacerAsync()) return asyncDriver(pacer, b.build(), scenario.threads());
        OkHttpClient client = pacer.install(b).build();
        return driver(client, (c, w, r) -> Attempt.execute(c.newCall(r)));
      }
      case PLAIN:
        return driver(base, (client, w, r) -> Attempt.execute(client.newCall(r)));
      case PACER: {
        Pacer pacer = pacer(scenario, listener);
        if (scenario.pacerAsync()) return asyncDriver(pacer, base, scenario.threads());
        OkHttpClient client = pacer.install(base.newBuilder()).build();
        return driver(client, (c, w, r) -> Attempt.execute(c.newCall(r)));
      }
      case FAILSAFE: {
        RetryPolicy<Attempt> retry = RetryPolicy.<Attempt>builder()
            .handleResultIf(Attempt::throttled)
            .withMaxRetries(MAX_RETRIES)
            .withBackoff(BACKOFF, MAX_BACKOFF)
            .withDelayFn(ctx -> {
              Attempt last = ctx.getLastResult();
              long ms = last == null ? -1 : last.retryAfterMillis();
              return Duration.ofMillis(ms); // negative: Failsafe uses the backoff
            })
            .build();
        return driver(base, (client, w, r) -> Failsafe.with(retry).get(() -> Attempt.execute(client.newCall(r))));
      }
      case RESILIENCE4J: {
        Map<String, RateLimiter> limiters = new HashMap<>();
        Map<String, Bulkhead> bulkheads = new HashMap<>();
        for (Workload w : scenario.workloads()) {
          if (w.documentedPermits() > 0 && !limiters.containsKey(w.limitKey())) {
            // A leaky bucket's "10 r/s" is one request per 100 ms (nginx counts so): one permit
            // per interval, not ten at the start of each second.
            boolean leaky = w.counting() == Workload.Counting.LEAKY_BUCKET;
            limiters.put(w.limitKey(), RateLimiter.of(w.limitKey(), RateLimiterConfig.custom()
                .limitForPeriod(leaky ? 1 : w.documentedPermits())
                .limitRefreshPeriod(leaky ? w.period().dividedBy(w.documentedPermits()) : w.period())
                .timeoutDuration(Duration.ofMinutes(2))
                .build()));
          }
          if (w.maxConcurrent() > 0 && !bulkheads.containsKey(w.limitKey())) {
            bulkheads.put(w.limitKey(), Bulkhead.of(w.limitKey(), BulkheadConfig.custom()
                .maxConcurrentCalls(w.maxConcurrent())
                .maxWaitDuration(Duration.ofMinutes(2))
                .build()));
          }
        }
        Retry retry = Retry.of("vendor", RetryConfig.<Attempt>custom()
            .maxAttempts(MAX_RETRIES + 1)
            .retryOnResult(Attempt::throttled)
            .intervalBiFunction((attempt, result) -> {
              long ms = result.isRight() ? result.get().retryAfterMillis() : -1;
              if (ms >= 0) return ms;
              long backoff = BACKOFF.toMillis() << Math.min(attempt - 1, 20);
              return Math.min(backoff, MAX_BACKOFF.toMillis());
            })
            .build());
        return driver(base, (client, w, r) -> {
          CheckedSupplier<Attempt> send = () -> Attempt.execute(client.newCall(r));
          Bulkhead bulkhead = bulkheads.get(w.limitKey());
          if (bulkhead != null) send = Bulkhead.decorateCheckedSupplier(bulkhead, send);
          RateLimiter limiter = limiters.get(w.limitKey());
          if (limiter != null) send = RateLimiter.decorateCheckedSupplier(limiter, send);
          try {
            return Retry.decorateCheckedSupplier(retry, send).get();
          } catch (Throwable t) {
            if (t instanceof Exception e) throw e;
            throw new IOException(t);
          }
        });
      }
      default:
        throw new AssertionError(this);
    }
  }

  private static Pacer pacer(Scenario scenario, PacerListener listener) {
    return Pacer.builder(scenario.pacerPolicy())
        .maxWait(Duration.ofMinutes(2))
        .retry(dev.pacer.RetryConfig.builder().maxAttempts(MAX_RETRIES + 1).build())
        .listener(listener)
        .build();
  }

  /**
   * Pacer's call factory: every call is enqueued as soon as the run starts, waits for its
   * permits on Pacer's timer without a thread, and at most {@code inFlight} exchanges run at
   * once (the dispatcher's limits), as {@code pacer load --threads N} intends.
   */
  private static Driver asyncDriver(Pacer pacer, OkHttpClient base, int inFlight) {
    okhttp3.Dispatcher dispatcher = new okhttp3.Dispatcher();
    dispatcher.setMaxRequests(inFlight);
    dispatcher.setMaxRequestsPerHost(inFlight);
    OkHttpClient client = base.newBuilder().dispatcher(dispatcher).build();
    PacedCallFactory calls = pacer.callFactory(client);
    return new Driver() {
      @Override
      public Attempt call(Workload workload, Request request) throws Exception {
        return callAsync(workload, request).get();
      }

      @Override
      public boolean async() {
        return true;
      }

      @Override
      public CompletableFuture<Attempt> callAsync(Workload workload, Request request) {
        CompletableFuture<Attempt> done = new CompletableFuture<>();
        calls.newCall(request).enqueue(new Callback() {
          @Override
          public void onResponse(Call call, Response response) {
            try (response) {
              response.body().source().readAll(okio.Okio.blackhole());
              done.complete(new Attempt(response.code(), response.header("Retry-After")));
            } catch (IOException | RuntimeException e) {
              done.completeExceptionally(e);
            }
          }

          @Override
          public void onFailure(Call call, IOException e) {
            done.completeExceptionally(e);
          }
        });
        return done;
      }

      @Override
      public void close() {
        calls.close();
        dispatcher.executorService().shutdown();
        client.connectionPool().evictAll();
      }
    };
  }

  private interface Send {
    Attempt send(OkHttpClient client, Workload w, Request r) throws Exception;
  }

  private static Driver driver(OkHttpClient client, Send send) {
    return new Driver() {
      @Override
      public Attempt call(Workload workload, Request request) throws Exception {
        return send.send(client, workload, request);
      }

      @Override
      public void close() {
        client.connectionPool().evictAll();
      }
    };
  }
}
