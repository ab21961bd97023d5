package dev.pacer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.event.PacerListener;
import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.ResetFormat;
import dev.pacer.policy.Rule;
import dev.pacer.store.Ticket;
import dev.pacer.time.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/**
 * A fixed-window server that reports {@code Remaining} and its reset on every answer is drained
 * to its limit in every window and never over: the bucket spends what the server says remains
 * before the reset instead of pacing evenly. A smooth-only rule keeps pacing evenly. Virtual time:
 * a discrete-event simulation of callers, the engine and the server, with the server's clock
 * ahead of ours.
 */
final class SpendReportedRemainingTest {
  private static final long MS = 1_000_000L;
  private static final int LIMIT = 166;
  private static final long WINDOW_MS = 10_000;
  private static final long SKEW_MS = 7_000; // the server's clock is 7 s ahead
  private static final long ONE_WAY_MS = 15;
  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  /** What a run saw: calls the server admitted per window (by window start, server time), and its 429s. */
  private record Run(TreeMap<Long, Integer> admittedPerWindow, int refused, long elapsedMs) {}

  private static Run run(UnaryOperator<Rule.Builder> rule, int callers, int calls) throws Exception {
    // Start 3.4 s into a server window, as a real run would.
    ManualClock clock = new ManualClock(Instant.parse("2026-12-03T10:00:00Z").plusMillis(3_400 - SKEW_MS));
    RateLimitPolicy policy = RateLimitPolicy.builder("fixed-window")
        .rule(rule.apply(Rule.builder("app").otherwise().shared().rate(Rate.of(LIMIT, Duration.ofMillis(WINDOW_MS)))).build())
        .resetFormat(ResetFormat.EPOCH_SECONDS)
        .build();
    Engine engine = new Engine(policy, clock, PacerListener.NONE, Duration.ofMinutes(5), 1000);
    Request request = new Request.Builder().url("https://api.example.com/contacts").build();
    Charge charge = engine.classify(request);

    // Events: [time ns, kind, caller]; kinds: 0 reserve, 1 send (go time reached), 2 answer.
    PriorityQueue<long[]> events = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[3], b[3]));
    Ticket[] tickets = new Ticket[callers];
    int[] answers = new int[callers];
    long seq = 0;
    long start = clock.nanoTime();
    for (int c = 0; c < callers; c++) {
      tickets[c] = new Ticket();
      events.add(new long[] {start, 0, c, seq++});
    }
    TreeMap<Long, Integer> perWindow = new TreeMap<>();
    int issued = 0;
    int refused = 0;
    int done = 0;
    for (int steps = 0; done < calls && steps < 100_000; steps++) {
      long[] e = events.poll();
      if (e == null) break;
      if (e[0] > clock.nanoTime()) clock.advanceNanos(e[0] - clock.nanoTime());
      int c = (int) e[2];
      if (e[1] == 0) {
        if (issued >= calls) continue;
        issued++;
        engine.reserve(charge, tickets[c]);
        events.add(new long[] {tickets[c].goAtNanos(), 1, c, seq++});
      } else if (e[1] == 1) {
        if (!engine.confirm(tickets[c])) {
          engine.cancel(tickets[c]);
          engine.reserve(charge, tickets[c]);
          events.add(new long[] {tickets[c].goAtNanos(), 1, c, seq++});
          continue;
        }
        long serverMs = clock.wallMillis() + ONE_WAY_MS + SKEW_MS;
        long windowStart = Math.floorDiv(serverMs, WINDOW_MS) * WINDOW_MS;
        int used = perWindow.getOrDefault(windowStart, 0);
        boolean ok = used < LIMIT;
        if (ok) perWindow.put(windowStart, used + 1);
        if (System.getenv("DBG") != null && issued < 400) System.err.println("DBG send " + (clock.nanoTime() - start) / MS + " c" + c + " used=" + used + " w=" + windowStart % 100000);
        answers[c] = ok ? 200 : 429;
        int remaining = ok ? LIMIT - used - 1 : 0;
        long answerAt = clock.nanoTime() + 2 * ONE_WAY_MS * MS;
        events.add(new long[] {answerAt, 2, c, seq++, remaining, windowStart + WINDOW_MS, serverMs});
      } else {
        long serverMs = e[6];
        Response response = new Response.Builder().request(request).protocol(Protocol.HTTP_1_1)
            .code(answers[c]).message(answers[c] == 200 ? "OK" : "Too Many Requests")
            .header("Date", HTTP_DATE.format(Instant.ofEpochMilli(serverMs)))
            .header("X-RateLimit-Limit", Integer.toString(LIMIT))
            .header("X-RateLimit-Remaining", Long.toString(e[4]))
            .header("X-RateLimit-Reset", Long.toString(e[5] / 1000))
            .build();
        engine.onResponse(charge, tickets[c], response);
        if (answers[c] == 429) {
          refused++;
        } else {
          done++;
        }
        events.add(new long[] {clock.nanoTime(), 0, c, seq++});
      }
    }
    assertEquals(calls, done, "every call completed");
    return new Run(perWindow, refused, (clock.nanoTime() - start) / MS);
  }

  @Test
  void aFixedWindowServerIsDrainedToItsLimitInEveryWindowAndNeverOver() throws Exception {
    Run run = run(r -> r, 16, 600);
    assertEquals(0, run.refused(), "no 429: " + run);
    // The run starts 3.4 s into a window and ends in the middle of one: the windows between are full.
    Integer[] counts = run.admittedPerWindow().values().toArray(new Integer[0]);
    assertTrue(counts.length >= 4, run.toString());
    for (int i = 1; i < counts.length - 1; i++) {
      assertEquals(LIMIT, counts[i], "window " + i + " is drained exactly to the limit: " + run);
    }
    assertTrue(counts[0] >= LIMIT * 95 / 100, "the first window, joined late, is still spent: " + run);
    // 600 calls: 166 in the first window (6.6 s left of it), 3 full windows after: done early in the fourth.
    assertTrue(run.elapsedMs() < 6_600 + 3 * WINDOW_MS, "elapsed " + run.elapsedMs() + " ms");
  }

  @Test
  void aSmoothOnlyRulePacesEvenlyThroughTheSameServer() throws Exception {
    Run run = run(Rule.Builder::smoothOnly, 16, 300);
    assertEquals(0, run.refused(), "no 429: " + run);
    // Even pacing at 166 per 10 s: 300 calls take about 18 s, not the 16.6 s two spent windows take.
    assertTrue(run.elapsedMs() > 17_000, "elapsed " + run.elapsedMs() + " ms: " + run);
  }
}
