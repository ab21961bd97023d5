package dev.pacer.redis;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import okhttp3.OkHttpClient;

/**
 * What one test of this module opened (stores, clients), closed after it; and the module's
 * bounded wait for a condition. Not thread-safe: the test's own thread registers.
 */
final class Opened implements AutoCloseable {
  private final List<RedisBucketStore> stores = new ArrayList<>();
  private final List<OkHttpClient> clients = new ArrayList<>();

  /** Registers {@code store} to be closed after the test. */
  RedisBucketStore store(RedisBucketStore store) {
    stores.add(store);
    return store;
  }

  /** Registers {@code client} to have its dispatcher and connections shut after the test. */
  OkHttpClient client(OkHttpClient client) {
    clients.add(client);
    return client;
  }

  /** Stops the clients, then closes the stores. */
  @Override
  public void close() {
    for (OkHttpClient c : clients) {
      c.dispatcher().executorService().shutdownNow();
      c.connectionPool().evictAll();
    }
    for (RedisBucketStore s : stores) s.close();
  }

  /** Waits (polling every 20 ms, at most 10 s) until {@code condition} holds; fails naming {@code what}. */
  static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) fail("not within 10 s: " + what);
      Thread.sleep(20);
    }
  }
}
