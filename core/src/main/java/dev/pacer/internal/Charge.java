package dev.pacer.internal;

import java.util.List;

/**
 * What one request is charged to: its rate buckets and its concurrency slots, and a label for
 * events and errors ({@code METHOD /template}, no query, no credential). Immutable.
 */
public final class Charge {
  final String endpoint;
  final List<RateBucket> rateBuckets; // sorted by id
  final List<ConcurrencyLimiter.Slot> slots;

  Charge(String endpoint, List<RateBucket> rateBuckets, List<ConcurrencyLimiter.Slot> slots) {
    this.endpoint = endpoint;
    this.rateBuckets = rateBuckets;
    this.slots = slots;
  }

  /** The endpoint label. */
  public String endpoint() {
    return endpoint;
  }

  /** True when the charge has concurrency caps. */
  public boolean hasSlots() {
    return !slots.isEmpty();
  }

  /** Bucket keys, for diagnostics (credential parts are hashes). */
  public List<String> bucketKeys() {
    return rateBuckets.stream().map(b -> b.key).toList();
  }

  /** True when {@code other} is charged to the same buckets and caps. */
  boolean sameAs(Charge other) {
    if (other == this) return true;
    if (other.rateBuckets.size() != rateBuckets.size() || other.slots.size() != slots.size()) return false;
    for (int i = 0; i < rateBuckets.size(); i++) {
      if (!rateBuckets.get(i).key.equals(other.rateBuckets.get(i).key)) return false;
    }
    for (int i = 0; i < slots.size(); i++) {
      if (!slots.get(i).key.equals(other.slots.get(i).key)) return false;
    }
    return true;
  }

  /** Concurrency-cap keys, for diagnostics. */
  public List<String> slotKeys() {
    return slots.stream().map(s -> s.key).toList();
  }

  @Override
  public String toString() {
    return "Charge{" + endpoint + ", buckets=" + bucketKeys() + ", slots=" + slots.stream().map(s -> s.key).toList() + "}";
  }
}
