package dev.pacer.redis;

import dev.pacer.event.PacerListener;
import dev.pacer.redis.RedisStoreOptions.Fallback;
import dev.pacer.redis.internal.ScriptRunner;
import dev.pacer.store.PermitCap;
import dev.pacer.store.PermitLease;
import dev.pacer.store.PermitStore;
import dev.pacer.store.StoreUnavailableException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link PermitStore} of a {@link RedisBucketStore}: concurrency leases in Redis, on the
 * store's connection, deadline, fallback and probe thread. A cap is a sorted set whose members
 * are lease ids scored by their expiry on Redis' {@code TIME}; acquire, release and a batch of
 * renewals are one script call each ({@code permits.lua}).
 *
 * <p>While Redis cannot answer, a lease is decided locally: this process holds at most
 * {@code max / instances} (at least 1) permits of a cap, counting the leases it already holds;
 * or, failing closed, acquire throws {@link StoreUnavailableException}. Every lease, however it
 * was granted, is renewed in Redis once Redis answers again, so leases granted during an outage
 * count there from then on. A lease released while Redis is away is removed once it is back (or
 * expires). Thread-safe.
 */
final class RedisPermitStore implements PermitStore {
  private static final Logger log = LoggerFactory.getLogger("dev.pacer.redis");
  /** The most leases one renewal script call carries. */
  private static final int RENEW_BATCH = 256;

  private final RedisBucketStore store;
  private final ScriptRunner runner;
  private final String keyBase;
  private final String leaseMs;
  private final String idBase;
  private final AtomicLong ids = new AtomicLong();
  /** Leases held by this process, by id, and the count per cap key; guarded by {@code this}. */
  private final LinkedHashMap<String, Lease> held = new LinkedHashMap<>();
  private final HashMap<String, Integer> counts = new HashMap<>();
  /**
   * Releases share it; a renewal takes it alone, so a renewal never puts back a lease whose
   * release already reached Redis.
   */
  private final ReentrantReadWriteLock renewal = new ReentrantReadWriteLock();
  /**
   * Leases released while Redis was away: removed there once it answers. Bounded: a lease Redis
   * held expires there anyway one lease length into an outage (nothing renews it meanwhile), so
   * past the bound the oldest are simply left to expire.
   */
  private final ConcurrentLinkedQueue<Lease> unreleased = new ConcurrentLinkedQueue<>();
  private final java.util.concurrent.atomic.AtomicInteger unreleasedCount = new java.util.concurrent.atomic.AtomicInteger();
  private static final int MAX_UNRELEASED = 10_000;

  RedisPermitStore(RedisBucketStore store, ScriptRunner runner, String keyBase, String instanceId) {
    this.store = store;
    this.runner = runner;
    this.keyBase = keyBase + "cap:";
    this.leaseMs = Long.toString(store.options().leaseDuration().toMillis());
    this.idBase = instanceId + ":";
  }

  /** One lease: its id (unique across processes), its caps and their Redis keys. */
  private final class Lease implements PermitLease {
    final String id;
    final List<PermitCap> caps;
    final String[] keys;

    Lease(String id, List<PermitCap> caps) {
      this.id = id;
      this.caps = caps;
      this.keys = new String[caps.size()];
      for (int i = 0; i < keys.length; i++) keys[i] = keyBase + caps.get(i).key();
    }

    RedisPermitStore owner() {
      return RedisPermitStore.this;
    }

    @Override
    public List<PermitCap> caps() {
      return caps;
    }

    @Override
    public String toString() {
      return "Lease{" + caps + "}";
    }
  }

  @Override
  public PermitLease tryAcquire(List<PermitCap> caps) {
    Objects.requireNonNull(caps, "caps == null");
    if (caps.isEmpty()) throw new IllegalArgumentException("no caps");
    Lease lease = new Lease(idBase + ids.incrementAndGet(), List.copyOf(caps));
    if (!store.isUnavailable()) {
      String[] args = new String[3 + caps.size()];
      args[0] = "A";
      args[1] = leaseMs;
      args[2] = lease.id;
      for (int i = 0; i < caps.size(); i++) args[3 + i] = Integer.toString(caps.get(i).max());
      try {
        List<Object> r = runner.run(ScriptRunner.PERMITS, lease.keys, args);
        if (((Number) r.get(0)).longValue() == 0) return null;
        synchronized (this) {
          hold(lease);
        }
        return lease;
      } catch (ScriptRunner.Unavailable e) {
        store.markDown(e.getMessage());
        // Redis may have taken the lease and answered late: the fallback lease keeps its id, so
        // its renewals and its release reach that entry once Redis answers.
      }
    }
    return fallbackAcquire(lease);
  }

  /** Decides alone: at most this process's share of each cap, counting the leases it holds. */
  private PermitLease fallbackAcquire(Lease lease) {
    if (store.options().fallback() == Fallback.FAIL_CLOSED) throw new StoreUnavailableException(store.name(), "unavailable");
    int instances = store.fallbackInstances();
    synchronized (this) {
      for (PermitCap c : lease.caps) {
        int share = Math.max(1, c.max() / instances);
        if (counts.getOrDefault(c.key(), 0) >= share) return null;
      }
      hold(lease);
    }
    return lease;
  }

  private void hold(Lease lease) {
    held.put(lease.id, lease);
    for (PermitCap c : lease.caps) counts.merge(c.key(), 1, Integer::sum);
  }

  @Override
  public void release(PermitLease permitLease) {
    if (!(permitLease instanceof Lease) || ((Lease) permitLease).owner() != this) {
      log.warn("PermitStore.release: not a lease of this store: {}", permitLease);
      return;
    }
    Lease lease = (Lease) permitLease;
    renewal.readLock().lock();
    try {
      synchronized (this) {
        if (held.remove(lease.id) == null) return; // released already
        for (PermitCap c : lease.caps) counts.computeIfPresent(c.key(), (k, n) -> n == 1 ? null : n - 1);
      }
      if (store.isUnavailable()) {
        releaseLater(lease);
        return;
      }
      try {
        runner.run(ScriptRunner.PERMITS, lease.keys, new String[] {"L", leaseMs, lease.id});
      } catch (ScriptRunner.Unavailable e) {
        releaseLater(lease);
        store.markDown(e.getMessage());
      }
    } finally {
      renewal.readLock().unlock();
    }
  }

  private void releaseLater(Lease lease) {
    unreleased.add(lease);
    if (unreleasedCount.incrementAndGet() > MAX_UNRELEASED && unreleased.poll() != null) unreleasedCount.decrementAndGet();
  }

  /**
   * The probe thread's step, every third of a lease: renews every held lease (one script call
   * per {@value #RENEW_BATCH} leases) and removes those released while Redis was away. Skipped
   * while Redis is unavailable.
   */
  void renew() {
    if (store.isUnavailable()) return;
    renewal.writeLock().lock();
    try {
      List<Lease> all;
      synchronized (this) {
        all = new ArrayList<>(held.values());
      }
      for (int from = 0; from < all.size(); from += RENEW_BATCH) {
        renewBatch(all.subList(from, Math.min(all.size(), from + RENEW_BATCH)));
      }
    } catch (ScriptRunner.Unavailable e) {
      store.markDown(e.getMessage());
      return;
    } finally {
      renewal.writeLock().unlock();
    }
    for (int i = 0; i < MAX_UNRELEASED; i++) {
      Lease gone = unreleased.poll();
      if (gone == null) break;
      unreleasedCount.decrementAndGet();
      try {
        runner.run(ScriptRunner.PERMITS, gone.keys, new String[] {"L", leaseMs, gone.id});
      } catch (ScriptRunner.Unavailable e) {
        releaseLater(gone);
        store.markDown(e.getMessage());
        return;
      }
    }
  }

  private void renewBatch(List<Lease> batch) throws ScriptRunner.Unavailable {
    Map<String, Integer> keyIndex = new LinkedHashMap<>();
    List<String> args = new ArrayList<>(3 + 4 * batch.size());
    args.add("W");
    args.add(leaseMs);
    args.add("0");
    int pairs = 0;
    for (Lease l : batch) {
      for (String key : l.keys) {
        Integer at = keyIndex.get(key);
        if (at == null) {
          at = keyIndex.size() + 1;
          keyIndex.put(key, at);
        }
        args.add(Integer.toString(at));
        args.add(l.id);
        pairs++;
      }
    }
    args.set(2, Integer.toString(pairs));
    runner.run(ScriptRunner.PERMITS, keyIndex.keySet().toArray(new String[0]), args.toArray(new String[0]));
  }

  /** Leases this process holds now, for tests and diagnostics. */
  synchronized int leasesHeld() {
    return held.size();
  }

  @Override
  public void attach(PacerListener listener) {
    store.attach(listener);
  }

  /** Nothing to close: the {@link RedisBucketStore} owns the connection and the probe thread. */
  @Override
  public void close() {}

  @Override
  public String toString() {
    return "RedisPermitStore{" + store.name() + "}";
  }
}
