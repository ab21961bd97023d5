package dev.pacer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.event.PacerListener;
import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.Rule;
import dev.pacer.time.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import okhttp3.Request;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The learner on virtual time ({@link VirtualTraffic}): a limit nobody declared is learned within
 * one window of 429s, then none, at 90% of the true rate or more; a leaky-bucket server's bare
 * 429s widen the declared bucket's spacing until it refuses nothing more.
 */
final class LearnerTest {
  private static final long SECOND_MS = 1_000;

  /** A sliding window of {@code limit} per second; over it, 429 with {@code Retry-After: 1}. */
  private static final class SlidingServer implements VirtualTraffic.Server {
    private final int limit;
    private final ArrayDeque<Long> admitted = new ArrayDeque<>();

    SlidingServer(int limit) {
      this.limit = limit;
    }

    @Override
    public VirtualTraffic.Answer arrive(long serverMillis) {
      while (!admitted.isEmpty() && admitted.peekFirst() <= serverMillis - SECOND_MS) admitted.pollFirst();
      if (admitted.size() >= limit) return new VirtualTraffic.Answer(429, "Retry-After", "1");
      admitted.addLast(serverMillis);
      return new VirtualTraffic.Answer(200);
    }
  }

  /** nginx's limit_req, burst 0: a call closer than 1/rate to the last admitted one is refused, bare. */
  private static final class LeakyServer implements VirtualTraffic.Server {
    private final long gapMillis;
    private long last = Long.MIN_VALUE / 2;

    LeakyServer(int perSecond) {
      this.gapMillis = SECOND_MS / perSecond;
    }

    @Override
    public VirtualTraffic.Answer arrive(long serverMillis) {
      if (serverMillis - last < gapMillis) return new VirtualTraffic.Answer(429);
      last = serverMillis;
      return new VirtualTraffic.Answer(200);
    }
  }

  private static Engine engine(ManualClock clock, RateLimitPolicy policy) {
    return new Engine(policy, clock, PacerListener.NONE, Duration.ofMinutes(5), 1000);
  }

  private static final Request REQUEST = new Request.Builder().url("https://api.example.com/things").build();

  @ParameterizedTest(name = "true rate {0}/s, seed {1}")
  @CsvSource({"20, 1", "20, 2", "20, 3", "40, 1", "40, 2", "40, 3", "80, 1", "80, 2", "80, 3"})
  void anUndeclaredLimitIsLearnedWithinOneWindowOfRefusalsThenNoneAtNinetyPercentOrMore(int trueRate, long seed) throws Exception {
    ManualClock clock = new ManualClock(Instant.parse("2026-12-03T10:00:00Z"));
    // A policy with a rule for other paths only: these calls are charged to the host's server-only bucket.
    RateLimitPolicy policy = RateLimitPolicy.builder("undeclared")
        .rule(Rule.builder("elsewhere").endpoint("GET /elsewhere").rate(Rate.perSecond(5)).build())
        .build();
    int calls = trueRate * 20; // about 20 windows
    VirtualTraffic.Result r = VirtualTraffic.run(engine(clock, policy), clock, REQUEST, 16, calls, 10, 4, 0, seed,
        new SlidingServer(trueRate));

    List<VirtualTraffic.Arrival> refused = r.arrivals().stream().filter(a -> a.code() == 429).toList();
    assertTrue(!refused.isEmpty(), "the limit was hit once: it is undeclared");
    long first = refused.get(0).atMillis();
    long last = refused.get(refused.size() - 1).atMillis();
    assertTrue(last - first <= SECOND_MS, "429s only within one window of the first: " + first + ".." + last + " ms, "
        + refused.size() + " refused");
    // After the refusals, the calls that completed ran at 90% of the true rate or more.
    long after = r.arrivals().stream().filter(a -> a.code() == 200 && a.atMillis() > last + SECOND_MS).count();
    long spanMillis = r.arrivals().get(r.arrivals().size() - 1).atMillis() - (last + SECOND_MS);
    double rate = after * 1000.0 / spanMillis;
    assertTrue(rate >= 0.9 * trueRate, "learned pace " + rate + "/s of a true " + trueRate + "/s");
    assertTrue(rate <= trueRate * 1.001, "never over the true rate: " + rate);
  }

  @ParameterizedTest(name = "seed {0}")
  @CsvSource({"1", "2", "3"})
  void aRateLearnedBeforeAnyAdmittedAnswerArrivedNeverExceedsWhatTheServerAdmitted(long seed) throws Exception {
    ManualClock clock = new ManualClock(Instant.parse("2026-12-03T10:00:00Z"));
    RateLimitPolicy policy = RateLimitPolicy.builder("undeclared")
        .rule(Rule.builder("elsewhere").endpoint("GET /elsewhere").rate(Rate.perSecond(5)).build())
        .build();
    // 16 callers at once on a limit of 10: the first 429 can come back before any of the 10
    // admitted answers, so the window then counts none; the late answers alone make it 10.
    VirtualTraffic.Result r = VirtualTraffic.run(engine(clock, policy), clock, REQUEST, 16, 200, 10, 4, 0, seed,
        new SlidingServer(10));

    List<VirtualTraffic.Arrival> refused = r.arrivals().stream().filter(a -> a.code() == 429).toList();
    long first = refused.get(0).atMillis();
    long last = refused.get(refused.size() - 1).atMillis();
    assertTrue(last - first <= SECOND_MS, "429s only within one window of the first: " + first + ".." + last + " ms");
  }

  @ParameterizedTest(name = "seed {0}")
  @CsvSource({"1", "2", "3"})
  void aLeakyBucketsBareRefusalsWidenTheMarginUntilItRefusesNothing(long seed) throws Exception {
    ManualClock clock = new ManualClock(Instant.parse("2026-12-03T10:00:00Z"));
    // Declared exactly as nginx is set: 10 per second, burst 1 (each call its own slot).
    RateLimitPolicy policy = RateLimitPolicy.builder("leaky")
        .rule(Rule.builder("api").otherwise().shared().rate(Rate.perSecond(10)).burst(1).build())
        .pauseWithoutHint(Duration.ZERO)
        .build();
    // One-way trips vary by up to 6 ms: more than the 1% margin (1 ms) absorbs.
    VirtualTraffic.Result r = VirtualTraffic.run(engine(clock, policy), clock, REQUEST, 4, 400, 10, 6, 0, seed,
        new LeakyServer(10));

    List<VirtualTraffic.Arrival> refused = r.arrivals().stream().filter(a -> a.code() == 429).toList();
    assertTrue(refused.size() <= 10, "a few refusals teach the margin: " + refused.size());
    long lastRefusal = refused.isEmpty() ? 0 : refused.get(refused.size() - 1).atMillis();
    long total = r.arrivals().get(r.arrivals().size() - 1).atMillis();
    assertTrue(lastRefusal < total / 4, "then none: the last refusal at " + lastRefusal + " of " + total + " ms");
    // Wider spacing costs little: 400 calls at 10/s take 40 s; at most 10% more.
    assertTrue(r.elapsedMillis() <= 44_000, "elapsed " + r.elapsedMillis() + " ms");
    assertEquals(400, r.arrivals().stream().filter(a -> a.code() == 200).count());
  }
}
