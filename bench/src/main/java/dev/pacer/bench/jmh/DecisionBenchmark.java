package dev.pacer.bench.jmh;

import dev.pacer.WaitTooLongException;
import dev.pacer.bench.Limiters;
import dev.pacer.internal.Charge;
import dev.pacer.internal.Engine;
import dev.pacer.store.Ticket;
import io.github.bucket4j.Bucket;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import okhttp3.Request;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of one non-blocking limiter decision, for Pacer and the libraries users would pick
 * instead, in three shapes: one bucket and one thread ({@code single_*}), one bucket and two
 * threads contending for it ({@code contended_*}), and 10,000 distinct keys visited in turn
 * ({@code keys_*}). Every limiter admits every call (a rate of a billion per second), so the
 * benchmark measures the decision, never a wait.
 *
 * <p>{@code *_pacer} books an already-classified {@link Charge} ({@code Engine.reserve} with a
 * zero wait limit), the like-for-like counterpart of the others' try-acquire;
 * {@code single_pacerClassifyAndReserve} adds classifying the {@link Request}, which a real
 * call also pays. In {@code keys_*} the other libraries look their limiter up in a
 * {@code ConcurrentHashMap} by a precomputed string key, while Pacer classifies the request
 * (matches the path template, builds the bucket key) and then books: Pacer does strictly more
 * work there, and the document says so.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DecisionBenchmark {
  static final int KEYS = 10_000;

  /** One limiter of each kind, shared by the benchmark's threads. */
  @State(Scope.Benchmark)
  public static class Single {
    Engine pacer;
    Charge charge;
    Request request;
    io.github.resilience4j.ratelimiter.RateLimiter resilience4j;
    Bucket bucket4j;
    com.google.common.util.concurrent.RateLimiter guava;
    dev.failsafe.RateLimiter<Object> failsafe;

    @Setup
    public void setUp() {
      pacer = Limiters.pacer(Limiters.singleBucketPolicy(Limiters.ALWAYS_ADMIT), 100_000);
      request = Limiters.userRequest(1);
      charge = pacer.classify(request);
      resilience4j = Limiters.resilience4j("single", Limiters.ALWAYS_ADMIT);
      bucket4j = Limiters.bucket4j(Limiters.ALWAYS_ADMIT);
      guava = Limiters.guava(Limiters.ALWAYS_ADMIT);
      failsafe = Limiters.failsafe(Limiters.ALWAYS_ADMIT);
    }
  }

  /** 10,000 keys per library; the maps are filled up front so no benchmark measures creation. */
  @State(Scope.Benchmark)
  public static class Keys {
    Engine pacer;
    Request[] requests = new Request[KEYS];
    String[] keys = new String[KEYS];
    final ConcurrentHashMap<String, io.github.resilience4j.ratelimiter.RateLimiter> resilience4j = new ConcurrentHashMap<>();
    final ConcurrentHashMap<String, Bucket> bucket4j = new ConcurrentHashMap<>();
    final ConcurrentHashMap<String, com.google.common.util.concurrent.RateLimiter> guava = new ConcurrentHashMap<>();
    final ConcurrentHashMap<String, dev.failsafe.RateLimiter<Object>> failsafe = new ConcurrentHashMap<>();

    @Setup
    public void setUp() throws WaitTooLongException, dev.pacer.BucketStoreUnavailableException {
      pacer = Limiters.pacer(Limiters.perUserPolicy(Limiters.ALWAYS_ADMIT), 100_000);
      for (int i = 0; i < KEYS; i++) {
        requests[i] = Limiters.userRequest(i);
        keys[i] = Limiters.userKey(i);
        pacer.reserve(pacer.classify(requests[i]), new Ticket(), 0L);
        resilience4j.put(keys[i], Limiters.resilience4j(keys[i], Limiters.ALWAYS_ADMIT));
        bucket4j.put(keys[i], Limiters.bucket4j(Limiters.ALWAYS_ADMIT));
        guava.put(keys[i], Limiters.guava(Limiters.ALWAYS_ADMIT));
        failsafe.put(keys[i], Limiters.failsafe(Limiters.ALWAYS_ADMIT));
      }
    }
  }

  /** Each thread's position in the key sequence, and its ticket (a call owns one and reuses it). */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
    final Ticket ticket = new Ticket();

    int next() {
      int i = next;
      next = i + 1 == KEYS ? 0 : i + 1;
      return i;
    }
  }

  // ---------------------------------------------------------------- one bucket, one thread

  @Benchmark
  @Threads(1)
  public long single_pacer(Single s, Cursor c) throws WaitTooLongException, dev.pacer.BucketStoreUnavailableException {
    s.pacer.reserve(s.charge, c.ticket, 0L);
    return c.ticket.goAtNanos();
  }

  @Benchmark
  @Threads(1)
  public long single_pacerClassifyAndReserve(Single s, Cursor c) throws WaitTooLongException, dev.pacer.BucketStoreUnavailableException {
    s.pacer.reserve(s.pacer.classify(s.request), c.ticket, 0L);
    return c.ticket.goAtNanos();
  }

  @Benchmark
  @Threads(1)
  public boolean single_resilience4j(Single s) {
    return s.resilience4j.acquirePermission();
  }

  @Benchmark
  @Threads(1)
  public boolean single_bucket4j(Single s) {
    return s.bucket4j.tryConsume(1);
  }

  @Benchmark
  @Threads(1)
  public boolean single_guava(Single s) {
    return s.guava.tryAcquire();
  }

  @Benchmark
  @Threads(1)
  public boolean single_failsafe(Single s) {
    return s.failsafe.tryAcquirePermit();
  }

  // ---------------------------------------------------------------- one bucket, two threads

  @Benchmark
  @Threads(2)
  public long contended_pacer(Single s, Cursor c) throws WaitTooLongException, dev.pacer.BucketStoreUnavailableException {
    s.pacer.reserve(s.charge, c.ticket, 0L);
    return c.ticket.goAtNanos();
  }

  @Benchmark
  @Threads(2)
  public boolean contended_resilience4j(Single s) {
    return s.resilience4j.acquirePermission();
  }

  @Benchmark
  @Threads(2)
  public boolean contended_bucket4j(Single s) {
    return s.bucket4j.tryConsume(1);
  }

  @Benchmark
  @Threads(2)
  public boolean contended_guava(Single s) {
    return s.guava.tryAcquire();
  }

  @Benchmark
  @Threads(2)
  public boolean contended_failsafe(Single s) {
    return s.failsafe.tryAcquirePermit();
  }

  // ---------------------------------------------------------------- 10,000 keys, one thread

  @Benchmark
  @Threads(1)
  public long keys_pacer(Keys k, Cursor c) throws WaitTooLongException, dev.pacer.BucketStoreUnavailableException {
    k.pacer.reserve(k.pacer.classify(k.requests[c.next()]), c.ticket, 0L);
    return c.ticket.goAtNanos();
  }

  @Benchmark
  @Threads(1)
  public boolean keys_resilience4j(Keys k, Cursor c) {
    return k.resilience4j.get(k.keys[c.next()]).acquirePermission();
  }

  @Benchmark
  @Threads(1)
  public boolean keys_bucket4j(Keys k, Cursor c) {
    return k.bucket4j.get(k.keys[c.next()]).tryConsume(1);
  }

  @Benchmark
  @Threads(1)
  public boolean keys_guava(Keys k, Cursor c) {
    return k.guava.get(k.keys[c.next()]).tryAcquire();
  }

  @Benchmark
  @Threads(1)
  public boolean keys_failsafe(Keys k, Cursor c) {
    return k.failsafe.get(k.keys[c.next()]).tryAcquirePermit();
  }
}
