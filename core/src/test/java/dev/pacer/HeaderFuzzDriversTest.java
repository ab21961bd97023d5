package dev.pacer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.internal.HeaderFuzz;
import dev.pacer.internal.HostileHeaders;
import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.ResetFormat;
import dev.pacer.policy.Rule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Seeded hostile rate-limit answers ({@link HostileHeaders}: {@code Retry-After},
 * {@code X-RateLimit-*}, {@code RateLimit}/{@code RateLimit-Policy}, {@code Date}) served by
 * MockWebServer through each of the four drivers, OkHttp's own header handling included: no
 * unchecked exception (out of the call, in a callback, in the listener), and every call ends
 * exactly once within its {@code callTimeout}. The bulk of the fuzz (12,000 cases) runs without
 * sockets in {@code dev.pacer.internal.HeaderFuzzTest}.
 *
 * <p>The drivers wait in real time, so the bounds are tiny ({@code maxRetryAfter} and
 * {@code maxPause} 30 ms, backoff 1 to 4 ms) and the suite stays fast. The rule does not learn
 * limits from headers here (a hostile "limit 1 per hour" would turn every later call into a
 * {@code WaitTooLongException}, which is correct but tests nothing more); the socket-free fuzz
 * covers learning.
 */
final class HeaderFuzzDriversTest {
  private static final int CASES = 150;
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(2);
  private static final long BOUND_MILLIS = CALL_TIMEOUT.toMillis() + 1_000;
  private static final MediaType JSON = MediaType.get("application/json");

  @ParameterizedTest
  @EnumSource(Drivers.Driver.class)
  void hostileHeadersNeverThrowUncheckedAndEveryCallEndsOnceWithinItsTimeout(Drivers.Driver driver) throws Exception {
    SplittableRandom answers = new SplittableRandom(20_261_203L + driver.ordinal());
    SplittableRandom requests = new SplittableRandom(7L + driver.ordinal());
    AtomicLong violations = new AtomicLong();
    List<String> examples = new ArrayList<>();
    RateLimitPolicy policy = RateLimitPolicy.builder("fuzz")
        .resetFormat(ResetFormat.values()[driver.ordinal() % ResetFormat.values().length])
        .maxPause(Duration.ofMillis(30))
        .rule(Rule.builder("items").endpoint("* /items").rate(Rate.perSecond(1_000)).build())
        .build();
    // Even cases retry (and so mostly end in ServerRetryTooLongException: few hostile waits are
    // under 30 ms); odd cases do not, and so mostly end with the hostile answer itself.
    Pacer retrying = pacer(policy, violations, examples, RetryConfig.builder().maxAttempts(2)
        .initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(4))
        .maxRetryAfter(Duration.ofMillis(30)).maxTotalTime(Duration.ofSeconds(1)).build());
    Pacer once = pacer(policy, violations, examples, RetryConfig.disabled());
    int responses = 0;
    java.util.Map<String, Integer> kinds = new java.util.TreeMap<>();
    int failures = 0;
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          synchronized (answers) {
            HostileHeaders.Answer a = HostileHeaders.next(answers, System.currentTimeMillis());
            return new MockResponse.Builder().code(a.status()).headers(a.headers()).body("{}").build();
          }
        }
      });
      server.start();
      OkHttpClient base = new OkHttpClient.Builder().callTimeout(CALL_TIMEOUT).build();
      try (Drivers withRetries = new Drivers(retrying, base); Drivers withoutRetries = new Drivers(once, base)) {
        for (int c = 0; c < CASES; c++) {
          long start = System.nanoTime();
          Drivers.Outcome o = (c % 2 == 0 ? withRetries : withoutRetries).run(driver, request(server, requests), BOUND_MILLIS);
          long tookMillis = (System.nanoTime() - start) / 1_000_000;
          assertTrue(o != null, "case " + c + " did not end within " + BOUND_MILLIS + " ms");
          assertEquals(null, o.unchecked(), "case " + c + ": " + o.describe());
          assertEquals(1, o.endings(), "case " + c + " ended " + o.endings() + " times");
          assertTrue(tookMillis <= BOUND_MILLIS, "case " + c + " took " + tookMillis + " ms");
          if (o.status() >= 0) responses++; else failures++;
          kinds.merge(o.status() >= 0 ? "response" : o.failure().getClass().getSimpleName(), 1, Integer::sum);
        }
      }
    }
    assertEquals(0, violations.get(), "listener got bad arguments: " + examples);
    assertEquals(0, retrying.diagnostics().permitsInFlight() + once.diagnostics().permitsInFlight());
    assertTrue(responses > 10 && failures > 10, responses + " responses, " + failures + " failures " + kinds + ": both ends reached");
  }

  private static Pacer pacer(RateLimitPolicy policy, AtomicLong violations, List<String> examples, RetryConfig retry) {
    return Pacer.builder(policy)
        .listener(HeaderFuzz.checking(violations, examples))
        .maxWait(Duration.ofMillis(200))
        .retry(retry)
        .build();
  }

  private static Request request(MockWebServer server, SplittableRandom rnd) {
    Request.Builder b = new Request.Builder().url(server.url("/items"));
    switch (rnd.nextInt(3)) {
      case 0: return b.post(RequestBody.create("{}", JSON)).build();
      case 1: return b.put(RequestBody.create("{}", JSON)).build();
      default: return b.get().build();
    }
  }
}
