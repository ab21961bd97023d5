package dev.pacer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.event.PacerListener;
import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.ResetFormat;
import dev.pacer.policy.Rule;
import dev.pacer.time.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/**
 * A fixed-window server that reports {@code Remaining} and its reset on every answer is drained
 * to its limit in every window and never over: the bucket spends what the server says remains
 * before the reset instead of pacing evenly. A smooth-only rule keeps pacing evenly. Virtual
 * time ({@link VirtualTraffic}), with the server's clock 7 s ahead of ours.
 */
final class SpendReportedRemainingTest {
  private static final int LIMIT = 166;
  private static final long WINDOW_MS = 10_000;
  private static final long SKEW_MS = 7_000;

  /** The server: 166 per fixed 10-s window, X-RateLimit-* on every answer. Counts per window start. */
  private static final class FixedWindowServer implements VirtualTraffic.Server {
    final Map<Long, Integer> admitted = new HashMap<>();

    @Override
    public VirtualTraffic.Answer arrive(long serverMillis) {
      long windowStart = Math.floorDiv(serverMillis, WINDOW_MS) * WINDOW_MS;
      int used = admitted.getOrDefault(windowStart, 0);
      boolean ok = used < LIMIT;
      if (ok) admitted.put(windowStart, used + 1);
      return new VirtualTraffic.Answer(ok ? 200 : 429,
          "X-RateLimit-Limit", Integer.toString(LIMIT),
          "X-RateLimit-Remaining", Integer.toString(ok ? LIMIT - used - 1 : 0),
          "X-RateLimit-Reset", Long.toString((windowStart + WINDOW_MS) / 1000));
    }
  }

  private record Run(TreeMap<Long, Integer> perWindow, VirtualTraffic.Result result) {}

  private static Run run(UnaryOperator<Rule.Builder> rule, int calls) throws Exception {
    // Start 3.4 s into a server window, as a real run would.
    ManualClock clock = new ManualClock(Instant.parse("2026-12-03T10:00:00Z").plusMillis(3_400 - SKEW_MS));
    RateLimitPolicy policy = RateLimitPolicy.builder("fixed-window")
        .rule(rule.apply(Rule.builder("app").otherwise().shared().rate(Rate.of(LIMIT, Duration.ofMillis(WINDOW_MS)))).build())
        .resetFormat(ResetFormat.EPOCH_SECONDS)
        .build();
    Engine engine = new Engine(policy, clock, PacerListener.NONE, Duration.ofMinutes(5), 1000);
    FixedWindowServer server = new FixedWindowServer();
    VirtualTraffic.Result result = VirtualTraffic.run(engine, clock, new Request.Builder().url("https://api.example.com/contacts").build(),
        16, calls, 15, 0, SKEW_MS, 1, server);
    return new Run(new TreeMap<>(server.admitted), result);
  }

  @Test
  void aFixedWindowServerIsDrainedToItsLimitInEveryWindowAndNeverOver() throws Exception {
    Run run = run(r -> r, 600);
    assertEquals(0, run.result().refused(), "no 429: " + run.perWindow());
    // The run starts 3.4 s into a window and ends in the middle of one: the windows between are full.
    Integer[] counts = run.perWindow().values().toArray(new Integer[0]);
    assertTrue(counts.length >= 4, run.perWindow().toString());
    for (int i = 0; i < counts.length - 1; i++) {
      assertEquals(LIMIT, counts[i], "window " + i + " is drained exactly to the limit: " + run.perWindow());
    }
    // 600 calls: 166 in the first window (6.6 s left of it), 3 full windows after: done early in the fourth.
    assertTrue(run.result().elapsedMillis() < 6_600 + 3 * WINDOW_MS, "elapsed " + run.result().elapsedMillis() + " ms");
  }

  @Test
  void aSmoothOnlyRulePacesEvenlyThroughTheSameServer() throws Exception {
    Run run = run(Rule.Builder::smoothOnly, 300);
    assertEquals(0, run.result().refused(), "no 429: " + run.perWindow());
    // Even pacing at 166 per 10 s: 300 calls take about 18 s, not the 16.6 s two spent windows take.
    assertTrue(run.result().elapsedMillis() > 17_000, "elapsed " + run.result().elapsedMillis() + " ms: " + run.perWindow());
  }
}
