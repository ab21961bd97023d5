package dev.pacer.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.event.PacerListener;
import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.Rule;
import dev.pacer.policy.Scope;
import dev.pacer.store.Ticket;
import dev.pacer.time.ManualClock;
import java.time.Duration;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/**
 * A throttle pauses only what it concerns: a 429 for one account pauses that account's bucket,
 * not the application's bucket every account shares; the shared bucket pauses when several
 * accounts are throttled within its window, or when the answer reports the shared rule's limit.
 * Virtual time.
 */
final class TenantThrottleTest {
  private static final long SECOND = 1_000_000_000L;
  private final ManualClock clock = new ManualClock();
  private final Engine engine = new Engine(RateLimitPolicy.builder("tenants")
      .rule(Rule.builder("application").otherwise().perEndpoint().rate(Rate.perSecond(500)).build())
      .rule(Rule.builder("account").otherwise().perEndpoint().scope(Scope.credential("Authorization")).rate(Rate.perSecond(50)).build())
      .build(), clock, PacerListener.NONE, Duration.ofMinutes(1), 1000);

  private Request request(String account) {
    return new Request.Builder().url("https://api.example.com/threads").header("Authorization", "Bearer " + account).build();
  }

  private void throttled(String account, String... headers) throws Exception {
    Request r = request(account);
    Charge charge = engine.classify(r);
    Ticket t = new Ticket();
    engine.reserve(charge, t);
    Response.Builder b = new Response.Builder().request(r).protocol(Protocol.HTTP_1_1).code(429).message("Too Many")
        .header("Retry-After", "5");
    for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
    engine.onResponse(charge, t, b.build());
  }

  private long wait(String account) throws Exception {
    Ticket t = new Ticket();
    engine.reserve(engine.classify(request(account)), t);
    engine.cancel(t);
    return t.waitNanos();
  }

  @Test
  void oneAccountsThrottleDoesNotDelayAnother() throws Exception {
    throttled("a");
    assertTrue(wait("a") >= 5 * SECOND, "a must wait out its pause: " + wait("a"));
    assertTrue(wait("b") < SECOND / 10, "b waited for a's throttle: " + wait("b"));
  }

  @Test
  void severalAccountsThrottledWithinTheWindowPauseTheSharedBucket() throws Exception {
    throttled("a");
    clock.advance(Duration.ofMillis(200));
    throttled("b");
    assertTrue(wait("c") >= 4 * SECOND, "two accounts throttled within a second: the shared limit is spent: " + wait("c"));
  }

  @Test
  void throttlesOfTwoAccountsFarApartDoNotPauseTheSharedBucket() throws Exception {
    throttled("a");
    clock.advance(Duration.ofSeconds(10));
    throttled("b");
    assertTrue(wait("c") < SECOND / 10, "c waited: " + wait("c"));
  }

  @Test
  void aThrottleReportingTheSharedLimitPausesTheSharedBucket() throws Exception {
    throttled("a", "X-RateLimit-Limit", "500");
    assertTrue(wait("b") >= 4 * SECOND, "the answer named the application's limit: " + wait("b"));
    assertTrue(wait("a") < 5 * SECOND + SECOND / 10);
  }
}
