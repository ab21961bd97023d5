package dev.pacer.internal;

import dev.pacer.policy.Rate;
import dev.pacer.store.Bucket;
import dev.pacer.store.BucketSpec;
import dev.pacer.store.BucketTable;
import dev.pacer.store.Ticket;
import java.time.Duration;
import java.util.List;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.ThreadIdGen;
import org.junit.jupiter.api.Test;

/**
 * A Lincheck model check of the in-memory store: every interleaving Lincheck explores of
 * concurrent reserve / confirm / give back / pause / credit on three buckets (two single-lane ones and a
 * two-lane one, in any combination) must give results some sequential order of the same store
 * operations gives: each operation is one atomic step, whatever the others do meanwhile. Time is a parameter of the store's operations, so it stays frozen here
 * and every result is deterministic.
 */
@Param(name = "mask", gen = IntGen.class, conf = "1:7")
public class MemoryBucketStoreLincheckTest {
  private static final long LIMIT = Duration.ofHours(1).toNanos();
  private static final long PAUSE_UNTIL = Duration.ofSeconds(3).toNanos();
  private static final long CREDIT_RESET = Duration.ofSeconds(5).toNanos();

  private final MemoryBucketStore store = new MemoryBucketStore(100);
  private final Bucket[] buckets = new Bucket[3];

  public MemoryBucketStoreLincheckTest() {
    BucketSpec oneLane = BucketSpec.of("one", List.of(Rate.perSecond(1)), 0, Duration.ZERO);
    BucketSpec twoLanes = BucketSpec.of("two", List.of(Rate.perSecond(2), Rate.perMinute(3)), 0, Duration.ZERO);
    BucketTable a = store.table(oneLane, "a|", "");
    BucketTable c = store.table(twoLanes, "c|", "");
    buckets[0] = a.bucket("x", false, 0);
    buckets[1] = a.bucket("y", false, 0);
    buckets[2] = c.bucket("z", false, 0);
  }

  /** Each thread's ticket, as a call owns one: reserve loads it, confirm and give back use it. */
  private final Ticket[] tickets = {new Ticket(), new Ticket(), new Ticket(), new Ticket()};

  @Operation
  public long reserve(@Param(gen = ThreadIdGen.class) int thread, @Param(name = "mask") int mask) {
    Bucket[] chosen = new Bucket[Integer.bitCount(mask)];
    int n = 0;
    for (int i = 0; i < 3; i++) if ((mask & (1 << i)) != 0) chosen[n++] = buckets[i];
    Ticket t = tickets[thread];
    t.load(chosen, n);
    return store.reserve(t, 0, LIMIT) ? t.waitNanos() : -1;
  }

  /** Confirms the thread's reservation when it is due (time is a parameter: the call has waited). */
  @Operation
  public boolean confirmWhenDue(@Param(gen = ThreadIdGen.class) int thread) {
    Ticket t = tickets[thread];
    return store.confirm(t, t.goAtNanos());
  }

  @Operation
  public void giveBack(@Param(gen = ThreadIdGen.class) int thread) {
    store.giveBack(tickets[thread]);
  }

  @Operation
  public void pauseFirst() {
    store.pause(buckets[0], PAUSE_UNTIL);
  }

  /** What a fixed-window server says about the thread's booked call: 2 more before 5 s. */
  @Operation
  public void creditWhenBooked(@Param(gen = ThreadIdGen.class) int thread) {
    Ticket t = tickets[thread];
    if (t.size() > 0 && t.isBooked(0)) store.credit(t, 0, 2, CREDIT_RESET, 0);
  }

  @Test
  void reserveConfirmGiveBackAndPauseAreLinearizable() {
    new ModelCheckingOptions()
        .iterations(25)
        .invocationsPerIteration(100)
        .threads(2)
        .actorsPerThread(3)
        .actorsBefore(0)
        .actorsAfter(0)
        .check(getClass());
  }
}
