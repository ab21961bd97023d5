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
  /** The one bucket of a one-bucket charge (the common case: no array made per call), else null. */
  final Bucket only;
  /** The buckets of a charge of several (or none), else null. */
  final Bucket[] buckets;
  final List<ConcurrencyLimiter.Slot> slots;

  Charge(String endpoint, Bucket[] buckets, List<ConcurrencyLimiter.Slot> slots) {
    this.endpoint = endpoint;
    this.only = buckets.length == 1 ? buckets[0] : null;
    this.buckets = buckets.length == 1 ? null : buckets;
    this.slots = slots;
  }

  /** A charge of one bucket. */
  Charge(String endpoint, Bucket only, List<ConcurrencyLimiter.Slot> slots) {
    this.endpoint = endpoint;
    this.only = java.util.Objects.requireNonNull(only, "only == null");
    this.buckets = null;
    this.slots = slots;
  }

  int bucketCount() {
    return only != null ? 1 : buckets.length;
  }

  Bucket bucket(int i) {
    if (only != null) {
      if (i != 0) throw new IndexOutOfBoundsException("bucket " + i + " of 1");
      return only;
    }
    return buckets[i];
  }

  /** Loads this charge's buckets onto {@code ticket}, nothing booked. */
  void loadOnto(dev.pacer.store.Ticket ticket) {
    if (only != null) {
      ticket.load(only);
    } else {
      ticket.load(buckets, buckets.length);
    }
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
    int n = bucketCount();
    List<String> keys = new ArrayList<>(n);
    for (int i = 0; i < n; i++) keys.add(bucket(i).key());
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
    int n = bucketCount();
    if (other.bucketCount() != n || other.slots.size() != slots.size()) return false;
    for (int i = 0; i < n; i++) {
      Bucket mine = bucket(i);
      Bucket theirs = other.bucket(i);
      if (mine != theirs && !mine.key().equals(theirs.key())) return false;
    }
    for (int i = 0; i < slots.size(); i++) {
      if (!slots.get(i).key.equals(other.slots.get(i).key)) return false;
    }
    return true;
  }

  /** True when this charge's buckets are the first {@code size} of {@code others}, in order. */
  boolean sameBuckets(Bucket[] others, int size) {
    if (bucketCount() != size) return false;
    for (int i = 0; i < size; i++) if (bucket(i) != others[i]) return false;
    return true;
  }

  @Override
  public String toString() {
    return "Charge{" + endpoint + ", buckets=" + bucketKeys() + ", slots=" + slotKeys() + "}";
  }
}
