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

  @Override
  public String toString() {
    return "Charge{" + endpoint + ", buckets=" + bucketKeys() + ", slots=" + slots.stream().map(s -> s.key).toList() + "}";
  }
}
