package dev.pacer.bench.jmh;

import dev.pacer.policy.Rate;
import dev.pacer.redis.RedisBucketStore;
import dev.pacer.redis.RedisStoreOptions;
import dev.pacer.store.Bucket;
import dev.pacer.store.BucketSpec;
import dev.pacer.store.Ticket;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import redis.embedded.RedisServer;

/**
 * One decision through {@link RedisBucketStore} (a reserve: one {@code EVALSHA} on loopback) on
 * a bucket that always has room, at 1, 8 and 64 threads sharing one store (one connection),
 * next to a bare {@code PING} on the same kind of connection: the floor any Redis store pays.
 * Sample time, so JMH reports p50 and p99 per decision. A real redis-server 6.2 from the
 * embedded-redis artifact, started and stopped by the benchmark.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class RedisStoreBenchmark {
  /** The Redis, the store, one always-admitting bucket and a PING connection, shared by the threads. */
  @State(Scope.Benchmark)
  public static class Shared {
    RedisServer server;
    RedisBucketStore store;
    Bucket bucket;
    RedisClient client;
    StatefulRedisConnection<String, String> connection;
    RedisAsyncCommands<String, String> ping;

    @Setup
    public void setUp() throws IOException {
      int port;
      try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        port = s.getLocalPort();
      }
      server = RedisServer.newRedisServer().port(port).bind("127.0.0.1")
          .setting("save \"\"").setting("appendonly no").onShutdownForceStop(true).build();
      server.start();
      String uri = "redis://127.0.0.1:" + port;
      store = RedisBucketStore.create(uri, RedisStoreOptions.builder().deadline(Duration.ofSeconds(1)).build());
      BucketSpec always = BucketSpec.of("bench", List.of(Rate.perSecond(1_000_000_000)), 0, null);
      bucket = store.table(always, "bench|", "").bucket("app", true, 0);
      client = RedisClient.create(uri);
      connection = client.connect();
      ping = connection.async();
    }

    @TearDown
    public void tearDown() throws IOException {
      connection.close();
      client.shutdown();
      store.close();
      server.stop();
    }
  }

  /** Each thread's own ticket, reused for every decision as the engine does. */
  @State(Scope.Thread)
  public static class PerThread {
    final Ticket ticket = new Ticket();
    Bucket[] buckets;

    @Setup(Level.Iteration)
    public void setUp(Shared shared) {
      buckets = new Bucket[] {shared.bucket};
    }
  }

  private static boolean reserve(Shared shared, PerThread t) {
    t.ticket.load(t.buckets, 1);
    return shared.store.reserve(t.ticket, System.nanoTime(), 0);
  }

  @Benchmark
  @Threads(1)
  public boolean reserve_1thread(Shared shared, PerThread t) {
    return reserve(shared, t);
  }

  @Benchmark
  @Threads(8)
  public boolean reserve_8threads(Shared shared, PerThread t) {
    return reserve(shared, t);
  }

  @Benchmark
  @Threads(64)
  public boolean reserve_64threads(Shared shared, PerThread t) {
    return reserve(shared, t);
  }

  @Benchmark
  @Threads(1)
  public String ping_1thread(Shared shared) throws ExecutionException, InterruptedException {
    return shared.ping.ping().get();
  }

  @Benchmark
  @Threads(8)
  public String ping_8threads(Shared shared) throws ExecutionException, InterruptedException {
    return shared.ping.ping().get();
  }

  @Benchmark
  @Threads(64)
  public String ping_64threads(Shared shared) throws ExecutionException, InterruptedException {
    return shared.ping.ping().get();
  }
}
