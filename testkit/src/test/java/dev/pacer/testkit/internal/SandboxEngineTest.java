package dev.pacer.testkit.internal;

import static dev.pacer.testkit.internal.Requests.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.testkit.FaultInjection;
import dev.pacer.testkit.FaultKind;
import dev.pacer.time.ManualClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class SandboxEngineTest {
  private final ManualClock clock = new ManualClock();

  private List<String> outcomes(FaultInjection faults, int requests) {
    SandboxEngine engine = SandboxEngine.builder().clock(clock)
        .faults(faults).build(new IntercomModel(100_000));
    List<String> outcomes = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      Reply reply = engine.handle(request("GET", "/contacts"));
      reply.lease().release();
      outcomes.add(reply.status() + ":" + reply.headers().get("X-RateLimit-Reset"));
    }
    return outcomes;
  }

  @Test
  void injectsFaultsAtTheConfiguredRateAndTheSameSeedRepeatsThem() {
    FaultInjection faults = FaultInjection.builder().rate(0.05).seed(42).build();
    SandboxEngine engine = SandboxEngine.builder().clock(clock)
        .faults(faults).build(new IntercomModel(100_000));
    for (int i = 0; i < 4000; i++) {
      engine.handle(request("GET", "/contacts")).lease().release();
    }
    long injected = engine.stats().faults().values().stream().mapToLong(Long::longValue).sum();
    // Binomial(4000, 0.05): mean 200, standard deviation 13.8; the seed fixes the outcome.
    assertTrue(injected > 150 && injected < 250, "injected " + injected);
    for (FaultKind kind : FaultKind.values()) {
      assertTrue(engine.stats().faults().get(kind) > 30, kind + ": " + engine.stats().faults());
    }
    assertEquals(outcomes(faults, 500), outcomes(faults, 500));
    List<String> otherSeed = outcomes(faults.toBuilder().seed(43).build(), 500);
    assertFalse(otherSeed.equals(outcomes(faults, 500)));
  }

  @Test
  void serviceUnavailableIsAnsweredBeforeCountingAndAsksForOneSecond() {
    SandboxEngine engine = SandboxEngine.builder().clock(clock)
        .faults(FaultInjection.builder().rate(1).kinds(FaultKind.SERVICE_UNAVAILABLE_503).build())
        .build(new IntercomModel(166));
    Reply reply = engine.handle(request("GET", "/contacts"));
    assertEquals(503, reply.status());
    assertEquals("1", reply.headers().get("Retry-After"));
    assertEquals("Thu, 01 Jan 2026 00:00:00 GMT", reply.headers().get("Date"));
    assertTrue(engine.stats().buckets().isEmpty());
    assertEquals(FaultKind.SERVICE_UNAVAILABLE_503, engine.stats().log().get(0).fault());
  }

  @Test
  void droppedConnectionStillCountsTheRequestAndReleasesItsSlots() {
    SandboxEngine engine = SandboxEngine.builder().clock(clock)
        .faults(FaultInjection.builder().rate(1).kinds(FaultKind.DROP_CONNECTION).build())
        .build(new NylasModel());
    Reply reply = engine.handle(request("GET", "/delta/streaming", "Authorization", "Bearer t"));
    assertEquals(Reply.Kind.DROP, reply.kind());
    assertEquals(0, reply.status());
    BucketSnapshot stream = engine.stats().buckets()
        .get("account:" + Secrets.hash("t") + "|concurrent /delta/streaming");
    assertEquals(1, stream.admitted());
    assertEquals(0, stream.inFlight());
    assertEquals(0, engine.stats().log().get(0).status());
  }

  @Test
  void malformedHeadersReplaceTheVendorHintsWithGarbage() {
    SandboxEngine engine = SandboxEngine.builder().clock(clock)
        .faults(FaultInjection.builder().rate(1)
            .kinds(FaultKind.MALFORMED_RATE_LIMIT_HEADERS).build())
        .build(new IntercomModel(1));
    Reply ok = engine.handle(request("GET", "/contacts"));
    assertEquals(200, ok.status());
    assertEquals("soon", ok.headers().get("X-RateLimit-Reset"));
    assertEquals(1, ok.headers().values("X-RateLimit-Reset").size());
    Reply limited = engine.handle(request("GET", "/contacts"));
    assertEquals(429, limited.status());
    assertEquals("whenever", limited.headers().get("Retry-After"));
    assertEquals("unlimited", limited.headers().get("X-RateLimit-Limit"));
    assertEquals(1, engine.stats().count429());
  }

  @Test
  void undeclaredLimitAnswersTheVendor429WithRetryAfter() {
    clock.advance(Duration.ofMillis(400));
    SandboxEngine engine = SandboxEngine.builder().clock(clock)
        .clockOffset(Duration.ofMillis(-1_000))
        .undeclaredLimit(5, Duration.ofSeconds(3))
        .build(new NylasModel());
    for (int i = 0; i < 5; i++) {
      assertEquals(200, engine.handle(request("GET", "/account", "Authorization", "Bearer t")).status());
    }
    Reply rejected = engine.handle(request("GET", "/account", "Authorization", "Bearer t"));
    assertEquals(429, rejected.status());
    // The sandbox clock reads 23:59:59.400 of the previous day: its 3-second window ends in 0.6 s.
    assertEquals("1", rejected.headers().get("Retry-After"));
    assertEquals("Wed, 31 Dec 2025 23:59:59 GMT", rejected.headers().get("Date"));
    assertTrue(rejected.body().contains("Too many requests from this application"));
    assertEquals(1, engine.stats().buckets().get(SandboxEngine.UNDECLARED_BUCKET).rejected());
  }

  @Test
  void logHashesCredentialsAndKeepsNoQuery() {
    SandboxEngine engine = SandboxEngine.builder().clock(clock).requestLogLimit(2).build(new KoreCcaiModel());
    for (int i = 0; i < 3; i++) {
      engine.handle(request("GET", "/agentassist/api/v1/public/st-1/queues?secret=q" + i,
          "auth", "eyJhbGciOiJIUzI1NiJ9.jwt-" + i, "accountId", "acc1", "Accept", "application/json"));
    }
    StatsSnapshot stats = engine.stats();
    assertEquals(3, stats.totalRequests());
    assertEquals(2, stats.log().size());
    LogEntry last = stats.log().get(1);
    assertEquals("/agentassist/api/v1/public/st-1/queues", last.path());
    assertEquals("redacted:" + Secrets.hash("eyJhbGciOiJIUzI1NiJ9.jwt-2"), last.headers().get("auth"));
    assertEquals("acc1", last.headers().get("accountId"));
    assertEquals("application/json", last.headers().get("Accept"));
    assertFalse(stats.log().toString().contains("jwt-"));
    assertEquals(List.of("account:acc1"), last.buckets());
  }
}
