package dev.pacer.store;

import dev.pacer.event.PacerListener;
import java.util.List;

/**
 * Where concurrency permits are counted when several processes share a cap (Nylas' ten
 * concurrent requests per account, held by every process of an application at once), as a
 * service-provider interface. Without one (the default) each {@code Pacer} counts its caps in its
 * own heap, and every process may hold the whole cap.
 *
 * <h2>How the engine uses it</h2>
 * Each cap is counted twice: in the {@code Pacer}'s own limiter first (first come, first served
 * within the process, no round trip), then here. A call granted locally asks the store for one
 * permit of <em>each</em> of its caps with {@link #tryAcquire}. On a refusal it keeps its local
 * permits and asks again after a short backoff (10 ms doubling to 200 ms, on the engine's clock;
 * no thread is held for an asynchronous call; a lease released in the same {@code Pacer} makes
 * its oldest waiter for that cap ask at once), until granted, cancelled, or its {@code maxWait}
 * passes: it then fails unsent with {@link dev.pacer.WaitTooLongException} and gives its local
 * permits back. The engine releases the lease exactly once: when the response body closes, or
 * when the call ends without a body (a failure, a retry, a cancel).
 *
 * <h2>The contract</h2>
 * <ul>
 *   <li>{@link #tryAcquire} takes one permit of every cap at once, or none: it never leaves a
 *       call holding some of its caps. It never waits for a permit to free up; it answers now.
 *       A remote store does it in one round trip (one script call).</li>
 *   <li>{@link #release} returns every permit of the lease; one round trip at most, never more
 *       than once per lease.</li>
 *   <li>The store keeps a lease alive itself while it is held (a remote store renews it in the
 *       background): the holder calls nothing between acquire and release, however long a
 *       streaming body stays open. A lease whose holder's process died expires after a bounded
 *       time the store documents, so a crashed process cannot strand permits for good.</li>
 *   <li>Counts are across every process sharing the store: at most {@link PermitCap#max()} leases
 *       hold a cap at once (short of a holder that stalls past its lease, or a store outage; the
 *       store documents both).</li>
 * </ul>
 *
 * <h2>When the store is unavailable</h2>
 * A store that cannot answer within its deadline either answers from a documented local fallback
 * (the shared store's own: for {@code pacer-redis}, each process keeps its share of each cap,
 * {@code max / instances}, at least 1) or throws an unchecked exception (typically
 * {@link StoreUnavailableException}) from {@link #tryAcquire}: the engine then fails the call
 * without sending it, with {@link dev.pacer.BucketStoreUnavailableException}, and gives its local
 * permits back. {@link #release} never throws: a permit the store could not return expires with
 * its lease.
 *
 * <p>Implementations are thread-safe.
 */
public interface PermitStore extends AutoCloseable {
  /**
   * Takes one permit of each of {@code caps} at once, or none.
   *
   * @param caps the call's caps, at least one, distinct keys
   * @return the lease holding them, or null when a cap is full (other processes hold it): nothing
   *     is taken
   * @throws RuntimeException (typically {@link StoreUnavailableException}) when the store cannot
   *     decide and has no fallback: nothing is taken
   */
  PermitLease tryAcquire(List<PermitCap> caps);

  /** Returns every permit of {@code lease} (taken from this store). Never throws. */
  void release(PermitLease lease);

  /**
   * Called by every {@code Pacer} built with this store, with its listener, so the store can
   * report {@link PacerListener#storeUnavailable} and {@link PacerListener#storeRecovered}. The
   * default ignores it.
   */
  default void attach(PacerListener listener) {}

  /** Releases the store's resources; the default has none. */
  @Override
  default void close() {}
}
