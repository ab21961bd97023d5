package dev.pacer.internal;

import dev.pacer.store.BucketStore;
import dev.pacer.store.contract.BucketStoreContract;

/** The in-memory store passes the store contract. */
final class MemoryBucketStoreTest extends BucketStoreContract {
  @Override
  protected BucketStore newStore(int maxBuckets) {
    return BucketStore.inMemory(maxBuckets);
  }
}
