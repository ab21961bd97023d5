package dev.pacer.redis;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link RedisBucketStore} names its keys, how long it waits for Redis, and what it does
 * when Redis cannot answer. Immutable; make one with {@link #builder()}.
 *
 * <pre>{@code
 * RedisStoreOptions options = RedisStoreOptions.builder()
 *     .credentialHashKey(secretFromYourVault)   // the same in every process
 *     .deadline(Duration.ofMillis(50))
 *     .build();
 * }</pre>
 */
public final class RedisStoreOptions {
  /** What a store decides while Redis cannot answer within the deadline. */
  public enum Fallback {
    /**
     * Each process decides alone on a local in-memory store whose every limit is divided among
     * the instances ({@link Builder#instances}, or the live count the store last saw in Redis;
     * at least 1): slower than the shared limit, never the whole of it. The default.
     */
    LOCAL_SHARE,
    /**
     * Calls fail at once, unsent, with {@link dev.pacer.BucketStoreUnavailableException} (whose
     * cause is the store's {@link dev.pacer.store.StoreUnavailableException}), until Redis answers
     * again.
     */
    FAIL_CLOSED
  }

  /** Whose clock decides. */
  public enum ClockSource {
    /**
     * Redis' {@code TIME}, read inside each script: processes whose clocks differ by seconds
     * still agree on every bucket. Waits are translated to each engine's clock. The default.
     */
    REDIS_TIME,
    /**
     * The engine's own clock, passed into each script: only for processes that share one
     * clock (tests on a virtual clock, the store conformance suite). Never mix with
     * {@link #REDIS_TIME} on the same keys.
     */
    CALLER
  }

  private final String keyPrefix;
  private final String hashTag;
  private final Duration deadline;
  private final Duration idleExpiry;
  private final Fallback fallback;
  private final int instances;
  private final ClockSource clock;
  private final Duration probeInterval;
  private final Duration heartbeatInterval;
  private final int maxHandles;
  private final byte[] credentialHashKey;
  private final String name;
  private final boolean spendReportedRemaining;
  private final Duration leaseDuration;

  private RedisStoreOptions(Builder b) {
    this.leaseDuration = b.leaseDuration;
    this.keyPrefix = b.keyPrefix;
    this.hashTag = b.hashTag;
    this.deadline = b.deadline;
    this.idleExpiry = b.idleExpiry;
    this.fallback = b.fallback;
    this.instances = b.instances;
    this.clock = b.clock;
    this.probeInterval = b.probeInterval;
    this.heartbeatInterval = b.heartbeatInterval;
    this.maxHandles = b.maxHandles;
    this.credentialHashKey = b.credentialHashKey == null ? null : b.credentialHashKey.clone();
    this.name = b.name;
    this.spendReportedRemaining = b.spendReportedRemaining;
  }

  /**
   * True when a server's reported {@code Remaining} is spent at once before its reset
   * ({@link dev.pacer.store.BucketStore#credit}); default false: it only brakes. See
   * {@link Builder#spendReportedRemaining(boolean)}.
   */
  public boolean spendReportedRemaining() {
    return spendReportedRemaining;
  }

  /**
   * How long a concurrency lease lives in Redis without renewal; default 30 s. See
   * {@link Builder#leaseDuration(Duration)}.
   */
  public Duration leaseDuration() {
    return leaseDuration;
  }

  /** The defaults: see each {@link Builder} method. */
  public static RedisStoreOptions defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The prefix of every key; default {@code "pacer:"}. */
  public String keyPrefix() {
    return keyPrefix;
  }

  /** The Redis Cluster hash tag every key carries; default {@code "pacer"}. */
  public String hashTag() {
    return hashTag;
  }

  /** The longest a store operation waits for Redis; default 50 ms. */
  public Duration deadline() {
    return deadline;
  }

  /** How long a key outlives its last future instant, or null for the default (see the builder). */
  public Duration idleExpiry() {
    return idleExpiry;
  }

  /** What the store does while Redis cannot answer; default {@link Fallback#LOCAL_SHARE}. */
  public Fallback fallback() {
    return fallback;
  }

  /** The configured instance count for the fallback, or 0 to learn it from Redis. */
  public int instances() {
    return instances;
  }

  /** Whose clock decides; default {@link ClockSource#REDIS_TIME}. */
  public ClockSource clock() {
    return clock;
  }

  /** How often the store probes Redis while it is unavailable; default 250 ms. */
  public Duration probeInterval() {
    return probeInterval;
  }

  /** How often the store tells Redis it is alive (and counts the live instances); default 1 s. */
  public Duration heartbeatInterval() {
    return heartbeatInterval;
  }

  /** The most bucket handles the store caches (it holds no bucket state itself); default 100,000. */
  public int maxHandles() {
    return maxHandles;
  }

  /** The credential hash key, or null when none was set (a copy). */
  public byte[] credentialHashKey() {
    return credentialHashKey == null ? null : credentialHashKey.clone();
  }

  /** The store's name in events and logs, or null for {@code redis host:port}. */
  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return "RedisStoreOptions{prefix=" + keyPrefix + ", hashTag=" + hashTag + ", deadline=" + deadline
        + ", idleExpiry=" + idleExpiry + ", fallback=" + fallback + ", instances=" + instances
        + ", clock=" + clock + ", leaseDuration=" + leaseDuration + ", credentialHashKey=" + (credentialHashKey == null ? "none" : "set") + "}";
  }

  /** Builds {@link RedisStoreOptions}. Not thread-safe. */
  public static final class Builder {
    private String keyPrefix = "pacer:";
    private String hashTag = "pacer";
    private Duration deadline = Duration.ofMillis(50);
    private Duration idleExpiry;
    private Fallback fallback = Fallback.LOCAL_SHARE;
    private int instances;
    private ClockSource clock = ClockSource.REDIS_TIME;
    private Duration probeInterval = Duration.ofMillis(250);
    private Duration heartbeatInterval = Duration.ofSeconds(1);
    private int maxHandles = 100_000;
    private byte[] credentialHashKey;
    private String name;
    private boolean spendReportedRemaining;
    private Duration leaseDuration = Duration.ofSeconds(30);

    private Builder() {}

    /**
     * How long a concurrency lease ({@link RedisBucketStore#permitStore()}) lives in Redis
     * without renewal (default 30 s, at least 100 ms). The store renews every lease it holds
     * every third of this, in the background, for as long as the call holds it (a streaming body
     * may stay open for hours). This is the worst case of a crash: a process that dies holding
     * permits strands them for at most one lease length, after which other processes take them.
     * Shorter frees a dead process's permits sooner, at the price of more renewals and of a
     * lease lost if a process stalls (a long GC pause, say) for longer than it.
     */
    public Builder leaseDuration(Duration leaseDuration) {
      Objects.requireNonNull(leaseDuration, "leaseDuration == null");
      if (leaseDuration.toMillis() < 100) throw new IllegalArgumentException("leaseDuration < 100 ms: " + leaseDuration);
      this.leaseDuration = leaseDuration;
      return this;
    }

    /**
     * Whether a fixed-window server's reported {@code Remaining} is spent at once before its reset
     * (default false: the report only ever slows a bucket, which then paces evenly at its rate).
     * Off by default because, across processes, the order in which calls are booked in Redis is
     * not the order in which they reach the server: to stay under the limit, a credit must count
     * every call booked after the answered one as unseen, and with several processes that
     * over-counts enough to leave windows a third empty (measured: about 106 of 166 per Intercom
     * window with four processes, against 164 of 166 with even pacing). Turn it on for one
     * process per store, where booking order is close to arrival order.
     */
    public Builder spendReportedRemaining(boolean spend) {
      this.spendReportedRemaining = spend;
      return this;
    }

    /**
     * The prefix of every key (default {@code "pacer:"}); give each application sharing one
     * Redis its own. No braces (they would change the cluster slot).
     */
    public Builder keyPrefix(String keyPrefix) {
      Objects.requireNonNull(keyPrefix, "keyPrefix == null");
      if (keyPrefix.indexOf('{') >= 0 || keyPrefix.indexOf('}') >= 0) {
        throw new IllegalArgumentException("keyPrefix must not contain braces: " + keyPrefix);
      }
      this.keyPrefix = keyPrefix;
      return this;
    }

    /**
     * The Redis Cluster hash tag (default {@code "pacer"}): every key of the store is
     * {@code prefix + "{" + hashTag + "}:" + bucket key}, so all buckets of a charge, whatever
     * their scopes, sit in one slot and one script changes them atomically. Stores with
     * different tags spread over the cluster's shards.
     */
    public Builder hashTag(String hashTag) {
      Objects.requireNonNull(hashTag, "hashTag == null");
      if (hashTag.isEmpty() || hashTag.indexOf('{') >= 0 || hashTag.indexOf('}') >= 0) {
        throw new IllegalArgumentException("hashTag must be non-empty, without braces: " + hashTag);
      }
      this.hashTag = hashTag;
      return this;
    }

    /**
     * The longest any store operation waits for Redis (default 50 ms). Past it, the operation
     * decides from the {@link #fallback} and the store probes Redis in the background until it
     * answers again.
     */
    public Builder deadline(Duration deadline) {
      Objects.requireNonNull(deadline, "deadline == null");
      if (deadline.isNegative() || deadline.isZero()) throw new IllegalArgumentException("deadline <= 0: " + deadline);
      this.deadline = deadline;
      return this;
    }

    /**
     * How long a bucket's key lives after its last future instant (booking, pause or reset):
     * Redis then deletes it, which changes no decision, so memory is bounded by live buckets.
     * Default: the rule's longest period plus its burst tolerance plus one second.
     */
    public Builder idleExpiry(Duration idleExpiry) {
      Objects.requireNonNull(idleExpiry, "idleExpiry == null");
      if (idleExpiry.isNegative()) throw new IllegalArgumentException("idleExpiry < 0: " + idleExpiry);
      this.idleExpiry = idleExpiry;
      return this;
    }

    /** What the store does while Redis cannot answer; default {@link Fallback#LOCAL_SHARE}. */
    public Builder fallback(Fallback fallback) {
      this.fallback = Objects.requireNonNull(fallback, "fallback == null");
      return this;
    }

    /**
     * How many processes share the limits, for the fallback's share (each gets
     * {@code limit / instances}). Default 0: the live count the store last saw in Redis (each
     * store keeps a heartbeat there), at least 1.
     */
    public Builder instances(int instances) {
      if (instances < 0) throw new IllegalArgumentException("instances < 0: " + instances);
      this.instances = instances;
      return this;
    }

    /** Whose clock decides; default {@link ClockSource#REDIS_TIME}. */
    public Builder clock(ClockSource clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /** How often the store probes Redis while it is unavailable; default 250 ms. */
    public Builder probeInterval(Duration probeInterval) {
      Objects.requireNonNull(probeInterval, "probeInterval == null");
      if (probeInterval.toMillis() < 10) throw new IllegalArgumentException("probeInterval < 10 ms: " + probeInterval);
      this.probeInterval = probeInterval;
      return this;
    }

    /** How often the store tells Redis it is alive; default 1 s. Instances silent for 3 of these are not counted. */
    public Builder heartbeatInterval(Duration heartbeatInterval) {
      Objects.requireNonNull(heartbeatInterval, "heartbeatInterval == null");
      if (heartbeatInterval.toMillis() < 10) throw new IllegalArgumentException("heartbeatInterval < 10 ms: " + heartbeatInterval);
      this.heartbeatInterval = heartbeatInterval;
      return this;
    }

    /**
     * The most bucket handles cached in this process (default 100,000): handles hold no state,
     * so dropping them changes nothing; it also bounds the fallback's local store.
     */
    public Builder maxHandles(int maxHandles) {
      if (maxHandles < 1) throw new IllegalArgumentException("maxHandles < 1: " + maxHandles);
      this.maxHandles = maxHandles;
      return this;
    }

    /**
     * The secret key (at least 16 bytes) that turns credentials into bucket keys. Every process
     * sharing the Redis must use the same one, or each counts its own buckets and the limit is
     * not shared: {@link RedisBucketStore#applyTo} sets it on the {@code Pacer} together with
     * the store, and the store refuses to start if Redis already holds a different key's
     * fingerprint under its prefix.
     */
    public Builder credentialHashKey(byte[] key) {
      if (Objects.requireNonNull(key, "key == null").length < 16) {
        throw new IllegalArgumentException("credentialHashKey needs at least 16 bytes, got " + key.length);
      }
      credentialHashKey = key.clone();
      return this;
    }

    /** The store's name in events and logs (default {@code redis host:port}); never put a password here. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name == null");
      return this;
    }

    /** The options. */
    public RedisStoreOptions build() {
      return new RedisStoreOptions(this);
    }
  }
}
