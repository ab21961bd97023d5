package dev.pacer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.event.PacerListener;
import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.Rule;
import dev.pacer.store.BucketStore;
import dev.pacer.store.Ticket;
import dev.pacer.time.ManualClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/**
 * A limit learned from the headers ({@code Rule.learnFromHeaders}) never spaces calls further
 * apart than {@code maxPause}: one answer reporting {@code X-RateLimit-Limit: 1} on an hourly
 * rule would otherwise leave one call an hour, every other one failing unsent for an hour, with
 * no answer coming back to correct it. An honest lower limit within the bound is still learned as
 * reported, and a rule already slower than {@code maxPause} is never made slower. Virtual time.
 */
final class LearnedLimitFloorTest {
  private static final Duration MAX_PAUSE = Duration.ofMinutes(1);
  private final ManualClock clock = new ManualClock();
  private final List<String> clipped = new ArrayList<>();
  private final PacerListener listener = new PacerListener() {
    @Override
    public void pauseClipped(String endpoint, String bucket, Duration requested, Duration applied) {
      clipped.add(bucket + " " + requested + " -> " + applied);
    }
  };

  private Engine engine(Rate rate) {
    RateLimitPolicy policy = RateLimitPolicy.builder("learned")
        .rule(Rule.builder("items").endpoint("GET /items").rate(rate).burst(1).learnFromHeaders().build())
        .maxPause(MAX_PAUSE)
        .build();
    return new Engine(policy, clock, listener, Duration.ofDays(1), BucketStore.inMemory(100), MAX_PAUSE, null, null);
  }

  private static Request request() {
    return new Request.Builder().url("https://api.example.com/items").build();
  }

  /** One call answered 200 with {@code X-RateLimit-Limit: limit}. */
  private static void answered(Engine engine, String limit) throws Exception {
    Charge charge = engine.classify(request());
    Ticket t = new Ticket();
    engine.reserve(charge, t);
    Response r = new Response.Builder().request(request()).protocol(Protocol.HTTP_1_1).code(200).message("OK")
        .header("X-RateLimit-Limit", limit).build();
    engine.onResponse(charge, t, r);
  }

  /** The wait of the next call, booked now. */
  private static long nextWaitNanos(Engine engine) throws Exception {
    Ticket t = new Ticket();
    engine.reserve(engine.classify(request()), t, Long.MAX_VALUE / 4);
    return t.waitNanos();
  }

  @Test
  void aReportedLimitOfOneAnHourIsClippedToOneCallPerMaxPause() throws Exception {
    Engine engine = engine(Rate.perHour(3600));
    answered(engine, "1");
    long first = nextWaitNanos(engine);
    long second = nextWaitNanos(engine);
    assertTrue(second - first <= MAX_PAUSE.toNanos(),
        "one answer spaced calls " + Duration.ofNanos(second - first) + " apart, beyond maxPause " + MAX_PAUSE);
    assertTrue(second - first >= MAX_PAUSE.toNanos() * 9 / 10,
        "the clipped limit is the slowest maxPause allows, not the declared rate: " + Duration.ofNanos(second - first));
    assertEquals(1, clipped.size(), "the clip is reported: " + clipped);
    assertTrue(clipped.get(0).contains("PT1H"), "the requested spacing is the reported hour: " + clipped);
  }

  @Test
  void anHonestLowerLimitWithinTheBoundIsLearnedAsReported() throws Exception {
    Engine engine = engine(Rate.perHour(3600));
    answered(engine, "1800"); // one call per 2 s
    long first = nextWaitNanos(engine);
    long second = nextWaitNanos(engine);
    long spacing = second - first;
    assertTrue(spacing >= Duration.ofMillis(1990).toNanos() && spacing <= Duration.ofMillis(2100).toNanos(),
        "learned 1800 per hour: " + Duration.ofNanos(spacing));
    assertTrue(clipped.isEmpty(), "nothing to clip: " + clipped);
  }

  @Test
  void aRuleSlowerThanMaxPauseIsNeverMadeSlowerButMayBeMadeFaster() throws Exception {
    Engine engine = engine(Rate.of(10, Duration.ofDays(1))); // one call per 2.4 h, declared
    answered(engine, "5");
    long first = nextWaitNanos(engine);
    long second = nextWaitNanos(engine);
    long declared = Duration.ofHours(24).toNanos() / 10;
    assertTrue(second - first <= declared * 102 / 100,
        "not slower than declared: " + Duration.ofNanos(second - first));
    assertEquals(1, clipped.size(), "the refused slowdown is reported: " + clipped);

    Engine faster = engine(Rate.of(10, Duration.ofDays(1)));
    answered(faster, "20");
    long a = nextWaitNanos(faster);
    long b = nextWaitNanos(faster);
    assertTrue(b - a <= declared * 6 / 10, "learned 20 per day: " + Duration.ofNanos(b - a));
  }
}
