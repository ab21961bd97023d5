package dev.pacer.internal;

import dev.pacer.policy.Rule;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where rate buckets live: an in-memory map by bucket key, bounded by forgetting idle buckets.
 *
 * <p>A bucket is idle when its state equals a fresh bucket's (no booking in the future, no server
 * pause, nothing learned), so forgetting it and creating it anew later changes no decision. Once
 * the map reaches {@code maxBuckets}, an insert scans for idle buckets and forgets them down to
 * three quarters of the bound. Live buckets are kept even beyond the bound: forgetting one could
 * let a burst through. The next scan waits until a quarter of the bound has been added again, so
 * a map full of live buckets is not rescanned on every insert. A forgotten bucket is marked
 * {@link RateBucket#removed} under its lock; a caller still holding it looks it up again.
 * Thread-safe.
 */
final class BucketStore {
  private final ConcurrentHashMap<String, RateBucket> buckets = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();
  private final int maxBuckets;
  private final long marginNanos;
  private volatile int scanAt;

  BucketStore(int maxBuckets, long marginNanos) {
    this.maxBuckets = maxBuckets;
    this.marginNanos = marginNanos;
    this.scanAt = maxBuckets;
  }

  /** The bucket for {@code key}, created for {@code rule} (null: server-governed only) if absent. */
  RateBucket bucket(String key, Rule rule, long now) {
    RateBucket b = buckets.get(key);
    if (b != null) return b;
    if (buckets.size() >= scanAt) evictIdle(now);
    return buckets.computeIfAbsent(key, k -> new RateBucket(ids.incrementAndGet(), k, rule, marginNanos, now));
  }

  private synchronized void evictIdle(long now) {
    if (buckets.size() < scanAt) return;
    int target = maxBuckets - maxBuckets / 4;
    for (var it = buckets.values().iterator(); it.hasNext() && buckets.size() > target; ) {
      RateBucket b = it.next();
      if (b.lock.tryLock()) {
        try {
          if (b.isIdle(now)) {
            b.removed = true;
            it.remove();
          }
        } finally {
          b.lock.unlock();
        }
      }
    }
    scanAt = Math.max(maxBuckets, buckets.size() + Math.max(16, maxBuckets / 4));
  }

  /** Buckets held in memory now. */
  int size() {
    return buckets.size();
  }
}
