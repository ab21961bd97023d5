package dev.pacer;

import dev.pacer.event.PacerListener;
import dev.pacer.internal.Engine;
import dev.pacer.internal.NoSilentReplayInterceptor;
import dev.pacer.internal.PacerInterceptor;
import dev.pacer.internal.SensitiveHeadersInterceptor;
import dev.pacer.internal.TimerCallFactory;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.store.BucketStore;
import dev.pacer.store.PermitStore;
import dev.pacer.time.PacerClock;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import okhttp3.Call;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * The entry point: one {@link RateLimitPolicy}, one set of buckets, and the two ways to drive
 * them. Immutable and thread-safe; share one instance per API credential set, because the
 * buckets live in it.
 *
 * <pre>{@code
 * Pacer pacer = Pacer.builder(policy).maxWait(Duration.ofSeconds(30)).build();
 *
 * // 1. Interceptors on any OkHttpClient: execute() and enqueue() are both paced.
 * OkHttpClient client = pacer.install(new OkHttpClient.Builder()).build();
 *
 * // 2. A Call.Factory for enqueue() and Retrofit that never parks a thread while waiting.
 * Call.Factory factory = pacer.callFactory(client);
 * }</pre>
 *
 * <p>Both ways drive one pipeline per call (classify, concurrency slots, rate permits, wait,
 * send, read the answer, deliver or retry), so they wait, retry, time out and report events
 * alike. Classification sees the request as the client's application interceptors shaped it.
 * {@link #install} also adds a network interceptor that stops OkHttp from silently re-sending a
 * non-idempotent request on {@code 503 Retry-After: 0}, and turns off OkHttp's own
 * connection-failure retry for requests that are not safe to replay. Every Pacer wait counts
 * against the call's {@code callTimeout}.
 */
public final class Pacer {
  private final RateLimitPolicy policy;
  private final Engine engine;
  private final RetryConfig retry;
  private final Interceptor interceptor;
  private final Interceptor noSilentReplayInterceptor;
  private final PacerDiagnostics diagnostics;
  private final SensitiveHeadersInterceptor sensitiveHeadersInterceptor;

  private Pacer(Builder b) {
    this.policy = b.policy;
    this.retry = b.retry;
    BucketStore store = b.store != null ? b.store : BucketStore.inMemory(b.maxBuckets);
    this.engine = new Engine(b.policy, b.clock, b.listener, b.maxWait, store,
        b.policy.maxPause() != null ? b.policy.maxPause() : b.retry.maxRetryAfter(),
        b.credentialHashKey, b.circuitBreaker, b.permitStore);
    store.attach(engine.listener()); // a shared store reports its outages to this Pacer's listener
    if (b.permitStore != null) b.permitStore.attach(engine.listener());
    this.interceptor = new PacerInterceptor(engine, retry);
    this.noSilentReplayInterceptor = new NoSilentReplayInterceptor();
    this.diagnostics = new PacerDiagnostics(engine);
    this.sensitiveHeadersInterceptor = new SensitiveHeadersInterceptor(b.sensitiveHeaders);
  }

  /**
   * The per-host circuit breakers (one per host, created on first use), when
   * {@link Builder#circuitBreaker} configured them; bind them to your metrics from here.
   */
  public Optional<CircuitBreakerRegistry> circuitBreakers() {
    return Optional.ofNullable(engine.breakerRegistry());
  }

  /** A builder for a Pacer enforcing {@code policy}. */
  public static Builder builder(RateLimitPolicy policy) {
    return new Builder(policy);
  }

  /** The policy this Pacer enforces. */
  public RateLimitPolicy policy() {
    return policy;
  }

  /** The retry settings. */
  public RetryConfig retryConfig() {
    return retry;
  }

  /**
   * Adds Pacer's interceptor to {@code builder}, after the application interceptors already on
   * it, plus its network interceptor, and returns it. Call once per builder, after adding your
   * own interceptors (an auth interceptor, say), so Pacer sees the request as they shape it.
   *
   * <p>The client keeps following redirects (OkHttp's default), but a redirect to another origin
   * (scheme, host or port) goes out without the {@link #sensitiveHeaders() sensitive headers}; a
   * redirect from {@code https} to {@code http}, and a 307/308 that would resend a body to
   * another origin, fail the call with a {@link java.net.ProtocolException} and send nothing.
   */
  public OkHttpClient.Builder install(OkHttpClient.Builder builder) {
    Objects.requireNonNull(builder, "builder == null");
    builder.addInterceptor(interceptor);
    builder.addNetworkInterceptor(sensitiveHeadersInterceptor);
    builder.addNetworkInterceptor(noSilentReplayInterceptor);
    return builder;
  }

  /**
   * The headers an {@link #install installed} client never sends to another origin on a
   * redirect: those given to {@link Builder#sensitiveHeaders}, plus {@code Authorization},
   * {@code Proxy-Authorization} and {@code Cookie}. Immutable; names compare ignoring case.
   */
  public Set<String> sensitiveHeaders() {
    return sensitiveHeadersInterceptor.sensitiveHeaders();
  }

  /**
   * The application interceptor {@link #install} adds: it waits for concurrency and rate
   * permits, sends, reads the answer back into the buckets, and retries as {@link RetryConfig}
   * says, all on the calling thread.
   */
  public Interceptor interceptor() {
    return interceptor;
  }

  /**
   * A {@link Call.Factory} over {@code client} (a client that need not have Pacer's
   * interceptors) whose {@code enqueue} waits for permits and retry delays on a timer instead
   * of a thread, and whose {@code execute} blocks like the interceptors. Its calls follow
   * redirects with the same guard as an installed client's (see {@link #sensitiveHeaders()}).
   * Hand it to Retrofit's {@code callFactory(...)}. Close the returned factory to stop its timer
   * thread.
   */
  public PacedCallFactory callFactory(OkHttpClient client) {
    Objects.requireNonNull(client, "client == null");
    return new TimerCallFactory(client, engine, retry, sensitiveHeadersInterceptor);
  }

  /** What this Pacer holds and would charge: bucket keys, permits in flight, buckets held. */
  public PacerDiagnostics diagnostics() {
    return diagnostics;
  }

  @Override
  public String toString() {
    return "Pacer{policy=" + policy.name() + ", rules=" + policy.rules().size() + "}";
  }

  /** Builds a {@link Pacer}. Not thread-safe; {@link #build()} copies. */
  public static final class Builder {
    private final RateLimitPolicy policy;
    private PacerClock clock = PacerClock.system();
    private PacerListener listener = PacerListener.NONE;
    private RetryConfig retry = RetryConfig.defaults();
    private Duration maxWait = Duration.ofSeconds(60);
    private int maxBuckets = 100_000;
    private BucketStore store;
    private PermitStore permitStore;
    private byte[] credentialHashKey;
    private CircuitBreakerConfig circuitBreaker;
    private Set<String> sensitiveHeaders = Set.of();

    private Builder(RateLimitPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy == null");
    }

    /** The clock; default {@link PacerClock#system()}. Tests pass a {@link dev.pacer.time.ManualClock}. */
    public Builder clock(PacerClock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /** The listener for events; default none. */
    public Builder listener(PacerListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener == null");
      return this;
    }

    /** Retry settings; default {@link RetryConfig#defaults()}. */
    public Builder retry(RetryConfig retry) {
      this.retry = Objects.requireNonNull(retry, "retry == null");
      return this;
    }

    /**
     * The longest a call may wait for a rate or concurrency permit; a call that would wait
     * longer fails at once with {@link WaitTooLongException}. Default 60 s.
     */
    public Builder maxWait(Duration maxWait) {
      Objects.requireNonNull(maxWait, "maxWait == null");
      if (maxWait.isNegative()) throw new IllegalArgumentException("maxWait < 0: " + maxWait);
      this.maxWait = maxWait;
      return this;
    }

    /**
     * The most buckets the default in-memory store holds. When it is full, idle buckets are
     * forgotten (only those whose state equals a new bucket's, so nothing could burst); while
     * every bucket is live, keys without a bucket of their own share their rule's overflow
     * bucket, slower for them and never faster than the limit (reported through
     * {@link PacerListener#bucketsOverflowing}). Default 100,000. Ignored when {@link #store} is set.
     */
    public Builder maxBuckets(int maxBuckets) {
      if (maxBuckets < 16) throw new IllegalArgumentException("maxBuckets < 16: " + maxBuckets);
      this.maxBuckets = maxBuckets;
      return this;
    }

    /**
     * Where the rate buckets live; default {@link BucketStore#inMemory(int)} with
     * {@link #maxBuckets}. One store serves one {@code Pacer}. The {@code Pacer} {@linkplain BucketStore#attach attaches} its
     * listener to the store when built, so a shared store (Redis) reports its outages and
     * recoveries to it.
     */
    public Builder store(BucketStore store) {
      this.store = Objects.requireNonNull(store, "store == null");
      return this;
    }

    /**
     * Where concurrency caps ({@code Rule.maxConcurrent}) are also counted across processes;
     * default none: each {@code Pacer} counts its caps in its own heap, at no extra cost, and
     * every process may hold the whole cap. With a shared store (pacer-redis:
     * {@code RedisBucketStore.applyTo} sets it), a call that has its local permit also takes a
     * lease on each of its caps in the store, and asks again after a short backoff while other
     * processes hold a cap full, within {@link #maxWait}. The {@code Pacer} attaches its listener
     * to the store when built. Set the same {@link #credentialHashKey} in every process, so their
     * cap keys agree. See {@link PermitStore}.
     */
    public Builder permitStore(PermitStore permitStore) {
      this.permitStore = Objects.requireNonNull(permitStore, "permitStore == null");
      return this;
    }

    /**
     * The key of the HMAC that turns credentials into bucket-key identifiers. Default: a random
     * key per {@code Pacer}, so identifiers mean nothing outside the process. Set the same
     * secret key (at least 16 bytes) in every process that shares a store, so they agree on keys.
     */
    public Builder credentialHashKey(byte[] key) {
      Objects.requireNonNull(key, "key == null");
      if (key.length < 16) throw new IllegalArgumentException("credentialHashKey shorter than 16 bytes");
      this.credentialHashKey = key.clone();
      return this;
    }

    /**
     * Adds a circuit breaker per host to every call (off by default): a Resilience4j
     * {@code CircuitBreaker} per host, made from {@code config}, counts 5xx answers and network
     * failures as failures and other answers as successes; a 429 is pacing, not breakage, and
     * counts as neither. While a host's breaker is open, calls to it fail at once with
     * {@link CircuitOpenException} without being sent; after the config's open-state wait, a few
     * probe calls go. State changes reach {@link PacerListener#circuitBreakerChanged}; bind
     * {@link Pacer#circuitBreakers()} to Micrometer with resilience4j-micrometer's
     * {@code TaggedCircuitBreakerMetrics}. The breakers run on this builder's clock.
     */
    public Builder circuitBreaker(CircuitBreakerConfig config) {
      this.circuitBreaker = Objects.requireNonNull(config, "config == null");
      return this;
    }

    /** No circuit breaker (the default; undoes {@link #circuitBreaker}). */
    public Builder withoutCircuitBreaker() {
      this.circuitBreaker = null;
      return this;
    }

    /**
     * Headers that carry credentials (an API key header such as {@code X-Api-Key}, say) and must
     * never reach another origin: an {@link Pacer#install installed} client drops them, with
     * {@code Authorization}, {@code Proxy-Authorization} and {@code Cookie} (always dropped),
     * from a redirect to another scheme, host or port. Replaces any earlier call; default none
     * beyond the three. Names compare ignoring case.
     */
    public Builder sensitiveHeaders(String... names) {
      Objects.requireNonNull(names, "names == null");
      Set<String> copy = new LinkedHashSet<>();
      for (String name : names) {
        Objects.requireNonNull(name, "header name == null");
        if (name.isBlank()) throw new IllegalArgumentException("blank header name");
        copy.add(name.trim());
      }
      this.sensitiveHeaders = Set.copyOf(copy);
      return this;
    }

    /** Builds the Pacer. */
    public Pacer build() {
      return new Pacer(this);
    }
  }
}
