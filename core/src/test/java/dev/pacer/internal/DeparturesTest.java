package dev.pacer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.RetryConfig;
import dev.pacer.event.PacerListener;
import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.Rule;
import dev.pacer.store.Bucket;
import dev.pacer.store.BucketSpec;
import dev.pacer.store.Ticket;
import dev.pacer.time.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import okhttp3.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The departure check on virtual time: a call that would leave too soon after a late predecessor
 * waits the difference, through the admission's own WAIT step; a token bucket keeps its burst;
 * buckets without the check are unchanged; and, for seeded wake-up jitter, the instants calls
 * leave conform to the bucket's own rule while no call leaves before its booking.
 */
final class DeparturesTest {
  private static final long MS = 1_000_000L;

  private final ManualClock clock = new ManualClock(Instant.parse("2026-12-03T10:00:00Z"));
  private final Request request = new Request.Builder().url("http://127.0.0.1:9/items").build();
  private final MemoryBucketStore store = new MemoryBucketStore(100);

  private Engine engine(Rule rule) {
    return new Engine(RateLimitPolicy.builder("nginx").rule(rule).build(), clock, PacerListener.NONE,
        Duration.ofMinutes(1), 100);
  }

  private Admission admission(Engine engine) {
    return new Admission(engine, new RetryLogic(engine, RetryConfig.defaults(), bound -> 0L), request, 0, () -> { });
  }

  /** Resumes {@code a} at each wait's end (advancing the clock) until it may send; bounded. */
  private long sendAt(Admission a, Admission.Step step) {
    for (int i = 0; i < 10 && step.kind == Admission.Step.Kind.WAIT; i++) {
      if (step.untilNanos > clock.nanoTime()) clock.advanceNanos(step.untilNanos - clock.nanoTime());
      step = a.resume();
    }
    assertEquals(Admission.Step.Kind.SEND, step.kind, "the call goes");
    return clock.nanoTime();
  }

  @Test
  void aCallWokenLateDoesNotMakeTheNextOneLeaveCloserThanTheBucketsInterval() {
    // nginx limit_req rate=10r/s, burst 0: a bucket of 1.
    Engine engine = engine(Rule.builder("api").otherwise().shared().rate(Rate.perSecond(10)).bucketSize(1).build());
    long interval = engine.classify(request).bucket(0).spec().intervalNanos(0);
    long t0 = clock.nanoTime();

    Admission first = admission(engine);
    assertEquals(Admission.Step.Kind.SEND, first.start().kind, "the first call goes at once");
    Admission late = admission(engine);
    Admission.Step lateStep = late.start();
    Admission onTime = admission(engine);
    Admission.Step onTimeStep = onTime.start();
    assertEquals(t0 + interval, lateStep.untilNanos, "booked one interval after the first");
    assertEquals(t0 + 2 * interval, onTimeStep.untilNanos, "booked two intervals after the first");

    // The second caller's thread wakes 2 ms after its go time, and leaves then.
    clock.advanceNanos(interval + 2 * MS);
    assertEquals(Admission.Step.Kind.SEND, late.resume().kind);
    long lateLeft = clock.nanoTime();

    // The third wakes exactly at its go time: it may not leave 2 ms closer to the second than the interval.
    clock.advanceNanos(t0 + 2 * interval - clock.nanoTime());
    Admission.Step held = onTime.resume();
    assertEquals(Admission.Step.Kind.WAIT, held.kind, "held back at its go time");
    assertEquals(lateLeft + interval, held.untilNanos, "by exactly its predecessor's lateness");
    long onTimeLeft = sendAt(onTime, held);
    assertEquals(interval, onTimeLeft - lateLeft, "leaves one interval after the late call, not 2 ms closer");
  }

  @Test
  void aTokenBucketKeepsItsBurstAndThenItsSpacing() {
    // nginx limit_req rate=10r/s burst=10 nodelay: a bucket of 11.
    Engine engine = engine(Rule.builder("api").otherwise().shared().rate(Rate.perSecond(10)).bucketSize(11).build());
    long interval = engine.classify(request).bucket(0).spec().intervalNanos(0);
    long t0 = clock.nanoTime();
    for (int i = 0; i < 11; i++) {
      assertEquals(Admission.Step.Kind.SEND, admission(engine).start().kind, "call " + i + " of the burst goes at once");
    }
    Admission next = admission(engine);
    Admission.Step step = next.start();
    assertEquals(Admission.Step.Kind.WAIT, step.kind, "the twelfth waits for the refill");
    assertEquals(t0 + interval, sendAt(next, step), "and goes at its booking, not later: the burst left on time");
  }

  @Test
  void aRuleThatDoesNotDeclareTheServersBucketIsUnchanged() {
    // A plain 10 per second (a window-counting server): a late call's successor goes at its booking.
    Engine engine = engine(Rule.builder("api").otherwise().shared().rate(Rate.perSecond(10)).build());
    long interval = engine.classify(request).bucket(0).spec().intervalNanos(0);
    long t0 = clock.nanoTime();
    assertEquals(Admission.Step.Kind.SEND, admission(engine).start().kind);
    Admission late = admission(engine);
    late.start();
    Admission onTime = admission(engine);
    Admission.Step step = onTime.start();
    clock.advanceNanos(interval + 2 * MS);
    assertEquals(Admission.Step.Kind.SEND, late.resume().kind);
    clock.advanceNanos(t0 + 2 * interval - clock.nanoTime());
    assertEquals(t0 + 2 * interval, step.untilNanos);
    assertEquals(Admission.Step.Kind.SEND, onTime.resume().kind, "goes at its booking, 2 ms closer to the late call");
  }

  @Test
  void aBucketFasterThanTheThresholdIsNotChecked() {
    // 1000 per second: an interval of about 1 ms, below the check's threshold.
    Departures departures = new Departures();
    Bucket b = bucket(BucketSpec.tokenBucket("fast", Rate.perSecond(1000), 1, null));
    assertEquals(-1, Departures.checkedLane(b));
    Ticket[] tickets = booked(b, 3, 0);
    long interval = b.spec().intervalNanos(0);
    assertEquals(0, departures.holdBack(tickets[0], 0));
    assertEquals(0, departures.holdBack(tickets[1], interval + 2 * MS), "woken late");
    assertEquals(0, departures.holdBack(tickets[2], 2 * interval), "its successor goes on time, as before");
    assertEquals(0, departures.size(), "no state is kept for it");
  }

  @Test
  void aBucketWithoutARateOrAnOverflowBucketIsNotChecked() {
    assertEquals(-1, Departures.checkedLane(bucket(BucketSpec.serverOnly("server"))));
    Bucket slow = bucket(BucketSpec.tokenBucket("slow", Rate.perSecond(10), 1, null));
    assertEquals(0, Departures.checkedLane(slow));
    assertEquals(-1, Departures.checkedLane(new Overflow("slow|overflow", slow.spec())));
  }

  @Test
  void aBucketSpendingAReportedRemainingIsNotHeldBackUntilTheReset() {
    Departures departures = new Departures();
    Bucket b = bucket(BucketSpec.tokenBucket("slow", Rate.perSecond(10), 1, null));
    Ticket[] tickets = booked(b, 3, 0);
    departures.credited(b, 500 * MS, 0);
    // While the credit lasts, calls go back to back as the server allows.
    assertEquals(0, departures.holdBack(tickets[0], 1 * MS));
    assertEquals(0, departures.holdBack(tickets[1], 1 * MS));
    // After the reset, the check applies again (the first departure then starts it afresh).
    assertEquals(0, departures.holdBack(tickets[2], 500 * MS));
    assertTrue(departures.holdBack(tickets[0], 501 * MS) > 0, "spaced again after the reset");
  }

  @Test
  void aCallOnSeveralBucketsWaitsForTheSlowestAndIsRecordedOnlyWhenItLeaves() {
    Departures departures = new Departures();
    Bucket slow = bucket(BucketSpec.tokenBucket("slow", Rate.perSecond(10), 1, null));
    Bucket slower = bucket(BucketSpec.tokenBucket("slower", Rate.perSecond(5), 1, null));
    Ticket both = new Ticket();
    both.load(new Bucket[] {slow, slower}, 2);
    Ticket again = new Ticket();
    again.load(new Bucket[] {slow, slower}, 2);
    assertEquals(0, departures.holdBack(both, 0));
    long wait = departures.holdBack(again, 10 * MS);
    assertEquals(slower.spec().intervalNanos(0) - 10 * MS, wait, "the slower bucket's spacing rules");
    // Asking again at the same instant gives the same answer: a held call records nothing.
    assertEquals(wait, departures.holdBack(again, 10 * MS));
    assertEquals(0, departures.holdBack(again, 10 * MS + wait));
  }

  @Test
  void aServerBucketsSlowFirstAnswerHoldsBackTheNextDepartureByItsRoundTrip() {
    // nginx limit_req rate=10r/s (burst 0): a bucket of 1.
    Departures departures = new Departures();
    Bucket b = nginx(0);
    long interval = b.spec().intervalNanos(0);
    Ticket[] tickets = booked(b, 2, 0);
    assertEquals(0, departures.holdBack(tickets[0], 0));
    long share = interval - 100 * MS; // the booking's own margin per interval (1% of the period)
    // A new connection: the answer comes back after 4 ms; the request may have reached the server as late.
    departures.answered(b, tickets[0], 200, 4 * MS);
    assertEquals(4 * MS - share, departures.holdBack(tickets[1], interval),
        "held back by the whole first round trip, less what the booking's margin absorbs");
    assertEquals(0, departures.holdBack(tickets[1], interval + 4 * MS - share));
  }

  @Test
  void aServerBucketsAnswerHoldsBackOnlyByItsRoundTripBeyondTheLeastSeenAndAtMostATenthOfTheInterval() {
    Departures departures = new Departures();
    Bucket b = nginx(0);
    long interval = b.spec().intervalNanos(0);
    long share = interval - 100 * MS;
    assertEquals(MS, share, "1% of the period: a millisecond per interval");
    int warm = Departures.TRUSTED_ANSWERS;
    Ticket[] tickets = booked(b, warm + 3, 0);
    // Answers after 1 ms each: the booking's margin absorbs them, and the least round trip is 1 ms.
    for (int k = 0; k < warm; k++) {
      assertEquals(0, departures.holdBack(tickets[k], tickets[k].goAtNanos()), "call " + k);
      departures.answered(b, tickets[k], 200, tickets[k].goAtNanos() + MS);
    }
    // A slow one: 3 ms, 2 ms beyond the least.
    long t = tickets[warm].goAtNanos();
    assertEquals(0, departures.holdBack(tickets[warm], t));
    departures.answered(b, tickets[warm], 200, t + 3 * MS);
    assertEquals(2 * MS - share, departures.holdBack(tickets[warm + 1], t + interval),
        "held back by the 2 ms beyond the least round trip, less the margin's millisecond");
    t += interval + 2 * MS - share;
    assertEquals(0, departures.holdBack(tickets[warm + 1], t));
    // A very slow answer counts at most a tenth of the interval.
    departures.answered(b, tickets[warm + 1], 200, t + 60 * MS);
    assertEquals(interval / 10 - share, departures.holdBack(tickets[warm + 2], t + interval), "capped");
  }

  @Test
  void aRefusedAnswerOrAnAnswerOnABucketNotDeclaredAsAServerBucketHoldsNothingBack() {
    Departures departures = new Departures();
    Bucket server = nginx(0);
    Bucket rule = bucket(BucketSpec.of("rule", List.of(Rate.perSecond(10)), 0, null));
    for (Bucket b : List.of(server, rule)) {
      long interval = b.spec().intervalNanos(0);
      Ticket[] tickets = booked(b, 2, 0);
      assertEquals(0, departures.holdBack(tickets[0], 0));
      departures.answered(b, tickets[0], b == server ? 429 : 200, 4 * MS);
      assertEquals(0, departures.holdBack(tickets[1], interval), b.key() + ": the next goes at its booking");
    }
  }

  @Test
  void aTokenBucketsBurstIsHeldBackByItsSlowestArrival() {
    // nginx burst=10 nodelay: 11 at once, then one per interval. The server's spacing starts at
    // the burst's first arrival: a slow one moves it, so the call after the burst waits as much.
    Bucket b = nginx(10);
    Ticket[] tickets = booked(b, 12, 0);
    Departures departures = new Departures();
    long interval = b.spec().intervalNanos(0);
    for (int k = 0; k < 11; k++) assertEquals(0, departures.holdBack(tickets[k], 0), "burst call " + k);
    assertEquals(interval, tickets[11].goAtNanos(), "the twelfth is booked one interval after the burst");
    long share = interval - 100 * MS;
    departures.answered(b, tickets[0], 200, 4 * MS);
    assertEquals(4 * MS - share, departures.holdBack(tickets[11], interval), "held back by the first call's round trip");
    // Calls that left together may reach the server in any order: a slower answer of the burst
    // counts as if it had arrived first (its whole round trip: the least is not trusted yet).
    departures.answered(b, tickets[10], 200, 9 * MS);
    assertEquals(9 * MS - share, departures.holdBack(tickets[11], interval));
    assertEquals(0, departures.holdBack(tickets[11], interval + 9 * MS - share));
  }

  /**
   * For seeded wake-up jitter (each caller wakes up to 3 ms after its go time, those booked at the start 3 ms, and
   * again up to 0.5 ms after a held-back wait ends), the departures conform to the bucket's own GCRA (interval
   * and tolerance), and none leaves before its booking.
   */
  @ParameterizedTest(name = "bucket size {0}, seed {1}")
  @CsvSource({"1, 1", "1, 2", "1, 3", "11, 1", "11, 2", "11, 3"})
  void departuresConformToTheBucketsRuleAndNoneLeavesBeforeItsBooking(int size, long seed) {
    BucketSpec spec = BucketSpec.tokenBucket("api", Rate.perSecond(10), size, null);
    Bucket b = bucket(spec);
    Departures departures = new Departures();
    int calls = 200;
    Ticket[] tickets = booked(b, calls, 0);
    SplittableRandom random = new SplittableRandom(seed);
    // Events: time, call. A call asks at its go time plus jitter, and again after each hold-back.
    PriorityQueue<long[]> asks = new PriorityQueue<>((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
    // The calls booked at the start wake 3 ms late (a token bucket's burst, whose first departure
    // anchors its spacing); the others up to 3 ms.
    for (int k = 0; k < calls; k++) {
      long go = tickets[k].goAtNanos();
      asks.add(new long[] {go + (go == 0 ? 3 * MS : jitter(random, 3 * MS)), k});
    }
    List<Long> left = new ArrayList<>();
    int held = 0;
    for (int steps = 0; !asks.isEmpty() && steps < 20 * calls; steps++) {
      long[] ask = asks.poll();
      int k = (int) ask[1];
      long wait = departures.holdBack(tickets[k], ask[0]);
      if (wait > 0) {
        held++;
        assertTrue(wait <= spec.intervalNanos(0), "a hold-back is at most one interval: " + wait);
        asks.add(new long[] {ask[0] + wait + jitter(random, MS / 2), k});
      } else {
        assertTrue(ask[0] >= tickets[k].goAtNanos(), "call " + k + " left before its booking");
        left.add(ask[0]);
      }
    }
    assertEquals(calls, left.size(), "every call left");
    long interval = spec.intervalNanos(0);
    long tolerance = spec.toleranceNanos(0);
    long tat = Long.MIN_VALUE / 4;
    for (int i = 0; i < left.size(); i++) {
      long t = left.get(i);
      assertTrue(t >= tat - tolerance, "departure " + i + " at " + t + " is " + (tat - tolerance - t) + " ns early");
      tat = Math.max(tat, t) + interval;
    }
    assertTrue(held > 0, "the jitter made some call too early: the check had something to do");
  }

  /** A table's overflow bucket, as a store hands it out. */
  private record Overflow(String key, BucketSpec spec) implements Bucket {
    @Override
    public boolean isOverflow() {
      return true;
    }
  }

  private static long jitter(SplittableRandom random, long most) {
    return random.nextInt(4) == 0 ? 0 : random.nextLong(most + 1);
  }

  /** A bucket declared as nginx {@code limit_req rate=10r/s burst=<burst>} is: {@code bucketSize(burst + 1)}. */
  private Bucket nginx(int burst) {
    return bucket(BucketSpec.tokenBucket("api", Rate.perSecond(10), burst + 1, null));
  }

  private Bucket bucket(BucketSpec spec) {
    return store.table(spec, spec.name() + "|", "").bucket("app", true, 0);
  }

  /** {@code n} calls booked on {@code b} at {@code now}, in order. */
  private Ticket[] booked(Bucket b, int n, long now) {
    Ticket[] tickets = new Ticket[n];
    for (int k = 0; k < n; k++) {
      tickets[k] = new Ticket();
      tickets[k].load(new Bucket[] {b}, 1);
      assertTrue(store.reserve(tickets[k], now, Long.MAX_VALUE / 4), "booked");
    }
    return tickets;
  }
}
