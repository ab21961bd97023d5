package dev.pacer.store;

import dev.pacer.event.PacerListener;
import dev.pacer.internal.MemoryBucketStore;

/**
 * Where rate buckets live, as a service-provider interface: the engine keeps no bucket state of
 * its own, it asks the store. Each operation is <b>one atomic step</b> over every bucket it
 * names, designed so that a remote store can run it as one round trip (one script call) with no
 * read-modify-write conversation and no callback into the engine.
 *
 * <h2>Time</h2>
 * Instants are nanoseconds on the engine's {@link dev.pacer.time.PacerClock}; the engine passes
 * {@code now} in. A remote store may decide on its own clock (shared by every process) and
 * translate: a wait is a duration, so {@code goAt = now + (storeGo - storeNow)}.
 *
 * <h2>The operations</h2>
 * <ul>
 *   <li>{@link #reserve}: books one call in every bucket of a {@link Ticket} at the earliest
 *       instant all of them admit it, or books nothing if that is more than the limit away.
 *       A store may book all buckets at once; it may instead book only the buckets that set the
 *       wait and leave the others to {@link #confirm} (the in-memory store does, so a call
 *       waiting on a slow bucket never holds a fast one).</li>
 *   <li>{@link #confirm}: when the wait is over, books what reserve left unbooked. It returns
 *       false, booking nothing more, when the reservation is void: a server pause since booking
 *       covers now, or an unbooked bucket cannot admit the call now. The engine then gives the
 *       ticket back and reserves again.</li>
 *   <li>{@link #giveBack}: an abandoned reservation returns what it can: a booking with no later
 *       booking on top of it. A booking it cannot return stays spent (the store is then slightly
 *       slower, never faster, than the limit).</li>
 *   <li>{@link #pause}, {@link #reconcile}, {@link #credit}, {@link #respec}: what the server
 *       said. Pause and reconcile only ever make a bucket slower; credit lets it spend, before a
 *       reset, what the server reported remains; respec runs it on a learned limit.</li>
 * </ul>
 *
 * <h2>Forgetting, and the memory bound</h2>
 * A store may forget a bucket whose state equals a new bucket's (no booking in the future, no
 * pause, no learned limit): that changes no decision. A handle to a forgotten bucket must keep
 * working (resolve it again by key). A store must never forget a bucket that could then admit a
 * burst its old state would have refused; when it cannot hold another bucket, it charges the new
 * key to a conservative overflow bucket of the same table (see {@link #inMemory}).
 *
 * <h2>Failure</h2>
 * The in-memory store cannot fail. A remote store that cannot answer within its deadline either
 * answers from a documented fallback or throws an unchecked exception from {@code reserve} or
 * {@code confirm}; the engine then fails the call without sending it. Failures of
 * {@code giveBack}, {@code pause}, {@code reconcile} and {@code respec} are the store's to absorb.
 *
 * <p>Implementations are thread-safe.
 */
public interface BucketStore extends AutoCloseable {
  /**
   * The default store: buckets in this process's heap, decided by compare-and-set on one word per
   * rate, with no lock per bucket and no allocation per decision on a known bucket. At most
   * {@code maxBuckets} buckets are held: idle ones are forgotten, and when every held bucket is
   * live a new key is charged to its rule's overflow bucket (one per rule, at the rule's rate,
   * shared by every key without a bucket of its own), which is slower for those keys and never
   * faster than the limit.
   *
   * @param maxBuckets the bound, at least 1
   */
  static BucketStore inMemory(int maxBuckets) {
    return new MemoryBucketStore(maxBuckets);
  }

  /**
   * A table of {@code spec}'s buckets, whose keys are {@code keyPrefix + scope + keySuffix}.
   * Called when a {@code Pacer} is built: once per rule, or per rule and template for rules
   * counted per endpoint. Distinct tables have distinct prefix-suffix pairs; neither holds a
   * credential.
   */
  BucketTable table(BucketSpec spec, String keyPrefix, String keySuffix);

  /**
   * Books one call in every bucket of {@code ticket} at the earliest instant all of them admit
   * it, and records it on the ticket ({@link Ticket#schedule}).
   *
   * @param nowNanos the engine's clock now
   * @param limitNanos the longest acceptable wait
   * @return true when booked; false when the wait would exceed {@code limitNanos}: nothing is
   *     booked and the ticket says how long the wait would have been and which bucket set it
   */
  boolean reserve(Ticket ticket, long nowNanos, long limitNanos);

  /**
   * Books what {@link #reserve} left unbooked, at {@code nowNanos}; false (booking nothing more)
   * when the reservation is void.
   */
  boolean confirm(Ticket ticket, long nowNanos);

  /** Returns the ticket's bookings that nothing was booked on top of; the ticket then holds none. */
  void giveBack(Ticket ticket);

  /** The server admits nothing more in {@code bucket} before {@code untilNanos}. */
  void pause(Bucket bucket, long untilNanos);

  /**
   * The server says {@code remaining} more calls are admitted in bucket {@code index} of
   * {@code ticket} before {@code resetAtNanos}, counting the ticket's own call. Calls booked
   * after it may not have reached the server when it counted: the store assumes they did not,
   * so the bucket is never more optimistic than the server.
   */
  void reconcile(Ticket ticket, int index, long remaining, long resetAtNanos);

  /**
   * The server says {@code remaining} more calls are admitted in bucket {@code index} of
   * {@code ticket} before {@code resetAtNanos} (counting the ticket's own call), and that bucket
   * is the one it counts in a fixed window: spend them. Calls booked in the bucket after the
   * ticket are taken off first ({@code credit = remaining - booked since}), as in
   * {@link #reconcile}. Then, on the bucket's shortest lane:
   * <ul>
   *   <li>while {@code now < resetAt} and credit is left, the lane admits at once, each booking
   *       taking one credit and leaving the lane's arrival time as it was (the bucket's other
   *       lanes still apply);</li>
   *   <li>when the credit is spent, the lane admits nothing before {@code resetAt};</li>
   *   <li>from {@code resetAt}, the credit is over and the lane paces at its spec again, from a
   *       state no later than {@code resetAt} (the next window starts there, with the known
   *       limit), until the next answer grants a new credit.</li>
   * </ul>
   * Answers for the same window (a reset within 100 ms of the held one) only ever lower the
   * credit (the lowest count is the latest); an answer for a later window replaces it; an answer
   * for an earlier window, or a reset not after {@code now}, changes nothing. A booking that took
   * a credit need not be returnable by {@link #giveBack}.
   *
   * <p>The default brakes only ({@link #reconcile}): a store that cannot hold a credit is
   * slower, never faster, than the server allows.
   */
  default void credit(Ticket ticket, int index, long remaining, long resetAtNanos, long nowNanos) {
    reconcile(ticket, index, remaining, resetAtNanos);
  }

  /** {@code bucket} runs on {@code spec} from now on (a limit learned from the server). */
  void respec(Bucket bucket, BucketSpec spec);

  /** Buckets held now (including overflow buckets), for diagnostics. */
  int size();

  /**
   * Called by every {@code Pacer} built on this store, with its listener, so a store whose state
   * lives elsewhere can report {@link PacerListener#storeUnavailable} and
   * {@link PacerListener#storeRecovered}; a store used by several {@code Pacer}s reports to each.
   * The default ignores it (the in-memory store cannot fail).
   */
  default void attach(PacerListener listener) {}

  /** Releases the store's resources; the in-memory store has none. */
  @Override
  default void close() {}
}
