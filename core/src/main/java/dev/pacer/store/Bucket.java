package dev.pacer.store;

/**
 * A handle to one rate bucket in a {@link BucketStore}: what the engine passes back to the store
 * to reserve, confirm, give back and adjust. Handles are made by the store's
 * {@link BucketTable}; the engine never looks inside them. A handle may outlive the bucket's
 * state (a store forgets idle buckets): the store must then treat it as a new bucket of the same
 * key, never as a fresh one with a burst the old one had spent (see {@link BucketStore}).
 */
public interface Bucket {
  /**
   * The bucket's key for diagnostics and events: the rule's name and the scope value, which the
   * engine has already reduced to something safe to show (a keyed hash for credentials).
   */
  String key();

  /** The spec the bucket runs on now: its rule's, or one a learned limit replaced. */
  BucketSpec spec();

  /** True for a table's overflow bucket, shared by keys that could not get a bucket of their own. */
  default boolean isOverflow() {
    return false;
  }
}
