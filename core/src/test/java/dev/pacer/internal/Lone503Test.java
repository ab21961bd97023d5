package dev.pacer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.event.PacerListener;
import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.store.Ticket;
import dev.pacer.time.ManualClock;
import java.time.Duration;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/**
 * 503 is not a rate limit by default: a lone {@code 503 Retry-After} delays only its own call's
 * retry; the bucket pauses when the answer also carries rate-limit fields, or when most of the
 * host's recent answers are 503s (overload). Virtual time.
 */
final class Lone503Test {
  private static final long SECOND = 1_000_000_000L;
  private final ManualClock clock = new ManualClock();
  private final Engine engine = new Engine(
      RateLimitPolicy.builder("p").rule("r", "GET /r", Rate.perSecond(1000)).build(),
      clock, PacerListener.NONE, Duration.ofMinutes(1), 1000);
  private final Request request = new Request.Builder().url("https://api.example.com/r").build();

  private Ticket answer(int code, String... headers) throws Exception {
    Charge charge = engine.classify(request);
    Ticket t = new Ticket();
    engine.reserve(charge, t);
    Response.Builder b = new Response.Builder().request(request).protocol(Protocol.HTTP_1_1).code(code).message("x");
    for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
    ServerOutcome outcome = engine.onResponse(charge, t, b.build());
    assertEquals(outcome.signal.retryAfterMillis() != ServerSignal.ABSENT, headers.length > 0 && headers[0].equals("Retry-After"));
    return t;
  }

  private long nextWait() throws Exception {
    Ticket t = new Ticket();
    engine.reserve(engine.classify(request), t);
    engine.cancel(t);
    return t.waitNanos();
  }

  @Test
  void aLone503DoesNotDelayOtherCallers() throws Exception {
    answer(503, "Retry-After", "5");
    assertTrue(nextWait() < SECOND / 100, "another caller waited " + nextWait());
  }

  @Test
  void a503WithRateLimitFieldsPausesTheBucket() throws Exception {
    answer(503, "Retry-After", "5", "X-RateLimit-Remaining", "0");
    assertTrue(nextWait() >= 5 * SECOND, "wait " + nextWait());
  }

  @Test
  void whenMostRecentAnswersFromTheHostAre503sTheNextOnePausesEveryone() throws Exception {
    for (int i = 0; i < Feedback.OVERLOAD_503S - 1; i++) {
      answer(503, "Retry-After", "5");
      assertTrue(nextWait() < SECOND / 100, "503 number " + (i + 1) + " already paused the bucket");
    }
    answer(503, "Retry-After", "5");
    assertTrue(nextWait() >= 5 * SECOND, "an overloaded host's 503 must pause the bucket: " + nextWait());

    // Healthy answers push the 503s out of the host's recent record.
    clock.advance(Duration.ofSeconds(6));
    for (int i = 0; i < Feedback.RECENT; i++) answer(200);
    answer(503, "Retry-After", "5");
    assertFalse(nextWait() >= SECOND, "a lone 503 after recovery paused the bucket");
  }
}
