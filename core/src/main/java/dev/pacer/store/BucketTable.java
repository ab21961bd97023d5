package dev.pacer.store;

/**
 * The buckets of one {@link BucketSpec} (one rule) in a store, by scope value. The engine gets
 * one table per rule when the {@code Pacer} is built, and asks it for a handle per call for
 * scoped rules (once, for rules with one bucket). Thread-safe.
 */
public interface BucketTable {
  /** The spec every bucket of this table starts from. */
  BucketSpec spec();

  /**
   * The handle for the bucket of {@code scope} (a credential's keyed hash, a path variable's
   * value, {@code "app"}, ...), created on first use. It never does a remote round trip.
   *
   * @param scope the scope value; never a raw credential
   * @param keep true for buckets the engine resolves once and holds for the life of the store
   *     (application-scoped rules): the store never forgets them
   * @param nowNanos the engine's clock now (a store may use it to forget idle buckets)
   */
  Bucket bucket(String scope, boolean keep, long nowNanos);

  /**
   * The handle for the bucket of {@code scope} when the table holds a live one now, else null
   * (the engine then calls {@link #bucket}). Lets the engine look a known bucket up without
   * reading its clock. Never creates, never does a remote round trip, allocates nothing. The
   * default finds nothing.
   *
   * @param scope the scope value; never a raw credential
   */
  default Bucket find(String scope) {
    return null;
  }

  /**
   * True while keys of this table that have no bucket of their own are charged to its shared
   * overflow bucket because the store is full of live buckets.
   */
  default boolean overflowing() {
    return false;
  }
}
