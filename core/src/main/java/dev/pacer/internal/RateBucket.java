package dev.pacer.internal;

import dev.pacer.policy.Rate;
import dev.pacer.policy.Rule;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The state of one rate bucket: one GCRA "theoretical arrival time" per declared rate, and a
 * pause set by the server. Guarded by {@link #lock}; callers lock several buckets in
 * {@link #id} order.
 */
final class RateBucket {
  final long id;
  final String key;
  final Rule rule; // null for the implicit per-host bucket, which only the server governs
  final ReentrantLock lock = new ReentrantLock();

  private final Rate[] declared;
  private final long marginNanos;
  private final int declaredBurst;
  final long[] intervalNanos;
  final long[] toleranceNanos;
  final long[] tat;
  long pausedUntil = Long.MIN_VALUE;
  int pauseEpoch;
  /** Learned permits for the shortest rate, or 0 when the declared rate applies. */
  long learnedPermits;
  long lastUsed;
  /** Set, under the lock, when the bucket is evicted; a caller holding it must look it up again. */
  boolean removed;
  /** Bookings ever made; lets feedback tell which calls the server may not have counted yet. */
  long bookings;

  RateBucket(long id, String key, Rule rule, long marginOverrideNanos, long now) {
    this.id = id;
    this.key = key;
    this.rule = rule;
    List<Rate> rates = rule == null ? List.of() : rule.rates();
    this.declared = rates.toArray(new Rate[0]);
    this.marginNanos = marginOverrideNanos;
    this.declaredBurst = rule == null ? 0 : rule.burst();
    this.intervalNanos = new long[declared.length];
    this.toleranceNanos = new long[declared.length];
    this.tat = new long[declared.length];
    for (int i = 0; i < declared.length; i++) tat[i] = now;
    recompute(1.0);
    this.lastUsed = now;
  }

  /** Recomputes intervals with every declared rate's permits scaled by {@code factor}. */
  void recompute(double factor) {
    for (int i = 0; i < declared.length; i++) {
      Rate r = declared[i];
      long permits = Math.max(1L, (long) Math.floor(r.permits() * factor));
      long period = r.period().toNanos();
      long margin = marginNanos >= 0 ? marginNanos : Math.min(period / 100, 20_000_000L);
      long burst = declaredBurst > 0 ? Math.min(declaredBurst, permits) : 1 + permits / 100;
      // Spread permits so that any window of (period + margin) admits at most `permits`,
      // burst included: interval = (period + margin) / (permits - burst + 1).
      long interval = ceilDiv(period + margin, permits - burst + 1);
      intervalNanos[i] = interval;
      toleranceNanos[i] = (burst - 1) * interval;
    }
  }

  int rateCount() {
    return declared.length;
  }

  Rate declared(int i) {
    return declared[i];
  }

  /** Index of the rate with the shortest period, or -1. */
  int shortestRate() {
    int best = -1;
    for (int i = 0; i < declared.length; i++) {
      if (best < 0 || declared[i].period().compareTo(declared[best].period()) < 0) best = i;
    }
    return best;
  }

  /** Earliest time at or after {@code now} at which this bucket admits one more call. Lock held. */
  long earliest(long now) {
    long t = now;
    if (pausedUntil > t) t = pausedUntil;
    for (int i = 0; i < tat.length; i++) {
      long e = tat[i] - toleranceNanos[i];
      if (e > t) t = e;
    }
    return t;
  }

  /** Books a call at {@code at}; returns the TATs after booking, for a later rollback. Lock held. */
  long[] book(long at) {
    long[] after = new long[tat.length];
    for (int i = 0; i < tat.length; i++) {
      tat[i] = Math.max(tat[i], at) + intervalNanos[i];
      after[i] = tat[i];
    }
    lastUsed = Math.max(lastUsed, at);
    bookings++;
    return after;
  }

  /** Gives back a booking if no later booking was made on top of it. Lock held. */
  void unbook(long[] after) {
    for (int i = 0; i < tat.length && i < after.length; i++) {
      if (tat[i] == after[i]) tat[i] -= intervalNanos[i];
    }
  }

  /** The server says nothing more is admitted until {@code until}. Lock held. */
  void pause(long until) {
    if (until > pausedUntil) pausedUntil = until;
    // Waiting callers re-reserve (the epoch changes), so the schedule restarts at the reset.
    for (int i = 0; i < tat.length; i++) tat[i] = until;
    pauseEpoch++;
  }

  /** The server says {@code remaining} more are admitted before {@code resetAt}. Lock held. */
  void reconcile(long remaining, long resetAt) {
    for (int i = 0; i < tat.length; i++) {
      long floor = resetAt + toleranceNanos[i] - saturatedMul(remaining, intervalNanos[i]);
      if (floor > tat[i]) tat[i] = floor;
    }
  }

  /** True when forgetting this bucket cannot let a burst through. Lock held. */
  boolean isIdle(long now) {
    if (pausedUntil > now) return false;
    if (learnedPermits > 0) return false;
    for (long t : tat) if (t > now) return false;
    return true;
  }

  private static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }

  private static long saturatedMul(long a, long b) {
    long hi = Math.multiplyHigh(a, b);
    long lo = a * b;
    if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return lo;
    return a > 0 == b > 0 ? Long.MAX_VALUE / 4 : Long.MIN_VALUE / 4;
  }

  @Override
  public String toString() {
    return key;
  }
}
