package dev.pacer.store;

import java.util.Objects;

/**
 * One concurrency cap a call is charged to, as the engine asks a {@link PermitStore} for a permit
 * of it: the cap's key and how many calls it admits at once. The key is the same in every process
 * that hashes credentials with the same key (see {@code Pacer.Builder.credentialHashKey}): the
 * rule's name and the scope, a credential part as a keyed hash, never the credential. Immutable
 * and thread-safe; equal when key and max are.
 */
public final class PermitCap {
  private final String key;
  private final int max;

  private PermitCap(String key, int max) {
    this.key = key;
    this.max = max;
  }

  /**
   * The cap {@code key} of at most {@code max} calls in flight.
   *
   * @throws IllegalArgumentException if {@code max < 1}
   */
  public static PermitCap of(String key, int max) {
    Objects.requireNonNull(key, "key == null");
    if (max < 1) throw new IllegalArgumentException("max < 1: " + max);
    return new PermitCap(key, max);
  }

  /** The cap's key: the rule's name and the scope (a credential part is a keyed hash). */
  public String key() {
    return key;
  }

  /** The most calls the cap admits at once, across every process sharing the store. */
  public int max() {
    return max;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PermitCap && ((PermitCap) o).key.equals(key) && ((PermitCap) o).max == max;
  }

  @Override
  public int hashCode() {
    return key.hashCode() * 31 + max;
  }

  @Override
  public String toString() {
    return key + " (max " + max + ")";
  }
}
