package dev.pacer.testkit.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The sandbox's own, deliberately plain limiter: exact counts per fixed window aligned to the
 * epoch of the sandbox clock, and in-flight counts for concurrency caps. It shares no code with
 * Pacer's client-side limiter, so it can judge it.
 *
 * <p>A request falls under a list of limits and is admitted only when all of them admit it;
 * only admitted requests are counted. Every admitted request holds an in-flight slot in each of
 * its buckets until its {@link Lease} is released, which also yields the peak concurrency of
 * plain rate buckets. Thread-safe: one lock guards everything, which is ample for a test server.
 */
public final class LimitBook {
  private final Map<String, Bucket> buckets = new LinkedHashMap<>();
  private long rejections;

  /**
   * Admits the request when every limit in {@code limits} has room at {@code nowMillis}
   * (sandbox epoch millis); otherwise rejects it by the first limit without room.
   */
  public synchronized Admission tryAdmit(List<Limit> limits, long nowMillis) {
    Objects.requireNonNull(limits, "limits == null");
    Limit failed = null;
    List<Bucket> touched = new ArrayList<>(limits.size());
    for (Limit limit : limits) {
      Bucket bucket = buckets.computeIfAbsent(limit.bucket(), name -> new Bucket(limit));
      if (touched.contains(bucket)) {
        throw new IllegalArgumentException("bucket listed twice: " + limit.bucket());
      }
      touched.add(bucket);
      bucket.limit = limit;
      if (limit.isWindow()) {
        bucket.roll(nowMillis);
        if (failed == null && bucket.count >= limit.permits()) {
          failed = limit;
        }
      } else if (failed == null && bucket.inFlight >= limit.permits()) {
        failed = limit;
      }
    }
    if (failed != null) {
      Map<String, WindowView> views = views(touched);
      long resetAt = failed.isWindow() ? views.get(failed.bucket()).resetAtMillis() : 0L;
      return Admission.rejected(failed, views, resetAt);
    }
    List<String> names = new ArrayList<>(touched.size());
    for (Bucket bucket : touched) {
      bucket.admit();
      names.add(bucket.limit.bucket());
    }
    return Admission.admitted(views(touched), names, new Lease(this, names));
  }

  /** Counts a 429 answered because {@code bucket} rejected a request. */
  public synchronized void recordRejection(String bucket) {
    Bucket state = buckets.get(bucket);
    if (state == null) {
      throw new IllegalArgumentException("unknown bucket: " + bucket);
    }
    state.rejected++;
    rejections++;
  }

  synchronized void release(List<String> names) {
    for (String name : names) {
      Bucket bucket = buckets.get(name);
      if (bucket != null && bucket.inFlight > 0) {
        bucket.inFlight--;
      }
    }
  }

  /** All 429s recorded with {@link #recordRejection}. */
  public synchronized long rejections() {
    return rejections;
  }

  /** A consistent copy of every bucket's counters, sorted by bucket name. */
  public synchronized Map<String, BucketSnapshot> snapshot() {
    TreeMap<String, BucketSnapshot> result = new TreeMap<>();
    for (Bucket bucket : buckets.values()) {
      result.put(bucket.limit.bucket(), bucket.snapshot());
    }
    return Collections.unmodifiableSortedMap(result);
  }

  private static Map<String, WindowView> views(List<Bucket> touched) {
    Map<String, WindowView> views = new LinkedHashMap<>();
    for (Bucket bucket : touched) {
      if (bucket.limit.isWindow()) {
        long resetAt = (bucket.windowIndex + 1) * bucket.limit.periodMillis();
        views.put(bucket.limit.bucket(),
            new WindowView(bucket.limit.permits(), bucket.count, resetAt));
      }
    }
    return views;
  }

  /** One bucket's counters. Guarded by the book's lock. */
  private static final class Bucket {
    Limit limit;
    long windowIndex = Long.MIN_VALUE;
    int count;
    int maxInWindow;
    long admitted;
    long rejected;
    int inFlight;
    int peakInFlight;

    Bucket(Limit limit) {
      this.limit = limit;
    }

    void roll(long nowMillis) {
      long index = Math.floorDiv(nowMillis, limit.periodMillis());
      if (index != windowIndex) {
        windowIndex = index;
        count = 0;
      }
    }

    void admit() {
      if (limit.isWindow()) {
        count++;
        maxInWindow = Math.max(maxInWindow, count);
      }
      admitted++;
      inFlight++;
      peakInFlight = Math.max(peakInFlight, inFlight);
    }

    BucketSnapshot snapshot() {
      return new BucketSnapshot(
          limit.bucket(), limit.permits(), limit.periodMillis(), admitted, rejected,
          maxInWindow, inFlight, peakInFlight);
    }
  }
}
