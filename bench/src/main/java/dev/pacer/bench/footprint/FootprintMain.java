package dev.pacer.bench.footprint;

import dev.pacer.WaitTooLongException;
import dev.pacer.bench.Limiters;
import dev.pacer.internal.Engine;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * Retained heap per idle bucket: for each library, fills a holder with {@code keys} keyed
 * limiters (each used once, then left idle), and reports the growth of the heap in use after
 * full collections divided by {@code keys}. Pacer's holder is its engine (the bucket map, the
 * buckets, their locks and keys); the others' is a {@code ConcurrentHashMap<String, limiter>}
 * keyed by {@code "user:" + id}, the smallest honest way to keep one limiter per key. Keys are
 * included in every figure, since every keyed limiter must keep its key.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.pacer.bench.footprint.FootprintMain [keys] [rounds]}
 * (defaults 100000 and 3). Run it in its own JVM with a fixed heap ({@code -Xms1g -Xmx1g}).
 *
 * <p>{@code FootprintMain --live-keys [keys]} (default 1000000) measures the memory bound instead:
 * Pacer with its default {@code maxBuckets} (100,000) and a {@code perHour(100)} rule per path
 * variable, each of {@code keys} distinct keys admitted once in quick succession (so every
 * bucket is still live, inside its 36-second interval), and reports the heap growth after full
 * collections, the buckets held, and how many keys went to the rule's overflow bucket.
 */
public final class FootprintMain {
  private FootprintMain() {}

  /** The measured bytes per key of each library, one entry per round. */
  public static Map<String, List<Double>> measure(int keys, int rounds) throws InterruptedException {
    Map<String, IntFunction<Object>> fillers = new LinkedHashMap<>();
    fillers.put("Pacer", FootprintMain::pacer);
    fillers.put("Resilience4j RateLimiter", n -> map(n, k -> Limiters.resilience4j(k, 100)));
    fillers.put("Bucket4j", n -> map(n, k -> Limiters.bucket4j(100)));
    fillers.put("Guava RateLimiter", n -> map(n, k -> Limiters.guava(100)));
    fillers.put("Failsafe RateLimiter", n -> map(n, k -> Limiters.failsafe(100)));
    Map<String, List<Double>> result = new LinkedHashMap<>();
    for (int round = 0; round < rounds; round++) {
      for (Map.Entry<String, IntFunction<Object>> e : fillers.entrySet()) {
        result.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(bytesPerKey(keys, e.getValue()));
      }
    }
    return result;
  }

  /** Heap growth after full GCs, per key, of the holder {@code fill} builds. */
  static double bytesPerKey(int keys, IntFunction<Object> fill) throws InterruptedException {
    long before = usedAfterGc();
    Object holder = fill.apply(keys);
    long after = usedAfterGc();
    double perKey = (double) (after - before) / keys;
    java.lang.ref.Reference.reachabilityFence(holder); // reachable until after the reading
    return perKey;
  }

  private static Engine pacer(int keys) {
    Engine engine = Limiters.pacer(Limiters.perUserPolicy(100), Math.max(16, keys * 2));
    dev.pacer.store.Ticket ticket = new dev.pacer.store.Ticket();
    for (int i = 0; i < keys; i++) bookUser(engine, ticket, i);
    if (engine.bucketCount() != keys) throw new AssertionError("buckets " + engine.bucketCount() + " != " + keys);
    return engine;
  }

  /** Books one call of user {@code id} on {@code ticket}, however long it would wait. */
  private static void bookUser(Engine engine, dev.pacer.store.Ticket ticket, int id) {
    try {
      engine.reserve(engine.classify(Limiters.userRequest(id)), ticket, Long.MAX_VALUE / 4);
    } catch (WaitTooLongException | dev.pacer.BucketStoreUnavailableException e) {
      throw new AssertionError(e);
    }
  }

  private interface Factory<T> {
    T create(String key);
  }

  private static <T> ConcurrentHashMap<String, T> map(int keys, Factory<T> factory) {
    ConcurrentHashMap<String, T> map = new ConcurrentHashMap<>();
    for (int i = 0; i < keys; i++) {
      String key = Limiters.userKey(i);
      T limiter = map.computeIfAbsent(key, factory::create);
      touch(limiter);
    }
    return map;
  }

  private static void touch(Object limiter) {
    if (limiter instanceof io.github.resilience4j.ratelimiter.RateLimiter r) r.acquirePermission();
    else if (limiter instanceof io.github.bucket4j.Bucket b) b.tryConsume(1);
    else if (limiter instanceof com.google.common.util.concurrent.RateLimiter g) g.tryAcquire();
    else if (limiter instanceof dev.failsafe.RateLimiter<?> f) f.tryAcquirePermit();
  }

  /** Heap in use once repeated full collections stop freeing anything. */
  static long usedAfterGc() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      Thread.sleep(30);
      long now = rt.totalMemory() - rt.freeMemory();
      if (Math.abs(now - used) < 4096) return now;
      used = now;
    }
    return used;
  }

  /** Pacer's default bucket bound, as {@code Pacer.builder} sets it. */
  private static final int DEFAULT_MAX_BUCKETS = 100_000;

  private static void liveKeys(int keys) throws InterruptedException {
    dev.pacer.policy.RateLimitPolicy policy = Limiters.perUserPolicy(dev.pacer.policy.Rate.perHour(100));
    long before = usedAfterGc();
    long started = System.nanoTime();
    Engine engine = Limiters.pacer(policy, DEFAULT_MAX_BUCKETS);
    dev.pacer.store.Ticket ticket = new dev.pacer.store.Ticket();
    int waited = 0;
    for (int i = 0; i < keys; i++) {
      bookUser(engine, ticket, i);
      if (ticket.waitNanos() > 0) waited++; // charged to the overflow bucket behind earlier keys
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    long after = usedAfterGc();
    System.out.printf(Locale.ROOT, "%,d distinct live keys on perHour(100), maxBuckets %,d, %s, GC %s%n", keys,
        DEFAULT_MAX_BUCKETS, System.getProperty("java.vm.version"),
        ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList());
    System.out.printf(Locale.ROOT, "admitted in %.1f s; buckets held %,d; keys made to wait (overflow) %,d;"
        + " heap growth %.1f MB%n", seconds, engine.bucketCount(), waited, (after - before) / 1e6);
    java.lang.ref.Reference.reachabilityFence(engine);
  }

  public static void main(String[] args) throws InterruptedException {
    if (args.length > 0 && args[0].equals("--live-keys")) {
      liveKeys(args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000);
      return;
    }
    int keys = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    System.out.printf(Locale.ROOT, "bytes per idle keyed limiter, %,d keys, %d rounds, %s, GC %s%n", keys, rounds,
        System.getProperty("java.vm.version"),
        ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList());
    System.out.println();
    System.out.println("| library | bytes per key (mean) | min | max |");
    System.out.println("| --- | ---: | ---: | ---: |");
    for (Map.Entry<String, List<Double>> e : measure(keys, rounds).entrySet()) {
      List<Double> v = e.getValue();
      double mean = v.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
      double min = v.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
      double max = v.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
      System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.0f |%n", e.getKey(), mean, min, max);
    }
  }
}
