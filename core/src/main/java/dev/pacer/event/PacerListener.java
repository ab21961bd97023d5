package dev.pacer.event;

import java.time.Duration;

/**
 * Hears what Pacer does to calls: waits, pauses ordered by the server, retries, give-ups and
 * rejections. Every method has a no-op default, so implement only what you need. Methods are
 * called on the thread that made the decision and must return quickly and not throw (a
 * throwing listener is logged and otherwise ignored).
 *
 * <p>{@code endpoint} is {@code METHOD /path/template} (or the request's method and path when
 * no template is known), never a full URL with a query; {@code bucket} is a bucket key, whose
 * credential part is a hash. No credential reaches a listener. Reasons come from a short fixed
 * vocabulary (status, cause, exception class name; no durations or values), and rules are the
 * policy's rule names, so both are safe as metric tags; endpoints and buckets may be many.
 *
 * <p>For Micrometer, see {@link MicrometerPacerListener}.
 */
public interface PacerListener {
  /** A listener that ignores everything. */
  PacerListener NONE = new PacerListener() {};

  /** A call waited {@code wait} for its rate permits under {@code rule} before going out. */
  default void waited(String endpoint, String rule, Duration wait) {}

  /** The server answered {@code status} and {@code bucket} is paused for {@code pause}. */
  default void pausedByServer(String endpoint, String bucket, int status, Duration pause) {}

  /**
   * Attempt {@code attempt} (1-based) failed for {@code reason}, such as {@code "429 with server
   * wait"}, {@code "503 with backoff"} or {@code "network failure: SocketTimeoutException"}; the
   * call retries after {@code delay}.
   */
  default void retrying(String endpoint, int attempt, Duration delay, String reason) {}

  /**
   * The call ended on an outcome Pacer retries when it can (a 429, a 5xx, a network failure)
   * without retrying it (any more), after {@code attempts} attempts, for {@code reason}, such as
   * {@code "429, attempts exhausted"}, {@code "network failure on a request not safe to replay"}
   * or {@code "429, server wait above maxRetryAfter"}.
   */
  default void gaveUp(String endpoint, int attempts, String reason) {}

  /**
   * The server asked to pause {@code bucket} for {@code requested}, longer than the policy's
   * {@link dev.pacer.policy.RateLimitPolicy#maxPause() maxPause}; the bucket pauses for {@code
   * applied} instead (a {@link #pausedByServer} event with {@code applied} follows). A sign of a
   * broken or hostile server, or of a limit spent for a long time (a daily quota).
   *
   * <p>Also reported when a rule that {@linkplain dev.pacer.policy.Rule#learnsFromHeaders() learns
   * from headers} is told a limit so low that its calls would be spaced further apart than
   * {@code maxPause}: {@code requested} is then that spacing, {@code applied} the spacing of the
   * limit the bucket takes instead (no {@link #pausedByServer} event follows).
   */
  default void pauseClipped(String endpoint, String bucket, Duration requested, Duration applied) {}

  /** The call failed at once: it would have waited {@code wait} under {@code rule}, more than allowed. */
  default void rejected(String endpoint, String rule, Duration wait) {}

  /**
   * The bucket store is full of live buckets, so keys of {@code rule} that have no bucket of
   * their own are charged to the rule's shared overflow bucket ({@code overflowing} true): slower
   * for those keys, never faster than the limit. Called again with false once such keys get
   * buckets of their own again. Raise {@code Pacer.Builder.maxBuckets} if this happens in normal
   * operation.
   */
  default void bucketsOverflowing(String rule, boolean overflowing) {}

  /**
   * The circuit breaker of {@code host} changed to {@code state} ({@code OPEN}: calls fail at
   * once with {@link dev.pacer.CircuitOpenException}; {@code HALF_OPEN}: a few probe calls go;
   * {@code CLOSED}: calls go as usual). Only when a breaker is configured.
   */
  default void circuitBreakerChanged(String host, String state) {}

  /**
   * The {@code Pacer}'s retry budget ({@link dev.pacer.RetryConfig#retryBudget()}) ran dry: the
   * call to {@code endpoint}, and others until successful answers refill it, get their failure
   * without a retry. Reported once each time the budget runs dry.
   */
  default void retryBudgetExhausted(String endpoint) {}

  /**
   * The shared bucket store {@code store} (a name such as {@code redis 127.0.0.1:6379}, never a
   * password) stopped answering within its deadline, for {@code reason} (a short fixed phrase
   * such as {@code "timeout"}, {@code "disconnected"} or an exception's class name). Until
   * {@link #storeRecovered}, the store decides from its documented fallback (for the Redis store:
   * a local share of each limit, or failing calls). Reported once per outage, to every
   * {@code Pacer} that uses the store.
   */
  default void storeUnavailable(String store, String reason) {}

  /** The shared bucket store {@code store} answers again after being unavailable for {@code down}. */
  default void storeRecovered(String store, Duration down) {}
}
