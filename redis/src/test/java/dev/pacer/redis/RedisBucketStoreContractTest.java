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
        .build());
  }
}
