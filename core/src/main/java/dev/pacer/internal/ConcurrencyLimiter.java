package dev.pacer.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/**
 * Counts calls in flight per concurrency bucket. A call under several caps takes all its
 * permits at once or none. Async waiters are served first come, first served <em>per cap</em>:
 * a waiter never overtakes an earlier one that wants any of the same caps, but a call under
 * caps nobody is queued for goes at once (no head-of-line blocking across caps). Blocking
 * callers are served by wake-up. All state is guarded by one lock: these operations are tiny.
 */
final class ConcurrencyLimiter {
  /** One cap. */
  static final class Slot {
    final String key;
    final String ruleName;
    final int max;
    int inFlight;

    Slot(String key, String ruleName, int max) {
      this.key = key;
      this.ruleName = ruleName;
      this.max = max;
    }
  }

  /** An async waiter: granted by {@link #release}, or cancelled. */
  static final class AsyncWaiter {
    final List<Slot> slots;
    final Runnable onGranted;
    boolean done;

    AsyncWaiter(List<Slot> slots, Runnable onGranted) {
      this.slots = slots;
      this.onGranted = onGranted;
    }
  }

  private final dev.pacer.time.PacerClock clock;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition released = lock.newCondition();
  private final ConcurrentHashMap<String, Slot> slots = new ConcurrentHashMap<>();
  private final ArrayDeque<AsyncWaiter> asyncWaiters = new ArrayDeque<>();

  ConcurrencyLimiter(dev.pacer.time.PacerClock clock) {
    this.clock = clock;
  }

  Slot slot(String key, String ruleName, int max) {
    return slots.computeIfAbsent(key, k -> new Slot(k, ruleName, max));
  }

  /** Takes all permits if every slot has room. */
  boolean tryAcquire(List<Slot> wanted) {
    lock.lock();
    try {
      return tryAcquireLocked(wanted);
    } finally {
      lock.unlock();
    }
  }

  private boolean tryAcquireLocked(List<Slot> wanted) {
    for (Slot s : wanted) if (s.inFlight >= s.max) return false;
    for (Slot s : wanted) s.inFlight++;
    return true;
  }

  /**
   * Blocks until all permits are taken, {@code timeoutNanos} passes (returns false), or
   * {@code cancelled} turns true (returns false). Interruptible.
   */
  boolean acquire(List<Slot> wanted, long timeoutNanos, BooleanSupplier cancelled) throws InterruptedException {
    long deadline = clock.nanoTime() + timeoutNanos;
    lock.lockInterruptibly();
    try {
      while (!tryAcquireLocked(wanted)) {
        if (cancelled.getAsBoolean()) return false;
        long left = deadline - clock.nanoTime();
        if (left <= 0) return false;
        // Wake up regularly to notice Call.cancel(), which does not interrupt.
        released.awaitNanos(Math.min(left, TimeUnit.MILLISECONDS.toNanos(25)));
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  /** Takes the permits now, or queues {@code onGranted} to run (on a releasing thread) when they free up. */
  AsyncWaiter acquireAsync(List<Slot> wanted, Runnable onGranted) {
    AsyncWaiter w = new AsyncWaiter(wanted, onGranted);
    boolean now;
    lock.lock();
    try {
      now = !overlapsQueued(wanted, asyncWaiters) && tryAcquireLocked(wanted);
      if (now) {
        w.done = true;
      } else {
        asyncWaiters.add(w);
      }
    } finally {
      lock.unlock();
    }
    if (now) onGranted.run();
    return w;
  }

  private static boolean overlapsQueued(List<Slot> wanted, ArrayDeque<AsyncWaiter> queue) {
    for (AsyncWaiter w : queue) {
      for (Slot s : w.slots) {
        if (wanted.contains(s)) return true;
      }
    }
    return false;
  }

  /** Withdraws a queued waiter; true if it had not been granted. */
  boolean cancel(AsyncWaiter w) {
    lock.lock();
    try {
      if (w.done) return false;
      w.done = true;
      asyncWaiters.remove(w);
      return true;
    } finally {
      lock.unlock();
    }
  }

  /** Returns permits and hands them to waiters. */
  void release(List<Slot> held) {
    List<AsyncWaiter> granted = null;
    lock.lock();
    try {
      for (Slot s : held) {
        if (s.inFlight <= 0) throw new IllegalStateException("permit released twice: " + s.key);
        s.inFlight--;
      }
      // Caps that an earlier, still-queued waiter wants: later waiters must not take them first.
      java.util.Set<Slot> blocked = null;
      for (Iterator<AsyncWaiter> it = asyncWaiters.iterator(); it.hasNext(); ) {
        AsyncWaiter w = it.next();
        boolean behindEarlier = false;
        if (blocked != null) {
          for (Slot s : w.slots) if (blocked.contains(s)) behindEarlier = true;
        }
        if (behindEarlier || !tryAcquireLocked(w.slots)) {
          if (blocked == null) blocked = new java.util.HashSet<>();
          blocked.addAll(w.slots);
        } else {
          it.remove();
          w.done = true;
          if (granted == null) granted = new ArrayList<>();
          granted.add(w);
        }
      }
      released.signalAll();
    } finally {
      lock.unlock();
    }
    if (granted != null) {
      for (AsyncWaiter w : granted) w.onGranted.run();
    }
  }

  /** Calls in flight for {@code key}; 0 if the bucket was never used. */
  int inFlight(String key) {
    lock.lock();
    try {
      Slot s = slots.get(key);
      return s == null ? 0 : s.inFlight;
    } finally {
      lock.unlock();
    }
  }

  /** Total permits held across all buckets. */
  int totalInFlight() {
    lock.lock();
    try {
      int n = 0;
      for (Slot s : slots.values()) n += s.inFlight;
      return n;
    } finally {
      lock.unlock();
    }
  }
}
