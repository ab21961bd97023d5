package dev.pacer.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
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
 *
 * <p>Counts are kept by key only while a cap has calls in flight: a key whose count drops to
 * zero is forgotten, so an endless stream of accounts or ids cannot grow memory. A {@link Slot}
 * is an immutable description of a cap; every operation resolves it by key under the lock, so
 * two descriptions of the same key always share one count.
 */
final class ConcurrencyLimiter {
  /** One cap, as a call is charged to it: immutable; the count lives in the limiter by key. */
  static final class Slot {
    final String key;
    final String ruleName;
    final int max;

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
  /** Calls in flight per cap key; a key is present only while its count is positive. */
  private final HashMap<String, Integer> inFlight = new HashMap<>();
  private final ArrayDeque<AsyncWaiter> asyncWaiters = new ArrayDeque<>();
  /** Queued async waiters per cap key, so a new call checks its caps without scanning the queue. */
  private final HashMap<String, Integer> queuedPerCap = new HashMap<>();

  ConcurrencyLimiter(dev.pacer.time.PacerClock clock) {
    this.clock = clock;
  }

  /** Describes the cap {@code key} of at most {@code max} calls; allocates no count. */
  Slot slot(String key, String ruleName, int max) {
    return new Slot(key, ruleName, max);
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
    for (Slot s : wanted) if (inFlight.getOrDefault(s.key, 0) >= s.max) return false;
    for (Slot s : wanted) inFlight.merge(s.key, 1, Integer::sum);
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
      now = !overlapsQueued(wanted) && tryAcquireLocked(wanted);
      if (now) {
        w.done = true;
      } else {
        asyncWaiters.add(w);
        for (Slot s : wanted) queuedPerCap.merge(s.key, 1, Integer::sum);
      }
    } finally {
      lock.unlock();
    }
    if (now) onGranted.run();
    return w;
  }

  private boolean overlapsQueued(List<Slot> wanted) {
    for (Slot s : wanted) {
      if (queuedPerCap.containsKey(s.key)) return true;
    }
    return false;
  }

  /** Takes a waiter that left the queue out of the per-cap counts. Lock held. */
  private void dequeued(AsyncWaiter w) {
    for (Slot s : w.slots) {
      queuedPerCap.computeIfPresent(s.key, (k, n) -> n == 1 ? null : n - 1);
    }
  }

  /** Withdraws a queued waiter; true if it had not been granted. */
  boolean cancel(AsyncWaiter w) {
    lock.lock();
    try {
      if (w.done) return false;
      w.done = true;
      asyncWaiters.remove(w);
      dequeued(w);
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
        Integer n = inFlight.get(s.key);
        if (n == null) throw new IllegalStateException("permit released twice: " + s.key);
        if (n == 1) {
          inFlight.remove(s.key);
        } else {
          inFlight.put(s.key, n - 1);
        }
      }
      // Caps that an earlier, still-queued waiter wants: later waiters must not take them first.
      Set<String> blocked = null;
      for (Iterator<AsyncWaiter> it = asyncWaiters.iterator(); it.hasNext(); ) {
        AsyncWaiter w = it.next();
        boolean behindEarlier = false;
        if (blocked != null) {
          for (Slot s : w.slots) if (blocked.contains(s.key)) behindEarlier = true;
        }
        if (behindEarlier || !tryAcquireLocked(w.slots)) {
          if (blocked == null) blocked = new HashSet<>();
          for (Slot s : w.slots) blocked.add(s.key);
        } else {
          it.remove();
          dequeued(w);
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

  /** Calls in flight for {@code key}; 0 if none. */
  int inFlight(String key) {
    lock.lock();
    try {
      return inFlight.getOrDefault(key, 0);
    } finally {
      lock.unlock();
    }
  }

  /** Total permits held across all caps. */
  int totalInFlight() {
    lock.lock();
    try {
      int n = 0;
      for (int v : inFlight.values()) n += v;
      return n;
    } finally {
      lock.unlock();
    }
  }

  /** Caps whose counts are held in memory now (only those with calls in flight). */
  int trackedCaps() {
    lock.lock();
    try {
      return inFlight.size();
    } finally {
      lock.unlock();
    }
  }
}
