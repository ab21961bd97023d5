package dev.pacer.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.time.ManualClock;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

final class FaultInjectionSandboxTest {
  private static final FaultInjection FAULTS = FaultInjection.builder()
      .rate(0.2)
      .seed(42)
      .kinds(FaultKind.SERVICE_UNAVAILABLE_503, FaultKind.DROP_CONNECTION,
          FaultKind.MALFORMED_RATE_LIMIT_HEADERS)
      .build();

  /** Sends {@code count} requests and names what each one met. */
  private static List<String> run(FaultInjection faults, int count, SandboxStats[] statsOut)
      throws IOException {
    List<String> outcomes = new ArrayList<>();
    // No silent retries: every dropped connection must surface as an IOException.
    try (Http http = new Http(new OkHttpClient.Builder().retryOnConnectionFailure(false));
        VendorSandbox sandbox = VendorSandbox.builder(VendorProfile.intercom(100_000))
            .clock(new ManualClock()).faults(faults).start()) {
      for (int i = 0; i < count; i++) {
        try {
          Http.Answer answer = http.get(sandbox.url("/contacts"));
          if (answer.code() == 503) {
            assertEquals("1", answer.headers().get("Retry-After"));
            outcomes.add("503");
          } else if ("soon".equals(answer.headers().get("X-RateLimit-Reset"))) {
            outcomes.add("malformed");
          } else {
            assertEquals(200, answer.code());
            outcomes.add("ok");
          }
        } catch (IOException e) {
          outcomes.add("dropped");
        }
      }
      statsOut[0] = sandbox.stats();
    }
    return outcomes;
  }

  @Test
  void faultsHappenAtTheConfiguredRateAndRepeatWithTheSeed() throws IOException {
    SandboxStats[] stats = new SandboxStats[1];
    List<String> first = run(FAULTS, 300, stats);
    long injected = first.stream().filter(o -> !o.equals("ok")).count();
    // Binomial(300, 0.2): mean 60, standard deviation 6.9.
    assertTrue(injected >= 35 && injected <= 85, "injected " + injected);
    assertEquals(injected, stats[0].faults());
    assertEquals(first.stream().filter("503"::equals).count(),
        stats[0].faults(FaultKind.SERVICE_UNAVAILABLE_503));
    assertEquals(first.stream().filter("dropped"::equals).count(),
        stats[0].faults(FaultKind.DROP_CONNECTION));
    assertEquals(first.stream().filter("malformed"::equals).count(),
        stats[0].faults(FaultKind.MALFORMED_RATE_LIMIT_HEADERS));
    assertEquals(300, stats[0].requestCount());
    // Dropped requests were processed; 503s were not.
    assertEquals(300 - stats[0].faults(FaultKind.SERVICE_UNAVAILABLE_503), stats[0].admitted("app"));

    assertEquals(first, run(FAULTS, 300, stats));
    assertNotEquals(first, run(FAULTS.toBuilder().seed(7).build(), 300, stats));
  }

  @Test
  void undeclaredLimitAnswers429WithRetryAfter() throws IOException {
    ManualClock clock = new ManualClock();
    clock.advance(Duration.ofMillis(200));
    try (Http http = new Http();
        VendorSandbox sandbox = VendorSandbox.builder(VendorProfile.intercom())
            .clock(clock).undeclaredLimit(5, Duration.ofSeconds(1)).start()) {
      for (int i = 0; i < 5; i++) {
        assertEquals(200, http.get(sandbox.url("/contacts")).code());
      }
      Http.Answer rejected = http.get(sandbox.url("/contacts"));
      assertEquals(429, rejected.code());
      assertEquals("1", rejected.headers().get("Retry-After"));
      assertEquals("161", rejected.headers().get("X-RateLimit-Remaining"));
      assertTrue(rejected.body().contains("Exceeded rate limit of 5 in 1_seconds"), rejected.body());
      assertEquals(1, sandbox.stats().count429("undeclared"));
      assertEquals(0, sandbox.stats().count429("app"));
    }
  }
}
