/**
 * Pacer's Redis bucket store: rate buckets and concurrency leases shared by every process on one
 * API key, each store operation one Lua script call. Exports only {@code dev.pacer.redis}; the scripts and the
 * fallback in {@code dev.pacer.redis.internal} are not API.
 */
module dev.pacer.redis {
  requires transitive dev.pacer.core;
  requires transitive lettuce.core;
  requires org.slf4j;

  exports dev.pacer.redis;
}
