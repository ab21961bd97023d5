package dev.pacer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pacer.event.PacerListener;
import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.Rule;
import dev.pacer.time.ManualClock;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The four ways to drive a call through Pacer — the installed interceptor with {@code execute()}
 * and with {@code enqueue()}, the call factory with {@code execute()} and with {@code enqueue()} —
 * give the same outcome, the same listener events in the same order, and the same requests at the
 * server, scenario by scenario. Each driver runs each scenario against a fresh server and a fresh
 * {@link Pacer} on a virtual clock.
 */
final class DriverParityTest {
  private static final String PATH = "/items";

  /** How a call is made. */
  enum Driver {
    INTERCEPTOR_EXECUTE, INTERCEPTOR_ENQUEUE, FACTORY_EXECUTE, FACTORY_ENQUEUE
  }

  /** What a scenario does to the measured call while it runs. */
  enum Action {
    /** Nothing: let virtual time run. */
    RUN_CLOCK,
    /** Cancel the call once it waits. */
    CANCEL,
    /** Let virtual time run past the call's 500 ms callTimeout. */
    TIMEOUT,
    /** Close the body that holds the only concurrency slot once the call waits. */
    RELEASE_SLOT
  }

  /** One row of the table. */
  enum Scenario {
    WAITS_FOR_A_RATE_PERMIT("GET", Limit.RATE, Action.RUN_CLOCK, ok("measured")),
    WAITS_FOR_A_CONCURRENCY_SLOT("GET", Limit.SLOT, Action.RELEASE_SLOT, ok("measured")),
    RETRIES_A_429_AFTER_ITS_RETRY_AFTER("GET", Limit.NONE, Action.RUN_CLOCK,
        new MockResponse.Builder().code(429).addHeader("Retry-After", "1").build(), ok("measured")),
    BACKS_OFF_AFTER_A_BARE_429("GET", Limit.FAST_RATE, Action.RUN_CLOCK,
        new MockResponse.Builder().code(429).build(), ok("measured")),
    BACKS_OFF_AFTER_A_503_FOR_A_GET("GET", Limit.NONE, Action.RUN_CLOCK,
        new MockResponse.Builder().code(503).build(), ok("measured")),
    RETRIES_A_GET_AFTER_A_DROPPED_CONNECTION("GET", Limit.NONE, Action.RUN_CLOCK,
        new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build(), ok("measured")),
    NEVER_RETRIES_A_POST_AFTER_A_DROPPED_CONNECTION("POST", Limit.NONE, Action.RUN_CLOCK,
        new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build(), ok("never")),
    CANCEL_WHILE_WAITING_FOR_A_RATE_PERMIT("GET", Limit.RATE, Action.CANCEL, ok("never")),
    CANCEL_WHILE_WAITING_FOR_A_SLOT("GET", Limit.SLOT, Action.CANCEL, ok("never")),
    CANCEL_WHILE_WAITING_TO_RETRY("GET", Limit.NONE, Action.CANCEL,
        new MockResponse.Builder().code(429).addHeader("Retry-After", "5").build(), ok("never")),
    TIMEOUT_WHILE_WAITING_FOR_A_RATE_PERMIT("GET", Limit.RATE, Action.TIMEOUT, ok("never")),
    TIMEOUT_WHILE_WAITING_FOR_A_SLOT("GET", Limit.SLOT, Action.TIMEOUT, ok("never")),
    TIMEOUT_WHILE_WAITING_TO_RETRY("GET", Limit.NONE, Action.TIMEOUT,
        new MockResponse.Builder().code(429).addHeader("Retry-After", "5").build(), ok("never")),
    FAILS_AT_ONCE_WHEN_THE_WAIT_EXCEEDS_MAX_WAIT("GET", Limit.SLOW_RATE, Action.RUN_CLOCK, ok("never"));

    final String method;
    final Limit limit;
    final Action action;
    final MockResponse[] answers;

    Scenario(String method, Limit limit, Action action, MockResponse... answers) {
      this.method = method;
      this.limit = limit;
      this.action = action;
      this.answers = answers;
    }
  }

  /** The policy the scenario runs under, and what must happen before the measured call. */
  enum Limit {
    NONE, RATE, FAST_RATE, SLOW_RATE, SLOT
  }

  /** What one driver saw in one scenario. */
  record Observed(String outcome, List<String> events, List<String> requests) {}

  @ParameterizedTest
  @EnumSource(Scenario.class)
  void everyDriverBehavesAlike(Scenario scenario) throws Exception {
    Map<Driver, Observed> seen = new EnumMap<>(Driver.class);
    for (Driver driver : Driver.values()) seen.put(driver, run(scenario, driver));
    Observed reference = seen.get(Driver.INTERCEPTOR_EXECUTE);
    for (Driver driver : Driver.values()) {
      assertEquals(reference, seen.get(driver), driver + " differs from " + Driver.INTERCEPTOR_EXECUTE + " in " + scenario);
    }
    switch (scenario.action) {
      case CANCEL:
        assertEquals("IOException: Canceled", reference.outcome());
        break;
      case TIMEOUT:
        assertEquals("InterruptedIOException: timeout", reference.outcome());
        break;
      default:
        break;
    }
  }

  private Observed run(Scenario scenario, Driver driver) throws Exception {
    ManualClock clock = new ManualClock(Instant.parse("2026-12-03T10:00:00Z"));
    List<String> events = new CopyOnWriteArrayList<>();
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      Pacer pacer = Pacer.builder(policy(scenario.limit))
          .clock(clock)
          .listener(recorder(events))
          .maxWait(Duration.ofSeconds(scenario.limit == Limit.SLOW_RATE ? 1 : 30))
          .retry(RetryConfig.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(200)).maxBackoff(Duration.ofMillis(400)).build())
          .build();
      OkHttpClient base = new OkHttpClient.Builder().callTimeout(Duration.ofMillis(scenario.action == Action.TIMEOUT ? 500 : 0)).build();
      OkHttpClient installed = pacer.install(base.newBuilder()).build();
      PacedCallFactory factory = pacer.callFactory(base);
      Response holder = null;
      try {
        // Before the measured call: spend the rate permit, or hold the only slot.
        if (scenario.limit == Limit.RATE || scenario.limit == Limit.SLOW_RATE) {
          server.enqueue(ok("first"));
          try (Response r = installed.newCall(request(server, "GET")).execute()) {
            assertEquals("first", r.body().string());
          }
        } else if (scenario.limit == Limit.SLOT) {
          server.enqueue(ok("held"));
          holder = installed.newCall(request(server, "GET")).execute();
        }
        events.clear();
        for (MockResponse answer : scenario.answers) server.enqueue(answer);

        Call.Factory calls = driver == Driver.FACTORY_EXECUTE || driver == Driver.FACTORY_ENQUEUE ? factory : installed;
        boolean async = driver == Driver.INTERCEPTOR_ENQUEUE || driver == Driver.FACTORY_ENQUEUE;
        Call call = calls.newCall(request(server, scenario.method));
        CompletableFuture<String> outcome = start(call, async);
        drive(scenario.action, clock, call, outcome, holder, pacer.diagnostics());
        String result = outcome.get(10, TimeUnit.SECONDS);
        assertEquals(0, pacer.diagnostics().permitsInFlight() - (holder != null && scenario.action != Action.RELEASE_SLOT ? 1 : 0),
            "permits left behind by " + driver + " in " + scenario);
        List<String> requests = new ArrayList<>();
        while (server.getRequestCount() > requests.size()) {
          RecordedRequest r = server.takeRequest(1, TimeUnit.SECONDS);
          if (r == null) break;
          requests.add(r.getMethod() + " " + r.getTarget());
        }
        return new Observed(result, List.copyOf(events), requests);
      } finally {
        if (holder != null) holder.close();
        factory.close();
        for (OkHttpClient c : List.of(installed, base)) {
          c.dispatcher().executorService().shutdown();
          c.connectionPool().evictAll();
        }
      }
    }
  }

  /** Moves the scenario along: virtual time, a cancel, or a released slot; bounded in steps and real time. */
  private static void drive(Action action, ManualClock clock, Call call, CompletableFuture<String> outcome,
      Response holder, PacerDiagnostics diagnostics) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    if (action == Action.CANCEL || action == Action.RELEASE_SLOT) {
      // Once the call waits inside Pacer (virtual time stands still, so no wait ends by itself), act.
      while (diagnostics.callsWaiting() == 0 && !outcome.isDone() && System.nanoTime() < deadline) {
        java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
      }
      if (diagnostics.callsWaiting() == 0) fail("the call never started waiting: " + call);
      if (action == Action.CANCEL) {
        call.cancel();
      } else {
        holder.close();
      }
    } else {
      // Let virtual time run in 50 ms steps until the call ends.
      for (int step = 0; step < 4_000 && !outcome.isDone() && System.nanoTime() < deadline; step++) {
        clock.advance(Duration.ofMillis(50));
        Thread.sleep(2);
      }
    }
    try {
      outcome.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      fail("the call did not end: " + call);
    }
  }

  private static CompletableFuture<String> start(Call call, boolean async) {
    CompletableFuture<String> outcome = new CompletableFuture<>();
    if (async) {
      call.enqueue(new Callback() {
        @Override
        public void onResponse(Call c, Response response) {
          outcome.complete(describe(response));
        }

        @Override
        public void onFailure(Call c, IOException e) {
          outcome.complete(describe(e));
        }
      });
    } else {
      Thread t = new Thread(() -> {
        try {
          outcome.complete(describe(call.execute()));
        } catch (IOException e) {
          outcome.complete(describe(e));
        }
      }, "parity-execute");
      t.setDaemon(true);
      t.start();
    }
    return outcome;
  }

  private static String describe(Response response) {
    try (response) {
      return response.code() + " " + response.body().string();
    } catch (IOException e) {
      return "body failed: " + describe(e);
    }
  }

  private static String describe(IOException e) {
    if (e instanceof PacerException) return e.getClass().getSimpleName();
    if (e instanceof InterruptedIOException) return "InterruptedIOException: " + e.getMessage();
    if (e.getMessage() != null && e.getMessage().equals("Canceled")) return "IOException: Canceled";
    return "IOException"; // the text of a socket failure differs by where it struck
  }

  private static RateLimitPolicy policy(Limit limit) {
    RateLimitPolicy.Builder b = RateLimitPolicy.builder("parity");
    switch (limit) {
      case RATE:
        b.rule(Rule.builder("items").endpoint("* " + PATH).rate(Rate.of(1, Duration.ofSeconds(2))).build());
        break;
      case SLOW_RATE:
        b.rule(Rule.builder("items").endpoint("* " + PATH).rate(Rate.of(1, Duration.ofSeconds(5))).build());
        break;
      case FAST_RATE:
        b.rule(Rule.builder("items").endpoint("* " + PATH).rate(Rate.perSecond(10)).build());
        break;
      case SLOT:
        b.rule(Rule.builder("items").endpoint("* " + PATH).maxConcurrent(1).build());
        break;
      default:
        break;
    }
    return b.build();
  }

  private static Request request(MockWebServer server, String method) {
    RequestBody body = method.equals("GET") ? null : RequestBody.create("{}", MediaType.get("application/json"));
    return new Request.Builder().url(server.url(PATH)).method(method, body).build();
  }

  private static MockResponse ok(String body) {
    return new MockResponse.Builder().body(body).build();
  }

  /**
   * Records events with the parts that must agree: kind, endpoint, rule or status, reason, and
   * durations the server or the policy decided. Durations measured while waiting depend on when a
   * driver's thread looked at the clock, and backoffs are jittered, so they are left out.
   */
  private static PacerListener recorder(List<String> events) {
    Consumer<String> add = events::add;
    return new PacerListener() {
      @Override
      public void waited(String endpoint, String rule, Duration wait) {
        add.accept("waited " + endpoint + " " + rule);
      }

      @Override
      public void pausedByServer(String endpoint, String bucket, int status, Duration pause) {
        // Each driver runs against its own server: the implicit per-host bucket names its port.
        add.accept("paused " + endpoint + " " + bucket.replaceAll(":\\d+$", ":PORT") + " " + status + " " + pause);
      }

      @Override
      public void retrying(String endpoint, int attempt, Duration delay, String reason) {
        add.accept("retrying " + endpoint + " " + attempt + " " + reason + (reason.contains("server wait") ? " " + delay : ""));
      }

      @Override
      public void gaveUp(String endpoint, int attempts, String reason) {
        add.accept("gaveUp " + endpoint + " " + attempts + " " + reason);
      }

      @Override
      public void rejected(String endpoint, String rule, Duration wait) {
        add.accept("rejected " + endpoint + " " + rule + " about " + Math.round(wait.toMillis() / 1000.0) + "s");
      }
    };
  }
}
