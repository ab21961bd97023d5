package dev.pacer.store.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pacer.policy.Rate;
import dev.pacer.store.Bucket;
import dev.pacer.store.BucketSpec;
import dev.pacer.store.BucketStore;
import dev.pacer.store.BucketTable;
import dev.pacer.store.Ticket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link BucketStore} must do, as tests any implementation runs by extending this
 * class and saying how to make a store. Time is the {@code now} passed to each operation (a store
 * that decides on its own clock must let the test drive that clock the same way). The checks
 * hold for a store that books every bucket at reserve as well as for one that leaves the
 * non-limiting ones to confirm.
 */
public abstract class BucketStoreContract {
  /** One second, in nanoseconds. */
  protected static final long SECOND = 1_000_000_000L;
  private static final long FOREVER = Long.MAX_VALUE / 8;

  private final List<BucketStore> made = new ArrayList<>();

  /** A new, empty store that holds at most {@code maxBuckets} buckets. */
  protected abstract BucketStore newStore(int maxBuckets);

  @AfterEach
  void closeStores() {
    for (BucketStore s : made) s.close();
  }

  private BucketStore store(int maxBuckets) {
    BucketStore s = newStore(maxBuckets);
    made.add(s);
    return s;
  }

  private static BucketSpec spec(String name, Rate... rates) {
    return BucketSpec.of(name, List.of(rates), 0, Duration.ZERO);
  }

  private static Ticket ticket(Bucket... buckets) {
    Ticket t = new Ticket();
    t.load(buckets, buckets.length);
    return t;
  }

  /** Reserves and, if it has to wait, confirms at its go time; returns the go time. */
  private static long admit(BucketStore store, long now, Bucket... buckets) {
    Ticket t = ticket(buckets);
    assertTrue(store.reserve(t, now, FOREVER), "reserve with an unbounded limit must book");
    long go = t.goAtNanos();
    assertTrue(go >= now);
    if (!store.confirm(t, go)) {
      store.giveBack(t);
      return admit(store, go, buckets);
    }
    return go;
  }

  @Test
  void aNewBucketAdmitsAtOnceThenPacesAtItsInterval() {
    BucketStore store = store(100);
    Bucket b = store.table(spec("r", Rate.perSecond(2)), "r|", "").bucket("k", false, 0);
    assertEquals(0, admit(store, 0, b));
    assertEquals(SECOND / 2, admit(store, 0, b));
    assertEquals(SECOND, admit(store, 0, b));
    assertEquals(10 * SECOND, admit(store, 10 * SECOND, b), "an idle bucket admits at once again");
  }

  @Test
  void aTokenBucketAdmitsItsSizeAtOnceAfterAQuietSpellThenItsRate() {
    BucketStore store = store(100);
    // nginx limit_req rate=10r/s burst=10 nodelay: a bucket of 11 refilled every 100 ms.
    BucketSpec nginx = BucketSpec.tokenBucket("nginx", Rate.perSecond(10), 11, Duration.ZERO);
    Bucket b = store.table(nginx, "nginx|", "").bucket("k", false, 0);
    assertEquals(11, admittedAtOnce(store, 0, b, 11));
    assertEquals(SECOND / 10, admit(store, 0, b), "then one per refill");
    assertEquals(2 * SECOND / 10, admit(store, 0, b));
    // Quiet for the bucket's whole refill (1.1 s after the last booking): full again.
    long later = 2 * SECOND / 10 + 11 * SECOND / 10;
    assertEquals(11, admittedAtOnce(store, later, b, 11));
    assertEquals(later + SECOND / 10, admit(store, later, b));
  }

  @Test
  void aWaitBeyondTheLimitBooksNothingAndSaysHowLongItWouldBe() {
    BucketStore store = store(100);
    Bucket b = store.table(spec("r", Rate.perSecond(1)), "r|", "").bucket("k", false, 0);
    admit(store, 0, b);
    Ticket t = ticket(b);
    assertFalse(store.reserve(t, 0, SECOND / 2));
    assertEquals(SECOND, t.waitNanos());
    assertEquals(0, t.limitingIndex());
    assertFalse(t.holdsBookings());
    assertEquals(SECOND, admit(store, 0, b), "the refused reservation booked nothing");
  }

  @Test
  void aChargeOfSeveralBucketsGoesWhenAllAdmitItAndBooksEveryOne() {
    BucketStore store = store(100);
    Bucket fast = store.table(spec("fast", Rate.perSecond(10)), "fast|", "").bucket("k", false, 0);
    Bucket slow = store.table(spec("slow", Rate.perSecond(1)), "slow|", "").bucket("k", false, 0);
    admit(store, 0, slow);
    Ticket both = ticket(fast, slow);
    assertTrue(store.reserve(both, 0, FOREVER));
    assertEquals(SECOND, both.goAtNanos());
    assertEquals(1, both.limitingIndex(), "the slow bucket set the wait");
    assertTrue(store.confirm(both, SECOND));
    // Both are booked now: each next call waits its own bucket's interval after the charge.
    assertEquals(SECOND + SECOND / 10, admit(store, SECOND, fast));
    assertEquals(2 * SECOND, admit(store, SECOND, slow));
  }

  @Test
  void givingBackReturnsABookingWithNothingOnTopAndLeavesOneWithALaterBookingSpent() {
    BucketStore store = store(100);
    Bucket b = store.table(spec("r", Rate.perSecond(1)), "r|", "").bucket("k", false, 0);
    admit(store, 0, b);
    Ticket second = ticket(b);
    assertTrue(store.reserve(second, 0, FOREVER));
    store.giveBack(second);
    assertFalse(second.holdsBookings());
    assertEquals(SECOND, admit(store, 0, b), "the returned booking is free again");

    Ticket abandoned = ticket(b);
    assertTrue(store.reserve(abandoned, 0, FOREVER));
    assertEquals(2 * SECOND, abandoned.goAtNanos());
    assertEquals(3 * SECOND, admit(store, 0, b));
    store.giveBack(abandoned); // a later booking sits on top: stays spent, never double-granted
    assertEquals(4 * SECOND, admit(store, 0, b));
  }

  @Test
  void aServerPauseHoldsEveryCallUntilItEndsAndVoidsReservationsItCovers() {
    BucketStore store = store(100);
    Bucket b = store.table(spec("r", Rate.perSecond(10)), "r|", "").bucket("k", false, 0);
    Ticket waiting = ticket(b);
    admit(store, 0, b);
    assertTrue(store.reserve(waiting, 0, FOREVER));
    store.pause(b, 5 * SECOND);
    assertFalse(store.confirm(waiting, waiting.goAtNanos()), "a pause covering the go time voids the reservation");
    store.giveBack(waiting);
    assertTrue(admit(store, 0, b) >= 5 * SECOND);
  }

  @Test
  void theServersRemainingIsNeverExceededBeforeItsReset() {
    BucketStore store = store(100);
    Bucket b = store.table(spec("r", Rate.perSecond(100)), "r|", "").bucket("k", false, 0);
    Ticket first = ticket(b);
    assertTrue(store.reserve(first, 0, FOREVER));
    assertTrue(store.confirm(first, 0));
    store.reconcile(first, 0, 2, 10 * SECOND);
    int beforeReset = 0;
    for (int i = 0; i < 20; i++) if (admit(store, 0, b) < 10 * SECOND) beforeReset++;
    assertEquals(2, beforeReset);
  }

  @Test
  void aRemainingOnABucketWithNoRateDoesNotHoldItUntilTheReset() {
    BucketStore store = store(100);
    Bucket b = store.table(BucketSpec.serverOnly("server"), "server|", "").bucket("host:443", false, 0);
    Ticket t = ticket(b);
    assertTrue(store.reserve(t, 0, FOREVER));
    store.reconcile(t, 0, 5, 10 * SECOND);
    assertEquals(1, admit(store, 1, b), "5 remain: nothing paces a bucket without a rate");
  }

  /** One call booked and gone at {@code now}, its ticket kept for what the server answers about it. */
  private static Ticket sent(BucketStore store, long now, Bucket b) {
    Ticket t = ticket(b);
    assertTrue(store.reserve(t, now, FOREVER));
    assertEquals(now, t.goAtNanos(), "the call under test goes at once");
    assertTrue(store.confirm(t, now));
    return t;
  }

  /** Of {@code tries} calls asked at {@code now}, how many go at once. */
  private static int admittedAtOnce(BucketStore store, long now, Bucket b, int tries) {
    int atOnce = 0;
    for (int i = 0; i < tries; i++) if (admit(store, now, b) == now) atOnce++;
    return atOnce;
  }

  /** One bucket of a one-rate table. */
  private static Bucket bucketOf(BucketStore store, Rate rate) {
    return store.table(spec("r", rate), "r|", "").bucket("k", false, 0);
  }

  @Test
  void aCreditIsSpentAtOnceBeforeTheResetThenNothingGoesUntilItThenTheRateResumes() {
    BucketStore store = store(100);
    Bucket b = bucketOf(store, Rate.perSecond(10));
    Ticket first = sent(store, 0, b);
    store.credit(first, 0, 5, 2 * SECOND, 1);
    for (int i = 0; i < 5; i++) assertEquals(SECOND / 100, admit(store, SECOND / 100, b), "credit " + i + " goes at once");
    assertEquals(2 * SECOND, admit(store, SECOND / 100, b), "the credit is spent: nothing before the reset");
    assertEquals(2 * SECOND + SECOND / 10, admit(store, SECOND / 100, b), "from the reset the bucket paces at its rate");
  }

  @Test
  void aCreditCountsOffCallsBookedAfterTheAnsweredOne() {
    BucketStore store = store(100);
    Bucket b = bucketOf(store, Rate.perSecond(10));
    Ticket first = sent(store, 0, b);
    long second = admit(store, 0, b); // booked after the answered call: the server may not have counted it
    assertEquals(SECOND / 10, second);
    // Now 0.1 s: the second call went; the server says 3 remain after the first.
    store.credit(first, 0, 3, 5 * SECOND, SECOND / 10);
    assertEquals(2, admittedAtOnce(store, SECOND / 10, b, 10), "3 remaining minus the one booked after the answered call");
  }

  @Test
  void answersAboutOneWindowOnlyLowerItsCreditAndALaterWindowReplacesIt() {
    BucketStore store = store(100);
    Bucket b = bucketOf(store, Rate.perSecond(10));
    Ticket a = sent(store, 0, b);
    store.credit(a, 0, 4, 3 * SECOND, 1);
    Ticket c = sent(store, 1, b); // spends one credit: 3 left
    store.credit(c, 0, 9, 3 * SECOND + 1_000_000, 2); // the same window, an optimistic answer: still 3 at most
    sent(store, 3, b); // 2 left
    store.credit(c, 0, 2, 3 * SECOND, 3); // a late answer about c: 2 after it, one of them the call just sent
    assertEquals(4, admit(store, 4, b), "the lowest count about the window holds: one more at once");
    assertEquals(3 * SECOND + 1_000_000, admit(store, 4, b), "then none before the (latest) reset");
    // A new window: its first answer grants the new count.
    Ticket next = sent(store, 3 * SECOND + SECOND / 5, b);
    store.credit(next, 0, 4, 6 * SECOND, 3 * SECOND + SECOND / 5 + 1);
    assertEquals(4, admittedAtOnce(store, 3 * SECOND + SECOND / 4, b, 8), "a later window replaces the spent credit");
  }

  @Test
  void anAnswerAboutAWindowAlreadyOverGrantsNothing() {
    BucketStore store = store(100);
    Bucket b = bucketOf(store, Rate.perSecond(1));
    Ticket a = sent(store, 0, b);
    store.credit(a, 0, 50, SECOND / 2, SECOND / 2);
    assertEquals(SECOND, admit(store, SECOND / 2, b), "the rule's rate still holds");
  }

  @Test
  void aPauseEndsACredit() {
    BucketStore store = store(100);
    Bucket b = bucketOf(store, Rate.perSecond(10));
    Ticket a = sent(store, 0, b);
    store.credit(a, 0, 50, 10 * SECOND, 1);
    assertEquals(1, admit(store, 1, b));
    store.pause(b, 4 * SECOND);
    assertTrue(admit(store, 2, b) >= 4 * SECOND, "no credit outlives the server's refusal");
  }

  @Test
  void aCreditOnOneRateOfAMultiRateBucketLeavesTheOtherRatesInForce() {
    BucketStore store = store(100);
    BucketSpec twoRates = BucketSpec.of("r", List.of(Rate.perSecond(2), Rate.perMinute(20)), 10, Duration.ZERO);
    Bucket b = store.table(twoRates, "r|", "").bucket("k", false, 0);
    Ticket a = sent(store, 0, b);
    store.credit(a, 0, 100, 10 * SECOND, 1);
    List<Long> times = new ArrayList<>();
    times.add(0L);
    for (int i = 0; i < 30; i++) times.add(admit(store, 1, b));
    assertWithinLimit("credited multi", times, Rate.perMinute(20));
    assertEquals(1L, times.get(9), "the per-second rate is credited: the per-minute burst goes at once, " + times);
    assertTrue(times.get(10) > 2 * SECOND, "then the per-minute rate paces, " + times);
  }

  @Test
  void aLearnedLowerLimitSlowsTheBucket() {
    BucketStore store = store(100);
    BucketSpec declared = spec("r", Rate.perSecond(10));
    Bucket b = store.table(declared, "r|", "").bucket("k", false, 0);
    store.respec(b, declared.withShortestPermits(2));
    admit(store, 0, b);
    assertEquals(SECOND / 2, admit(store, 0, b));
    store.respec(b, declared.withShortestPermits(10));
    // The second call's booking holds until 1 s; from then on the bucket paces at the new rate.
    assertEquals(SECOND, admit(store, SECOND / 2, b));
    assertEquals(SECOND + SECOND / 10, admit(store, SECOND / 2, b));
  }

  @Test
  void everyRateOfAMultiRateBucketHolds() {
    BucketStore store = store(100);
    Bucket b = store.table(spec("r", Rate.perSecond(10), Rate.perMinute(20)), "r|", "").bucket("k", false, 0);
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < 45; i++) times.add(admit(store, 0, b));
    assertWithinLimit("multi", times, Rate.perSecond(10));
    assertWithinLimit("multi", times, Rate.perMinute(20));
  }

  @Test
  void aStoreHoldsAtMostItsBoundAndAForgottenBucketsHandleKeepsWorking() {
    BucketStore store = store(64);
    BucketTable table = store.table(spec("r", Rate.perMinute(1)), "r|", "");
    Bucket kept = table.bucket("kept", true, 0);
    Bucket first = table.bucket("first", false, 0);
    admit(store, 0, first);
    admit(store, 0, kept);
    long now = 2 * 60 * SECOND; // both idle again
    for (int i = 0; i < 1000; i++) {
      now += SECOND;
      admit(store, now, table.bucket("k" + i, false, now));
    }
    assertTrue(store.size() <= 64 + 1, "held " + store.size());
    // The old handle may point at forgotten state: it must still pace its key.
    long a = admit(store, now, first);
    long b = admit(store, now, table.bucket("first", false, now));
    assertEquals(a + 60 * SECOND, b);
    long k = admit(store, now, kept);
    assertEquals(k + 60 * SECOND, admit(store, now, kept));
  }

  @Test
  void keysBeyondTheBoundNeverGoFasterThanTheirRule() {
    BucketStore store = store(32);
    BucketTable table = store.table(spec("r", Rate.perMinute(2)), "r|", "");
    Map<String, List<Long>> times = new HashMap<>();
    List<Long> all = new ArrayList<>();
    Random random = new Random(7);
    long now = 0;
    for (int i = 0; i < 3000; i++) {
      now += random.nextInt(50) * 1_000_000L;
      String key = "k" + random.nextInt(400);
      long go = admit(store, now, table.bucket(key, false, now));
      times.computeIfAbsent(key, x -> new ArrayList<>()).add(go);
      all.add(go);
      assertTrue(store.size() <= 32 + 1, "held " + store.size());
    }
    for (Map.Entry<String, List<Long>> e : times.entrySet()) assertWithinLimit(e.getKey(), e.getValue(), Rate.perMinute(2));
  }

  @Test
  void randomTrafficNeverAdmitsMoreThanARateInAnyWindow() {
    for (long seed = 1; seed <= 20; seed++) {
      BucketStore store = store(1000);
      Random random = new Random(seed);
      Rate[][] shapes = {{Rate.perSecond(5)}, {Rate.perSecond(20), Rate.perMinute(300)}, {Rate.of(3, Duration.ofMillis(500))}};
      Bucket[] buckets = new Bucket[shapes.length];
      for (int i = 0; i < shapes.length; i++) {
        buckets[i] = store.table(spec("s" + i, shapes[i]), "s" + i + "|", "").bucket("k", false, 0);
      }
      Map<Integer, List<Long>> admitted = new HashMap<>();
      List<long[]> decidedOnFirst = new ArrayList<>(); // {step that reserved it, when it goes}
      List<long[]> pauses = new ArrayList<>();
      long now = 0;
      for (int step = 0; step < 600; step++) {
        now += random.nextInt(40) * 1_000_000L;
        int mask = 1 + random.nextInt(7);
        List<Bucket> chosen = new ArrayList<>();
        List<Integer> which = new ArrayList<>();
        for (int i = 0; i < 3; i++) if ((mask & (1 << i)) != 0) { chosen.add(buckets[i]); which.add(i); }
        Ticket t = ticket(chosen.toArray(new Bucket[0]));
        if (!store.reserve(t, now, 30 * SECOND)) continue;
        int action = random.nextInt(10);
        if (action == 0) {
          store.giveBack(t);
        } else if (action == 1 && which.contains(0)) {
          store.pause(buckets[0], now + 2 * SECOND);
          pauses.add(new long[] {step, now + 2 * SECOND});
          store.giveBack(t);
        } else {
          long go = t.goAtNanos();
          if (store.confirm(t, go)) {
            for (int i : which) admitted.computeIfAbsent(i, x -> new ArrayList<>()).add(go);
            if (which.contains(0)) decidedOnFirst.add(new long[] {step, go});
          } else {
            store.giveBack(t);
          }
        }
      }
      for (int i = 0; i < shapes.length; i++) {
        List<Long> times = admitted.getOrDefault(i, List.of());
        for (Rate r : shapes[i]) assertWithinLimit("seed " + seed + " bucket s" + i, times, r);
      }
      // A call reserved after a pause never goes before it ends.
      for (long[] call : decidedOnFirst) {
        for (long[] p : pauses) {
          if (call[0] > p[0] && call[1] < p[1]) {
            fail("seed " + seed + ": reserved in step " + call[0] + ", went at " + call[1] + " before a pause of step " + p[0] + " ended at " + p[1]);
          }
        }
      }
    }
  }

  @Test
  void concurrentCallersOnOneBucketGetExactlyItsBurstAtOneInstant() throws Exception {
    BucketStore store = store(100);
    Bucket b = store.table(BucketSpec.of("r", List.of(Rate.perSecond(100)), 10, Duration.ZERO), "r|", "").bucket("k", false, 0);
    AtomicInteger admitted = new AtomicInteger();
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        done.add(pool.submit(() -> {
          start.await();
          for (int n = 0; n < 2000; n++) {
            Ticket t = ticket(b);
            if (store.reserve(t, 0, 0)) admitted.incrementAndGet();
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : done) f.get(60, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
    assertEquals(10, admitted.get(), "a burst of 10 at one instant, no more, however many threads ask");
  }

  /** No window of the rate's period holds more than its permits. */
  protected static void assertWithinLimit(String what, List<Long> admittedAt, Rate rate) {
    List<Long> times = new ArrayList<>(admittedAt);
    Collections.sort(times);
    int n = rate.permits();
    long window = rate.period().toNanos();
    for (int i = 0; i + n < times.size(); i++) {
      if (times.get(i + n) - times.get(i) < window) {
        fail(what + ": " + (n + 1) + " calls within " + rate.period() + " (limit " + rate + ") from " + times.get(i));
      }
    }
  }
}
