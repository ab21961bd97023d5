package dev.pacer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pacer.event.PacerListener;
import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.Rule;
import dev.pacer.policy.Scope;
import dev.pacer.store.BucketSpec;
import dev.pacer.store.Ticket;
import dev.pacer.time.ManualClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/**
 * Seeded randomized tests of the limiter on virtual time: many simulated callers, several
 * rules, random arrivals, cancellations and server pauses. Nothing sleeps.
 */
final class LimiterPropertyTest {
  private static final long SECOND = 1_000_000_000L;

  private static final RateLimitPolicy POLICY = RateLimitPolicy.builder("property")
      .rule(Rule.builder("items").endpoint("GET /items/{id}").rate(Rate.perSecond(50)).rate(Rate.of(200, Duration.ofSeconds(10))).build())
      .rule(Rule.builder("events").endpoint("POST /events").rate(Rate.perSecond(100)).rate(Rate.perMinute(1000)).build())
      .rule(Rule.builder("per-account").otherwise().shared().scope(Scope.credential("Authorization")).rate(Rate.perSecond(30)).build())
      .rule(Rule.builder("user").endpoint("GET /users/{uid}/mail").scope(Scope.pathVariable("uid")).rate(Rate.of(7, Duration.ofSeconds(2))).build())
      .rule(Rule.builder("default").otherwise().shared().rate(Rate.perSecond(40)).build())
      .build();

  private static final String[][] ENDPOINTS = {
    {"GET", "/items/1"}, {"GET", "/items/2"}, {"POST", "/events"}, {"GET", "/other"},
    {"DELETE", "/things/9"}, {"GET", "/users/a/mail"}, {"GET", "/users/b/mail"},
  };

  private static final class Event implements Comparable<Event> {
    final long at;
    final int kind; // 0 arrival, 1 wake, 2 server pause
    final Request request;
    Ticket reservation;
    Charge charge;
    final long seq;

    Event(long at, int kind, Request request, long seq) {
      this.at = at;
      this.kind = kind;
      this.request = request;
      this.seq = seq;
    }

    @Override
    public int compareTo(Event o) {
      int c = Long.compare(at, o.at);
      return c != 0 ? c : Long.compare(seq, o.seq);
    }
  }

  @Test
  void noWindowOfARulesLengthEverAdmitsMoreThanItsLimit() {
    for (long seed = 1; seed <= 24; seed++) {
      simulate(seed);
    }
  }

  private void simulate(long seed) {
    Random random = new Random(seed);
    ManualClock clock = new ManualClock();
    // The pauses the engine applies, as its listener hears them (a throttle pauses only the
    // buckets it concerns).
    Map<String, List<long[]>> pauses = new HashMap<>();
    PacerListener recordPauses = new PacerListener() {
      @Override
      public void pausedByServer(String endpoint, String bucket, int status, Duration pause) {
        pauses.computeIfAbsent(bucket, k -> new ArrayList<>()).add(new long[] {clock.nanoTime(), clock.nanoTime() + pause.toNanos()});
      }
    };
    Engine engine = new Engine(POLICY, clock, recordPauses, Duration.ofDays(1), 100_000);
    PriorityQueue<Event> queue = new PriorityQueue<>();
    long seq = 0;
    long horizon = 30 * SECOND;
    int callers = 4 + random.nextInt(12);
    for (int c = 0; c < callers; c++) {
      String token = "Bearer token-" + c;
      long t = (long) (random.nextDouble() * SECOND);
      double meanGapNanos = SECOND / (5.0 + random.nextInt(60));
      while (t < horizon) {
        String[] e = ENDPOINTS[random.nextInt(ENDPOINTS.length)];
        Request req = new Request.Builder().url("https://api.example.com" + e[1]).header("Authorization", token)
            .method(e[0], e[0].equals("POST") ? okhttp3.RequestBody.create(new byte[0]) : null).build();
        queue.add(new Event(t, 0, req, seq++));
        // Bursty arrivals: sometimes many at once.
        t += random.nextInt(10) == 0 ? 0 : (long) (-Math.log(1 - random.nextDouble()) * meanGapNanos);
      }
    }
    for (int p = 0; p < 3; p++) {
      String[] e = ENDPOINTS[random.nextInt(ENDPOINTS.length)];
      Request req = new Request.Builder().url("https://api.example.com" + e[1]).header("Authorization", "Bearer token-0")
          .method(e[0], e[0].equals("POST") ? okhttp3.RequestBody.create(new byte[0]) : null).build();
      queue.add(new Event((long) (random.nextDouble() * horizon), 2, req, seq++));
    }

    Map<String, List<Long>> admitted = new HashMap<>();
    Map<String, BucketSpec> specs = new HashMap<>();
    while (!queue.isEmpty()) {
      Event ev = queue.poll();
      if (ev.at > clock.nanoTime()) clock.advanceNanos(ev.at - clock.nanoTime());
      if (ev.kind == 0) {
        Charge charge = engine.classify(ev.request);
        Ticket r = reserve(engine, charge);
        if (random.nextInt(20) == 0) {
          engine.cancel(r); // caller gave up while waiting
          continue;
        }
        Event wake = new Event(r.goAtNanos(), 1, ev.request, seq++);
        wake.reservation = r;
        wake.charge = charge;
        queue.add(wake);
      } else if (ev.kind == 1) {
        Ticket r = ev.reservation;
        if (!confirmed(engine, ev.charge, r)) {
          engine.cancel(r);
          Ticket again = reserve(engine, ev.charge);
          Event wake = new Event(again.goAtNanos(), 1, ev.request, seq++);
          wake.reservation = again;
          wake.charge = ev.charge;
          queue.add(wake);
          continue;
        }
        for (int i = 0; i < r.size(); i++) {
          admitted.computeIfAbsent(r.bucket(i).key(), k -> new ArrayList<>()).add(clock.nanoTime());
          specs.put(r.bucket(i).key(), r.bucket(i).spec());
        }
      } else {
        Charge charge = engine.classify(ev.request);
        Ticket r = reserve(engine, charge);
        int seconds = 1 + random.nextInt(3);
        Response resp = new Response.Builder().request(ev.request).protocol(Protocol.HTTP_1_1).code(429).message("Too Many")
            .header("Retry-After", String.valueOf(seconds)).build();
        engine.cancel(r);
        engine.onResponse(charge, r, resp);
      }
    }

    assertTrue(admitted.size() >= 6, "seed " + seed + ": too few buckets exercised: " + admitted.keySet());
    for (Map.Entry<String, List<Long>> e : admitted.entrySet()) {
      String key = e.getKey();
      List<Long> times = e.getValue();
      Collections.sort(times);
      for (Rate rate : specs.get(key).rates()) {
        int n = rate.permits();
        long window = rate.period().toNanos();
        for (int i = 0; i + n < times.size(); i++) {
          if (times.get(i + n) - times.get(i) < window) {
            fail("seed " + seed + ": bucket " + key + " admitted " + (n + 1) + " calls within " + rate.period()
                + " (limit " + rate + ") starting at " + times.get(i));
          }
        }
      }
      for (long[] p : pauses.getOrDefault(key, List.of())) {
        for (long t : times) {
          if (t > p[0] && t < p[1]) {
            fail("seed " + seed + ": bucket " + key + " admitted a call at " + t + " during a server pause " + p[0] + ".." + p[1]);
          }
        }
      }
    }
  }

  private static Ticket reserve(Engine engine, Charge charge) {
    try {
      return booked(engine, charge);
    } catch (dev.pacer.PacerException e) {
      throw new AssertionError(e);
    }
  }

  /** Confirms at the go time; the in-memory store cannot fail. */
  private static boolean confirmed(Engine engine, Charge charge, Ticket t) {
    try {
      return engine.confirm(charge, t);
    } catch (dev.pacer.PacerException e) {
      throw new AssertionError(e);
    }
  }

  /** A new ticket booked for {@code charge}. */
  private static Ticket booked(Engine engine, Charge charge) throws dev.pacer.PacerException {
    Ticket t = new Ticket();
    engine.reserve(charge, t);
    return t;
  }

  @Test
  void aRuleDeclaringABucketSizeSendsThatManyAtOnceThenPacesAtItsRate() throws Exception {
    // nginx limit_req rate=10r/s burst=10 nodelay, declared as it is configured.
    RateLimitPolicy policy = RateLimitPolicy.builder("nginx")
        .rule(Rule.builder("api").otherwise().shared().rate(Rate.perSecond(10)).bucketSize(11).build())
        .build();
    ManualClock clock = new ManualClock();
    Engine engine = new Engine(policy, clock, PacerListener.NONE, Duration.ofMinutes(5), 1000);
    Request req = new Request.Builder().url("https://x.test/items").build();
    for (int i = 0; i < 11; i++) assertEquals(0, booked(engine, engine.classify(req)).waitNanos(), "call " + i);
    long next = booked(engine, engine.classify(req)).waitNanos();
    // One refill (100 ms) plus the default 1% margin, and never sooner.
    assertTrue(next >= SECOND / 10 && next <= SECOND / 10 + 2_000_000L, "wait " + next);
  }

  @Test
  void admittedThroughputReachesAtLeast98PercentOfTheLimitUnderExcessDemand() {
    Rate[] rates = {Rate.perSecond(50), Rate.perSecond(5), Rate.of(166, Duration.ofSeconds(10)), Rate.perMinute(1000), Rate.perSecond(350)};
    for (int s = 0; s < rates.length; s++) {
      Rate rate = rates[s];
      RateLimitPolicy policy = RateLimitPolicy.builder("tp").rule("r", "GET /r", rate).build();
      ManualClock clock = new ManualClock();
      Engine engine = new Engine(policy, clock, PacerListener.NONE, Duration.ofDays(1), 1000);
      Random random = new Random(100 + s);
      long horizon = rate.period().toNanos() * 12;
      double demandPerNano = 1.6 * rate.permits() / rate.period().toNanos();
      Request req = new Request.Builder().url("https://api.example.com/r").build();
      long t = 0;
      int admitted = 0;
      while (t < horizon) {
        clock.advanceNanos(t - clock.nanoTime());
        Ticket r = reserve(engine, engine.classify(req));
        if (r.goAtNanos() < horizon) admitted++;
        t += (long) (-Math.log(1 - random.nextDouble()) / demandPerNano);
      }
      double limit = (double) rate.permits() * horizon / rate.period().toNanos();
      assertTrue(admitted >= 0.98 * limit, rate + ": admitted " + admitted + " of a possible " + limit);
      assertTrue(admitted <= limit + rate.permits(), rate + ": admitted " + admitted + " > " + limit);
    }
  }

  @Test
  void aCallWaitingOnItsAccountDoesNotHoldTheSharedAppBucket() throws Exception {
    RateLimitPolicy policy = RateLimitPolicy.builder("multi")
        .rule(Rule.builder("app").otherwise().rate(Rate.perSecond(10)).build())
        .rule(Rule.builder("account").otherwise().scope(Scope.credential("Authorization")).rate(Rate.perSecond(2)).build())
        .build();
    ManualClock clock = new ManualClock();
    Engine engine = new Engine(policy, clock, PacerListener.NONE, Duration.ofMinutes(1), 1000);
    Request a = new Request.Builder().url("https://x.test/m").header("Authorization", "Bearer A").build();
    Request b = new Request.Builder().url("https://x.test/m").header("Authorization", "Bearer B").build();
    // Account A's budget is slower than the app's: A's third call waits ~0.5 s, B is unaffected.
    booked(engine, engine.classify(a));
    Ticket a2 = booked(engine, engine.classify(a));
    Ticket b1 = booked(engine, engine.classify(b));
    // B waits at most one app interval (A1 used the app bucket at t=0), never behind A's waiting call.
    assertTrue(b1.waitNanos() <= 101_000_000L, "B queued behind A's account wait: " + b1.waitNanos());
    assertTrue(a2.waitNanos() >= 500_000_000L, "account budget must pace A: " + a2.waitNanos());
    assertEquals("account", a2.bucket(a2.limitingIndex()).spec().name());
    assertEquals(2, engine.classify(a).bucketKeys().size());
  }

  @Test
  void maxWaitRejectsWithTheRuleAndEndpointAndBooksNothing() throws Exception {
    RateLimitPolicy policy = RateLimitPolicy.builder("p").rule("slow", "GET /slow/{id}", Rate.perMinute(1)).build();
    ManualClock clock = new ManualClock();
    Engine engine = new Engine(policy, clock, PacerListener.NONE, Duration.ofSeconds(5), 1000);
    Request r = new Request.Builder().url("https://x.test/slow/7?api_key=SECRET").build();
    booked(engine, engine.classify(r));
    dev.pacer.WaitTooLongException e = org.junit.jupiter.api.Assertions.assertThrows(dev.pacer.WaitTooLongException.class,
        () -> booked(engine, engine.classify(r)));
    assertEquals("slow", e.rule());
    assertEquals("GET /slow/{id}", e.endpoint());
    assertTrue(e.getMessage().contains("rate limit 'slow' for GET /slow/{id}"), e.getMessage());
    assertTrue(!e.getMessage().contains("SECRET"));
    assertTrue(e.retryAfter().toSeconds() >= 59);
    clock.advance(Duration.ofSeconds(61));
    assertEquals(0, booked(engine, engine.classify(r)).waitNanos(), "the rejected call must not have booked a slot");
  }

  @Test
  void idleBucketsAreEvictedButALiveBucketKeepsItsState() throws Exception {
    RateLimitPolicy policy = RateLimitPolicy.builder("p")
        .rule(Rule.builder("per-user").endpoint("GET /users/{id}").scope(Scope.pathVariable("id")).rate(Rate.perMinute(2)).build())
        .build();
    ManualClock clock = new ManualClock();
    Engine engine = new Engine(policy, clock, PacerListener.NONE, Duration.ofHours(1), 1000);
    Request hot = new Request.Builder().url("https://x.test/users/hot").build();
    booked(engine, engine.classify(hot));
    booked(engine, engine.classify(hot));
    for (int i = 0; i < 20_000; i++) {
      clock.advanceNanos(40_000_000L);
      Request r = new Request.Builder().url("https://x.test/users/u" + i).build();
      Ticket res = booked(engine, engine.classify(r));
      assertEquals(0, res.waitNanos());
    }
    assertTrue(engine.bucketCount() <= 1000 + 1, "bucket count " + engine.bucketCount());
    // 500 s have passed: the hot bucket is idle again and may be forgotten; push it busy again and flood.
    booked(engine, engine.classify(hot));
    booked(engine, engine.classify(hot));
    // The flood fills the store with live buckets; keys that find it full share the rule's
    // overflow bucket, which admits at the rule's rate: never one call each.
    int admittedAtOnce = 0;
    for (int i = 0; i < 5_000; i++) {
      Request r = new Request.Builder().url("https://x.test/users/v" + i).build();
      try {
        engine.reserve(engine.classify(r), new Ticket(), 0);
        admittedAtOnce++;
      } catch (dev.pacer.WaitTooLongException expected) {
        // charged to the overflow bucket, which is busy
      }
    }
    assertTrue(admittedAtOnce <= 1000 + 1, "the flood got " + admittedAtOnce + " calls through a store of 1000");
    assertTrue(engine.bucketCount() <= 1000 + 1, "bucket count " + engine.bucketCount());
    Ticket third = booked(engine, engine.classify(hot));
    assertTrue(third.waitNanos() > 20 * SECOND, "a live bucket must not be evicted: third call waited " + third.waitNanos());
  }

  @Test
  void remainingAndResetHeadersNeverMakeTheBucketMoreOptimisticThanTheServer() throws Exception {
    RateLimitPolicy policy = RateLimitPolicy.builder("p").resetFormat(dev.pacer.policy.ResetFormat.SECONDS_UNTIL_RESET)
        .rule("r", "GET /r", Rate.perSecond(100)).build();
    ManualClock clock = new ManualClock();
    Engine engine = new Engine(policy, clock, PacerListener.NONE, Duration.ofMinutes(1), 1000);
    Request req = new Request.Builder().url("https://x.test/r").build();
    Charge charge = engine.classify(req);
    Ticket first = booked(engine, charge);
    // Another process spent the quota: the server says 2 remain until the window resets in 10 s.
    Response resp = new Response.Builder().request(req).protocol(Protocol.HTTP_1_1).code(200).message("OK")
        .header("X-RateLimit-Remaining", "2").header("X-RateLimit-Reset", "10").build();
    engine.onResponse(charge, first, resp);
    int beforeReset = 0;
    for (int i = 0; i < 20; i++) {
      if (booked(engine, engine.classify(req)).goAtNanos() < 10 * SECOND) beforeReset++;
    }
    assertEquals(2, beforeReset);
  }

  /** Takes the charge's slots if they are free now; never queues. */
  private static boolean takeSlotsNow(Engine engine, Charge charge) {
    java.util.concurrent.atomic.AtomicBoolean granted = new java.util.concurrent.atomic.AtomicBoolean();
    ConcurrencyLimiter.AsyncWaiter w = engine.acquireSlotsAsync(charge, () -> granted.set(true));
    if (granted.get()) return true;
    assertTrue(engine.cancelSlots(w));
    return false;
  }

  @Test
  void concurrencyCapsOfManyAccountsAreForgottenOnceTheirCallsEnd() throws Exception {
    RateLimitPolicy policy = RateLimitPolicy.builder("p")
        .rule(Rule.builder("per-user").endpoint("GET /users/{id}/stream").scope(Scope.pathVariable("id")).maxConcurrent(2).build())
        .build();
    // maxWait zero: a call that finds no room fails at once (the manual clock never moves).
    Engine engine = new Engine(policy, new ManualClock(), PacerListener.NONE, Duration.ZERO, 1000);
    Charge held = engine.classify(new Request.Builder().url("https://x.test/users/held/stream").build());
    assertTrue(takeSlotsNow(engine, held));
    for (int i = 0; i < 20_000; i++) {
      Charge c = engine.classify(new Request.Builder().url("https://x.test/users/u" + i + "/stream").build());
      assertTrue(takeSlotsNow(engine, c));
      engine.releaseSlots(c);
    }
    assertEquals(1, engine.concurrencyCapsTracked(), "only the cap with a call in flight is kept");
    // The held cap kept its count: a second call fits, a third does not.
    Charge again = engine.classify(new Request.Builder().url("https://x.test/users/held/stream").build());
    assertTrue(takeSlotsNow(engine, again));
    assertFalse(takeSlotsNow(engine, again), "a third call does not fit");
    engine.releaseSlots(again);
    engine.releaseSlots(held);
    assertEquals(0, engine.concurrencyCapsTracked());
    assertEquals(0, engine.permitsInFlight());
  }

  @Test
  void bare429sWithinTheWindowPauseOneIntervalThenTwoThenTheWholeWindow() throws Exception {
    RateLimitPolicy policy = RateLimitPolicy.builder("p")
        .rule("per-minute", "GET /agents", Rate.perMinute(60))
        .build();
    ManualClock clock = new ManualClock();
    Engine engine = new Engine(policy, clock, PacerListener.NONE, Duration.ofMinutes(5), 1000);
    Request req = new Request.Builder().url("https://x.test/agents").build();
    Charge charge = engine.classify(req);
    Ticket first = booked(engine, charge);
    Response bare429 = new Response.Builder().request(req).protocol(Protocol.HTTP_1_1).code(429).message("Too Many Requests").build();
    engine.onResponse(charge, first, bare429);
    // A first bare refusal: the spacing widens (the margin doubles to 2% of the minute: 1.02 s
    // per call) and the bucket pauses one of its wider intervals.
    Ticket second = booked(engine, engine.classify(req));
    long wait = second.waitNanos();
    assertTrue(wait >= 1_020_000_000L && wait < 1_030_000_000L, "wait " + wait);
    clock.advanceNanos(wait);
    // A second bare refusal within the minute may be the same jitter: two intervals. (It came
    // within a period of the widening, so it teaches the margin nothing more.)
    engine.onResponse(charge, second, bare429);
    Ticket third = booked(engine, engine.classify(req));
    long wait2 = third.waitNanos();
    assertTrue(wait2 >= 2 * 1_020_000_000L && wait2 < 2 * 1_030_000_000L, "wait " + wait2);
    clock.advanceNanos(wait2);
    // A third within the minute: the window is spent; every caller waits it out.
    engine.onResponse(charge, third, bare429);
    long after = booked(engine, engine.classify(req)).waitNanos();
    assertTrue(after >= 60 * SECOND && after < 64 * SECOND, "wait " + after);
  }

  @Test
  void aBare429PausesForTheConfiguredTimeOrNotAtAll() throws Exception {
    Request req = new Request.Builder().url("https://x.test/agents").build();
    Response bare429 = new Response.Builder().request(req).protocol(Protocol.HTTP_1_1).code(429).message("Too Many Requests").build();
    for (long pauseSeconds : new long[] {0, 5}) {
      RateLimitPolicy policy = RateLimitPolicy.builder("p")
          .pauseWithoutHint(Duration.ofSeconds(pauseSeconds))
          .rule("per-second", "GET /agents", Rate.perSecond(100))
          .build();
      Engine engine = new Engine(policy, new ManualClock(), PacerListener.NONE, Duration.ofMinutes(5), 1000);
      Charge charge = engine.classify(req);
      engine.onResponse(charge, booked(engine, charge), bare429);
      long wait = booked(engine, engine.classify(req)).waitNanos();
      assertTrue(wait >= pauseSeconds * SECOND && wait < pauseSeconds * SECOND + SECOND / 10, pauseSeconds + " s: wait " + wait);
    }
  }
}
