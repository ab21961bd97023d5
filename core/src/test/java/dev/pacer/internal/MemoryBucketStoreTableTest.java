package dev.pacer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.policy.Rate;
import dev.pacer.store.Bucket;
import dev.pacer.store.BucketSpec;
import dev.pacer.store.BucketTable;
import dev.pacer.store.Ticket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/**
 * The in-memory store's open-addressing tables: growth, keys whose hashes collide, shrinking
 * after forgetting, and concurrent inserts and forgets of the same keys. (What every store must
 * do is in the store contract; these are about how this one keeps its cells.)
 */
final class MemoryBucketStoreTableTest {
  private static final long SECOND = 1_000_000_000L;

  private static BucketSpec onePerSecond() {
    return BucketSpec.of("r", List.of(Rate.perSecond(1)), 0, Duration.ZERO);
  }

  /** Reserves one call on {@code b} at {@code now} if it may go at once; true if it was booked. */
  private static boolean goesAtOnce(MemoryBucketStore store, Bucket b, long now) {
    Ticket t = new Ticket();
    t.load(new Bucket[] {b}, 1);
    return store.reserve(t, now, 0);
  }

  @Test
  void aTableGrowsAsKeysArriveAndFindsEveryKeysBucketAgain() {
    MemoryBucketStore store = new MemoryBucketStore(100_000);
    MemoryBucketStore.Table table = (MemoryBucketStore.Table) store.table(onePerSecond(), "r|", "");
    assertEquals(MemoryBucketStore.MIN_SLOTS, table.slotCount());
    int keys = 5000;
    Bucket[] made = new Bucket[keys];
    for (int i = 0; i < keys; i++) {
      made[i] = table.bucket("u" + i, false, 0);
      assertTrue(goesAtOnce(store, made[i], 0), "a new key's first call goes at once: u" + i);
    }
    assertEquals(keys, store.size());
    // At most three quarters of the slots used, at least three eighths right after growing.
    int slots = table.slotCount();
    assertTrue(slots * 3L >= keys * 4L && slots * 3L <= keys * 8L, "slots " + slots + " for " + keys + " keys");
    for (int i = 0; i < keys; i++) {
      Bucket again = table.bucket(new String("u" + i), false, 0);
      assertSame(made[i], again, "u" + i);
      assertFalse(goesAtOnce(store, again, 0), "the key's bucket keeps its booking: u" + i);
    }
  }

  @Test
  void keysWithTheSameHashGetBucketsOfTheirOwn() {
    // "Aa" and "BB" hash alike, so every string of six such pairs has one hash.
    List<String> keys = new ArrayList<>();
    for (int bits = 0; bits < 64; bits++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < 6; k++) sb.append((bits & (1 << k)) != 0 ? "Aa" : "BB");
      keys.add(sb.toString());
    }
    assertEquals(1, keys.stream().mapToInt(String::hashCode).distinct().count());
    eachKeyPacesOnItsOwn(keys);
  }

  /**
   * Each of {@code keys} gets a bucket of its own, named by its key, found again from an equal
   * string, which paces it alone: one call at once, a second one interval later.
   */
  private static void eachKeyPacesOnItsOwn(List<String> keys) {
    MemoryBucketStore store = new MemoryBucketStore(1000);
    BucketTable table = store.table(onePerSecond(), "r|", "|GET /x");
    Set<Bucket> distinct = new HashSet<>();
    for (String k : keys) {
      Bucket b = table.bucket(k, false, 0);
      distinct.add(b);
      assertEquals("r|" + k + "|GET /x", b.key());
      assertTrue(goesAtOnce(store, b, 0), "each key paces on its own: " + k);
    }
    assertEquals(keys.size(), distinct.size());
    for (String k : keys) {
      Bucket again = table.bucket(new String(k.toCharArray()), false, 0);
      assertTrue(distinct.contains(again), "found again: " + k);
      assertSame(again, table.find(new String(k.toCharArray())), "found without making: " + k);
      assertFalse(goesAtOnce(store, again, 0), "a second call of " + k + " waits for its interval");
      assertTrue(goesAtOnce(store, again, SECOND), "and goes one interval later: " + k);
    }
  }

  @Test
  void scopesOutsideLatin1AndLookAlikesKeepBucketsOfTheirOwnAndTheirKeys() {
    // Cells keep Latin-1 scopes as bytes and others as strings: neither form may meet the other.
    eachKeyPacesOnItsOwn(List.of("cafe", "caf\u00e9", "caf\u0113", "\u00c3\u00a9", "\u00e9", "\u20ac1", "", "1", "01"));
  }

  @Test
  void shortScopesKeptInTheCellNeverMeetLongerOnesOrOnesWithTrailingZeroChars() {
    // Up to 7 Latin-1 chars are packed into the cell with their length: "a" is not "a\0", a
    // 7-char key is not its 8-char extension, and a packed key never meets one kept as bytes or
    // as a string.
    eachKeyPacesOnItsOwn(List.of("a", "a\u0000", "\u0000", "\u0000\u0000", "1234567", "12345678", "123456",
        "\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff", "\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff",
        "123456\u0100", "abcdefg", "gfedcba"));
  }

  @Test
  void findReturnsNothingForAKeyNeverMadeAndMakesNothing() {
    MemoryBucketStore store = new MemoryBucketStore(1000);
    BucketTable table = store.table(onePerSecond(), "r|", "");
    assertEquals(null, table.find("42"));
    assertEquals(0, store.size());
    Bucket b = table.bucket("42", false, 0);
    assertSame(b, table.find("42"));
    assertEquals(null, table.find("43"));
  }

  @Test
  void aTableShrinksWhenMostOfItsKeysAreForgottenAndAForgottenKeyStillPaces() {
    MemoryBucketStore store = new MemoryBucketStore(1000);
    MemoryBucketStore.Table a = (MemoryBucketStore.Table) store.table(onePerSecond(), "a|", "");
    BucketTable b = store.table(onePerSecond(), "b|", "");
    Bucket[] old = new Bucket[999];
    for (int i = 0; i < old.length; i++) {
      old[i] = a.bucket("a" + i, false, 0);
      assertTrue(goesAtOnce(store, old[i], 0));
    }
    int grown = a.slotCount();
    assertTrue(grown >= 999 * 4 / 3, "slots " + grown);
    // Ten seconds on, table a is idle; new keys in table b fill the store, and each scan (at most
    // one per scan gap) forgets idle cells of a.
    long now = 10 * SECOND;
    for (int i = 0; i < 5000 && a.slotCount() == grown; i++) {
      now += 1_000_000L;
      assertTrue(goesAtOnce(store, b.bucket("b" + i, false, now), now) || b.overflowing(), "b" + i);
      assertTrue(store.size() <= 1000 + 1, "held " + store.size());
    }
    assertTrue(a.slotCount() < grown, "slots " + a.slotCount() + " after forgetting, were " + grown);
    // Forgotten or not, a key's old handle still paces it: one call now, not two.
    for (int i = 0; i < old.length; i++) {
      boolean first = goesAtOnce(store, old[i], now);
      boolean second = goesAtOnce(store, a.bucket("a" + i, false, now), now);
      assertFalse(first && second, "a" + i + " went twice at one instant");
    }
  }

  @Test
  void concurrentCallsOnNewAndForgottenKeysNeverFindTwoBucketsForOneKey() throws Exception {
    // A store of 64 buckets; each round both threads call the same 8 keys, in the same order, at
    // one instant. Keys come back every 12 rounds, so the store fills, its scans forget idle
    // cells, and keys are made anew (fresh or forgotten) while both threads call them. At most
    // one call per key may go at one instant: a second would mean a second bucket for the key.
    int bound = 64;
    MemoryBucketStore store = new MemoryBucketStore(bound);
    BucketTable table = store.table(onePerSecond(), "r|", "");
    int rounds = 2000;
    int hot = 8;
    int distinct = 96;
    int threads = 2;
    AtomicIntegerArray went = new AtomicIntegerArray(rounds * hot);
    CyclicBarrier barrier = new CyclicBarrier(threads + 1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int th = 0; th < threads; th++) {
        done.add(pool.submit(() -> {
          for (int r = 0; r < rounds; r++) {
            barrier.await(30, TimeUnit.SECONDS);
            long now = (r + 1) * 2 * SECOND;
            for (int k = 0; k < hot; k++) {
              String key = "h" + (r * hot + k) % distinct;
              if (goesAtOnce(store, table.bucket(key, false, now), now)) went.incrementAndGet(r * hot + k);
            }
            barrier.await(30, TimeUnit.SECONDS);
          }
          return null;
        }));
      }
      for (int r = 0; r < rounds; r++) {
        barrier.await(30, TimeUnit.SECONDS); // start round r
        barrier.await(30, TimeUnit.SECONDS); // round r done
        assertTrue(store.size() <= bound + 1, "held " + store.size() + " in round " + r);
      }
      for (Future<?> f : done) f.get(30, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
    int total = 0;
    for (int i = 0; i < went.length(); i++) {
      assertTrue(went.get(i) <= 1, "a key went " + went.get(i) + " times at one instant in round " + (i / hot));
      total += went.get(i);
    }
    assertTrue(total >= rounds, "the keys went only " + total + " times in " + rounds + " rounds");
  }

  @Test
  void keysWhoseHashesAreCloseStartTheirProbesApart() {
    // Ids in a row hash to numbers in a row: their first slots must not be neighbours, or they
    // would form one long probe run that every miss near it walks.
    int mask = (1 << 12) - 1;
    int neighbours = 0;
    for (int h = 0; h < 1000; h++) {
      int step = (MemoryBucketStore.home(h + 1, mask) - MemoryBucketStore.home(h, mask)) & mask;
      if (step <= 1 || step == mask) neighbours++;
    }
    assertTrue(neighbours < 10, neighbours + " of 1000 hashes in a row start next to the previous one");
  }
}
