package dev.pacer.internal;

import dev.pacer.store.Bucket;
import java.util.ArrayList;
import java.util.List;

/**
 * What one request is charged to: its rate buckets (handles into the {@link
 * dev.pacer.store.BucketStore}) and its concurrency slots, and a label for events and errors
 * ({@code METHOD /template}, or {@code METHOD (unmatched)}: never a raw path, query or
 * credential). Immutable.
 */
public final class Charge {
  final String endpoint;
  final Bucket[] buckets;
  final List<ConcurrencyLimiter.Slot> slots;

  Charge(String endpoint, Bucket[] buckets, List<ConcurrencyLimiter.Slot> slots) {
    this.endpoint = endpoint;
    this.buckets = buckets;
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

  /** Bucket keys, for diagnostics (credential parts are keyed hashes). */
  public List<String> bucketKeys() {
    List<String> keys = new ArrayList<>(buckets.length);
    for (Bucket b : buckets) keys.add(b.key());
    return List.copyOf(keys);
  }

  /** Concurrency-cap keys, for diagnostics. */
  public List<String> slotKeys() {
    List<String> keys = new ArrayList<>(slots.size());
    for (ConcurrencyLimiter.Slot s : slots) keys.add(s.key);
    return List.copyOf(keys);
  }

  /** True when {@code other} is charged to the same buckets and caps. */
  boolean sameAs(Charge other) {
    if (other == this) return true;
    if (other.buckets.length != buckets.length || other.slots.size() != slots.size()) return false;
    for (int i = 0; i < buckets.length; i++) {
      if (buckets[i] != other.buckets[i] && !buckets[i].key().equals(other.buckets[i].key())) return false;
    }
    for (int i = 0; i < slots.size(); i++) {
      if (!slots.get(i).key.equals(other.slots.get(i).key)) return false;
    }
    return true;
  }

  /** True when this charge's buckets are the first {@code size} of {@code others}, in order. */
  boolean sameBuckets(Bucket[] others, int size) {
    if (buckets.length != size) return false;
    for (int i = 0; i < size; i++) if (buckets[i] != others[i]) return false;
    return true;
  }

  @Override
  public String toString() {
    return "Charge{" + endpoint + ", buckets=" + bucketKeys() + ", slots=" + slotKeys() + "}";
  }
}
