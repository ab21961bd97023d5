package dev.pacer;

import dev.pacer.event.PacerListener;
import dev.pacer.internal.Engine;
import dev.pacer.internal.ConcurrencyInterceptor;
import dev.pacer.internal.NoSilentReplayInterceptor;
import dev.pacer.internal.PacerCallFactory;
import dev.pacer.internal.RetryInterceptor;
import dev.pacer.internal.ThrottleInterceptor;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.time.PacerClock;
import java.time.Duration;
import java.util.Objects;
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
 * <p>The interceptors, outermost first: {@linkplain #retryInterceptor() retry} (reads 429s
 * and failures, waits, and sends the request again through the others),
 * {@linkplain #concurrencyInterceptor() concurrency} (caps calls in flight until the response
 * body is closed), {@linkplain #throttleInterceptor() throttle} (waits for rate permits, then
 * feeds the response's rate-limit headers back into the buckets). {@link #install} also adds a
 * network interceptor that stops OkHttp from silently re-sending a non-idempotent request on
 * {@code 503 Retry-After: 0}, and turns off OkHttp's own connection-failure retry for requests
 * that are not safe to replay.
 */
public final class Pacer {
  private final RateLimitPolicy policy;
  private final Engine engine;
  private final RetryConfig retry;
  private final Interceptor retryInterceptor;
  private final Interceptor concurrencyInterceptor;
  private final Interceptor throttleInterceptor;
  private final Interceptor noSilentReplayInterceptor;

  private Pacer(Builder b) {
    this.policy = b.policy;
    this.retry = b.retry;
    this.engine = new Engine(b.policy, b.clock, b.listener, b.maxWait, b.maxBuckets,
        b.policy.maxPause() != null ? b.policy.maxPause() : b.retry.maxRetryAfter());
    this.retryInterceptor = new RetryInterceptor(engine, retry);
    this.concurrencyInterceptor = new ConcurrencyInterceptor(engine);
    this.throttleInterceptor = new ThrottleInterceptor(engine);
    this.noSilentReplayInterceptor = new NoSilentReplayInterceptor(engine);
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
   * Adds Pacer's interceptors to {@code builder} in the right order and returns it. Call once
   * per builder.
   */
  public OkHttpClient.Builder install(OkHttpClient.Builder builder) {
    Objects.requireNonNull(builder, "builder == null");
    builder.addInterceptor(retryInterceptor);
    builder.addInterceptor(concurrencyInterceptor);
    builder.addInterceptor(throttleInterceptor);
    builder.addNetworkInterceptor(noSilentReplayInterceptor);
    return builder;
  }

  /** Waits for rate permits, then feeds the response's rate-limit headers back. Usable alone. */
  public Interceptor throttleInterceptor() {
    return throttleInterceptor;
  }

  /** Caps calls in flight per rule and scope; usable alone. */
  public Interceptor concurrencyInterceptor() {
    return concurrencyInterceptor;
  }

  /** Retries 429s, 503s and safe-to-replay failures; usable alone. */
  public Interceptor retryInterceptor() {
    return retryInterceptor;
  }

  /**
   * A {@link Call.Factory} over {@code client} (a client that need not have Pacer's
   * interceptors) whose {@code enqueue} waits for permits and retry delays on a timer instead
   * of a thread, and whose {@code execute} blocks like the interceptors. Hand it to Retrofit's
   * {@code callFactory(...)}. Close the returned factory to stop its timer thread.
   */
  public PacedCallFactory callFactory(OkHttpClient client) {
    Objects.requireNonNull(client, "client == null");
    return new PacerCallFactory(client, engine, retry);
  }

  /**
   * The engine behind this Pacer, for Pacer's own modules, tests and benchmarks. Its type lives
   * in {@code dev.pacer.internal}: no compatibility promise.
   */
  public Engine engine() {
    return engine;
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
     * The most buckets kept in memory; idle buckets beyond it are evicted, least recently
     * used first, and only once they hold no state that could let a burst through. Default 100,000.
     */
    public Builder maxBuckets(int maxBuckets) {
      if (maxBuckets < 16) throw new IllegalArgumentException("maxBuckets < 16: " + maxBuckets);
      this.maxBuckets = maxBuckets;
      return this;
    }

    /** Builds the Pacer. */
    public Pacer build() {
      return new Pacer(this);
    }
  }
}
