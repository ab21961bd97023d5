package dev.pacer.redis;

import dev.pacer.store.BucketStore;
import dev.pacer.store.contract.BucketStoreContract;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Redis store passes the store contract on a real Redis, deciding on the test's clock
 * ({@link RedisStoreOptions.ClockSource#CALLER}); each store gets its own key prefix.
 */
final class RedisBucketStoreContractTest extends BucketStoreContract {
  @RegisterExtension static final EmbeddedRedis redis = new EmbeddedRedis();
  private static final AtomicInteger stores = new AtomicInteger();

  @Override
  protected BucketStore newStore(int maxBuckets) {
    return RedisBucketStore.create(redis.uri(), RedisStoreOptions.builder()
        .keyPrefix("contract" + stores.incrementAndGet() + ":")
        .clock(RedisStoreOptions.ClockSource.CALLER)
        .deadline(java.time.Duration.ofSeconds(5))
        .maxHandles(maxBuckets)
        .spendReportedRemaining(true) // the contract's credit tests exercise the spending path
        .build());
  }

  @org.junit.jupiter.api.Test
  void byDefaultAReportedRemainingOnlyBrakes() {
    dev.pacer.store.BucketStore store = RedisBucketStore.create(redis.uri(), RedisStoreOptions.builder()
        .keyPrefix("contract" + stores.incrementAndGet() + ":")
        .clock(RedisStoreOptions.ClockSource.CALLER)
        .deadline(java.time.Duration.ofSeconds(5))
        .build());
    try {
      dev.pacer.store.Bucket b = store.table(dev.pacer.store.BucketSpec.of("r", java.util.List.of(dev.pacer.policy.Rate.perSecond(10)), 0,
          java.time.Duration.ZERO), "r|", "").bucket("k", false, 0);
      dev.pacer.store.Ticket first = new dev.pacer.store.Ticket();
      first.load(new dev.pacer.store.Bucket[] {b}, 1);
      org.junit.jupiter.api.Assertions.assertTrue(store.reserve(first, 0, SECOND));
      store.credit(first, 0, 5, 2 * SECOND, 1);
      dev.pacer.store.Ticket next = new dev.pacer.store.Ticket();
      next.load(new dev.pacer.store.Bucket[] {b}, 1);
      org.junit.jupiter.api.Assertions.assertTrue(store.reserve(next, 1, 10 * SECOND));
      org.junit.jupiter.api.Assertions.assertTrue(next.goAtNanos() >= SECOND / 10, "paced (braked), not spent at once: " + next.goAtNanos());
    } finally {
      store.close();
    }
  }
}
